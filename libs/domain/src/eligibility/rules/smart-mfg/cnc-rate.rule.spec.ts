import { buildCallSettings } from '../../../testing';
import { cncRateRule } from './cnc-rate.rule';

const settings = buildCallSettings('SMART_MFG_PILOT');

describe('cncRateRule', () => {
  it('passes a workshop at 70.5 %', () => {
    expect(cncRateRule(settings, {}, { cncRatePercent: 70.5 }).outcome).toBe('pass');
  });
  it('passes a workshop at exactly 70 %: "70% 以上" includes 70', () => {
    const result = cncRateRule(settings, {}, { cncRatePercent: 70 });
    expect(result.outcome).toBe('pass');
    expect(result.message.zh).toBe('数控化率70%，符合本批次要求：≥ 70%');
  });
  it('fails a workshop at 69.99 %, saying what this call requires', () => {
    const result = cncRateRule(settings, {}, { cncRatePercent: 69.99 });
    expect(result.outcome).toBe('fail');
    expect(result.message.zh).toBe('数控化率69.99%，不符合本批次要求：≥ 70%');
    expect(result.message.en).toBe('Numerical-control rate 69.99%; does not meet this call’s requirement: ≥ 70%');
  });
  it('words the call’s own value, not the default', () => {
    const strict = { ...settings, eligibility: { ...settings.eligibility, minCncRatePercent: 75 } };
    expect(cncRateRule(strict, {}, { cncRatePercent: 72 }).message.zh).toContain('本批次要求：≥ 75%');
  });
  it('reports missing without a rate', () => {
    expect(cncRateRule(settings, {}, {}).outcome).toBe('missing');
  });
});
