import { buildCallSettings } from '../../../testing';
import { noMajorAccidentRule } from './no-major-accident.rule';

// Deadline 2025-09-30; 2-year window starts 2023-09-30.
const settings = buildCallSettings('TECH_TRANSFORMATION');

describe('noMajorAccidentRule', () => {
  it('passes a firm without any major accident', () => {
    expect(noMajorAccidentRule(settings, { hasMajorAccidentRecord: false }, {}).outcome).toBe('pass');
  });
  it('passes a firm whose last accident was the day before the 2-year window', () => {
    expect(noMajorAccidentRule(settings, { hasMajorAccidentRecord: true, lastMajorAccidentDate: '2023-09-29' }, {}).outcome).toBe('pass');
  });
  it('fails a firm with an accident on the first day of the window', () => {
    const result = noMajorAccidentRule(settings, { hasMajorAccidentRecord: true, lastMajorAccidentDate: '2023-09-30' }, {});
    expect(result.outcome).toBe('fail');
    expect(result.fields).toEqual(['profile.hasMajorAccidentRecord', 'profile.lastMajorAccidentDate']);
  });
  it('fails under a Hubei-style 3-year window what passes under Wuhan’s 2 years', () => {
    const hubei = { ...settings, eligibility: { ...settings.eligibility, gate: { ...settings.eligibility.gate, accidentLookbackYears: 3 } } };
    expect(noMajorAccidentRule(hubei, { hasMajorAccidentRecord: true, lastMajorAccidentDate: '2023-01-10' }, {}).outcome).toBe('fail');
    expect(noMajorAccidentRule(settings, { hasMajorAccidentRecord: true, lastMajorAccidentDate: '2023-01-10' }, {}).outcome).toBe('pass');
  });
  it('reports missing without the declaration, or without the date of a declared accident', () => {
    expect(noMajorAccidentRule(settings, {}, {}).outcome).toBe('missing');
    expect(noMajorAccidentRule(settings, { hasMajorAccidentRecord: true }, {}).outcome).toBe('missing');
    expect(noMajorAccidentRule(settings, { hasMajorAccidentRecord: true, lastMajorAccidentDate: '2024-13-01' }, {}).outcome).toBe('missing');
  });
});
