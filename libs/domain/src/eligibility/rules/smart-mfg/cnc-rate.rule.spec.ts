import { buildCallSettings } from '../../../testing';
import { cncRateRule } from './cnc-rate.rule';

const settings = buildCallSettings('SMART_MFG_PILOT');

describe('cncRateRule', () => {
  it('passes a workshop at 70.5 %', () => {
    expect(cncRateRule(settings, {}, { cncRatePercent: 70.5 }).outcome).toBe('pass');
  });
  it('fails a workshop at exactly 70 % (the rate must exceed it)', () => {
    const result = cncRateRule(settings, {}, { cncRatePercent: 70 });
    expect(result.outcome).toBe('fail');
    expect(result.message.zh).toContain('70%');
  });
  it('reports missing without a rate', () => {
    expect(cncRateRule(settings, {}, {}).outcome).toBe('missing');
  });
});
