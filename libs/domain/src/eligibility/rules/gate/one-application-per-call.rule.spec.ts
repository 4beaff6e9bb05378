import { buildCallSettings } from '../../../testing';
import { oneApplicationPerCallRule } from './one-application-per-call.rule';

const settings = buildCallSettings('SMART_MFG_PILOT');

describe('oneApplicationPerCallRule', () => {
  it('passes the enterprise’s first application in the call', () => {
    expect(oneApplicationPerCallRule(settings, {}, {}, { otherApplicationsInCall: 0 }).outcome).toBe('pass');
  });
  it('fails a second application in the same call', () => {
    const result = oneApplicationPerCallRule(settings, {}, {}, { otherApplicationsInCall: 1 });
    expect(result.outcome).toBe('fail');
    expect(result.fields).toEqual(['context.otherApplicationsInCall']);
  });
  it('passes a second application when the call allows two', () => {
    const two = { ...settings, eligibility: { ...settings.eligibility, gate: { ...settings.eligibility.gate, maxApplicationsPerEnterprise: 2 } } };
    expect(oneApplicationPerCallRule(two, {}, {}, { otherApplicationsInCall: 1 }).outcome).toBe('pass');
  });
  it('reports missing until the API has counted the other applications', () => {
    expect(oneApplicationPerCallRule(settings, {}, {}).outcome).toBe('missing');
  });
});
