import { buildCallSettings } from '../../../testing';
import { systemRunningRule } from './system-running.rule';

const settings = buildCallSettings('IT_INTEGRATION');

describe('systemRunningRule', () => {
  it('passes a national pilot whose system has run since 2025-06-30 (3 months by the deadline)', () => {
    expect(systemRunningRule(settings, {}, { applicationType: 'national_pilot', systemRunningSince: '2025-06-30' }).outcome).toBe('pass');
  });
  it('only warns for a national pilot running for less than 3 months', () => {
    expect(systemRunningRule(settings, {}, { applicationType: 'national_pilot', systemRunningSince: '2025-07-01' }).outcome).toBe('warn');
  });
  it('passes a self-assessment, which needs no running time', () => {
    expect(systemRunningRule(settings, {}, { applicationType: 'self_assessment' }).outcome).toBe('pass');
  });
  it('reports missing without the type, or without the start date of a national pilot', () => {
    expect(systemRunningRule(settings, {}, {}).outcome).toBe('missing');
    expect(systemRunningRule(settings, {}, { applicationType: 'national_pilot' }).outcome).toBe('missing');
  });
});
