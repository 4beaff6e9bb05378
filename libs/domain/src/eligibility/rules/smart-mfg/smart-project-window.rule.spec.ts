import { buildCallSettings } from '../../../testing';
import { smartProjectWindowRule } from './smart-project-window.rule';

// Deadline 2025-09-30, 2-year window from 2023-09-30.
const settings = buildCallSettings('SMART_MFG_PILOT');

describe('smartProjectWindowRule', () => {
  it('passes a project started on the first day of the 2-year window', () => {
    expect(smartProjectWindowRule(settings, {}, { startDate: '2023-09-30' }).outcome).toBe('pass');
  });
  it('fails a project started before the window', () => {
    const result = smartProjectWindowRule(settings, {}, { startDate: '2023-09-29' });
    expect(result.outcome).toBe('fail');
    expect(result.message.en).toContain('2023-09-30');
  });
  it('uses an explicit earliest start such as 2023-10-01 for the 2025 标杆 call', () => {
    const benchmark = { ...settings, eligibility: { ...settings.eligibility, earliestProjectStart: '2023-10-01' } };
    expect(smartProjectWindowRule(benchmark, {}, { startDate: '2023-09-30' }).outcome).toBe('fail');
    expect(smartProjectWindowRule(benchmark, {}, { startDate: '2023-10-01' }).outcome).toBe('pass');
  });
  it('reports missing without a start date', () => {
    expect(smartProjectWindowRule(settings, {}, {}).outcome).toBe('missing');
  });
});
