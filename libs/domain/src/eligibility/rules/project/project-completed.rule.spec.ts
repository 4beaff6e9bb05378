import { buildCallSettings } from '../../../testing';
import { projectCompletedRule } from './project-completed.rule';

const smart = buildCallSettings('SMART_MFG_PILOT');
const tech = buildCallSettings('TECH_TRANSFORMATION');

describe('projectCompletedRule', () => {
  it('passes a pilot completed before the deadline and in production', () => {
    expect(projectCompletedRule(smart, {}, { completionDate: '2024-11-30', inProduction: true }).outcome).toBe('pass');
  });
  it('passes a pilot completed on the deadline day', () => {
    expect(projectCompletedRule(smart, {}, { completionDate: '2025-09-30', inProduction: true }).outcome).toBe('pass');
  });
  it('fails a project not yet in production', () => {
    expect(projectCompletedRule(smart, {}, { completionDate: '2025-06-30', inProduction: false }).outcome).toBe('fail');
  });
  it('fails a project completed after the deadline', () => {
    expect(projectCompletedRule(smart, {}, { completionDate: '2025-10-01', inProduction: true }).outcome).toBe('fail');
  });
  it('fails a technical transformation completed in an earlier year than the call', () => {
    const result = projectCompletedRule(tech, {}, { completionDate: '2024-12-31', inProduction: true });
    expect(result.outcome).toBe('fail');
    expect(result.message.en).toContain('2025');
  });
  it('passes a technical transformation completed in the call year', () => {
    expect(projectCompletedRule(tech, {}, { completionDate: '2025-01-02', inProduction: true }).outcome).toBe('pass');
  });
  it('reports missing without a completion date or the production answer', () => {
    expect(projectCompletedRule(smart, {}, { inProduction: true }).outcome).toBe('missing');
    expect(projectCompletedRule(smart, {}, { completionDate: '2025-01-02' }).outcome).toBe('missing');
  });
  it('does not ask about production when the call does not require it', () => {
    const lax = { ...smart, eligibility: { ...smart.eligibility, completion: { requireInProduction: false, requireCompletedInCallYear: false } } };
    expect(projectCompletedRule(lax, {}, { completionDate: '2025-01-02' }).outcome).toBe('pass');
  });
});
