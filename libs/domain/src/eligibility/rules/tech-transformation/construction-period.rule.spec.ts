import { buildCallSettings } from '../../../testing';
import { constructionPeriodRule } from './construction-period.rule';

const settings = buildCallSettings('TECH_TRANSFORMATION');

describe('constructionPeriodRule', () => {
  it('passes a project built in exactly 2 years', () => {
    expect(constructionPeriodRule(settings, {}, { startDate: '2023-07-01', completionDate: '2025-07-01' }).outcome).toBe('pass');
  });
  it('fails a project built in 2 years and a day', () => {
    const result = constructionPeriodRule(settings, {}, { startDate: '2023-07-01', completionDate: '2025-07-02' });
    expect(result.outcome).toBe('fail');
    expect(result.message.en).toContain('2025-07-01');
  });
  it('fails a completion before the start', () => {
    expect(constructionPeriodRule(settings, {}, { startDate: '2025-07-01', completionDate: '2025-06-01' }).outcome).toBe('fail');
  });
  it('reports missing without both dates', () => {
    expect(constructionPeriodRule(settings, {}, { startDate: '2025-07-01' }).outcome).toBe('missing');
  });
});
