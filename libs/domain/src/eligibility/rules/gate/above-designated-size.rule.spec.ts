import type { EntityGateSettings } from '../../call-settings';
import { buildCallSettings } from '../../../testing';
import { aboveDesignatedSizeRule } from './above-designated-size.rule';

function withMode(mode: EntityGateSettings['aboveDesignatedSize']) {
  const settings = buildCallSettings('SMART_MFG_PILOT');
  return { ...settings, eligibility: { ...settings.eligibility, gate: { ...settings.eligibility.gate, aboveDesignatedSize: mode } } };
}

const required = withMode('required');
const preferred = withMode('preferred');

describe('aboveDesignatedSizeRule', () => {
  it('passes a declared 规上 firm with revenue of exactly 2000 万元 when required', () => {
    expect(aboveDesignatedSizeRule(required, { declaredAboveDesignatedSize: true, revenueWanYuan: 2000 }, {}).outcome).toBe('pass');
  });
  it('fails a firm that is not 规上 when the call requires it', () => {
    const result = aboveDesignatedSizeRule(required, { declaredAboveDesignatedSize: false, revenueWanYuan: 5000 }, {});
    expect(result.outcome).toBe('fail');
    expect(result.message.en).toContain('does not meet this call’s requirement');
    expect(result.message.zh).toContain('不符合本批次要求：规上企业，主营业务收入 ≥ 2000万元');
  });
  it('fails a declared 规上 firm whose revenue is below the threshold', () => {
    const result = aboveDesignatedSizeRule(required, { declaredAboveDesignatedSize: true, revenueWanYuan: 1999.5 }, {});
    expect(result.outcome).toBe('fail');
    expect(result.message.zh).toContain('1999.5');
  });
  it('only warns when the call merely prefers 规上 firms', () => {
    expect(aboveDesignatedSizeRule(preferred, { declaredAboveDesignatedSize: false, revenueWanYuan: 800 }, {}).outcome).toBe('warn');
  });
  it('reports missing while the declaration or revenue is not given', () => {
    expect(aboveDesignatedSizeRule(required, { revenueWanYuan: 5000 }, {}).outcome).toBe('missing');
    expect(aboveDesignatedSizeRule(required, { declaredAboveDesignatedSize: true }, {}).outcome).toBe('missing');
  });
  it('passes without looking when the call does not ask', () => {
    expect(aboveDesignatedSizeRule(buildCallSettings('SMART_MFG_PILOT'), {}, {}).outcome).toBe('pass');
  });
});
