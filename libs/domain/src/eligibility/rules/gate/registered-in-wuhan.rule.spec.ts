import { buildCallSettings, buildEnterpriseProfile } from '../../../testing';
import { registeredInWuhanRule } from './registered-in-wuhan.rule';

const settings = buildCallSettings('SMART_MFG_PILOT');

describe('registeredInWuhanRule', () => {
  it('passes an enterprise registered in Hongshan district', () => {
    const result = registeredInWuhanRule(settings, buildEnterpriseProfile({ registeredDistrictCode: '420111' }), {});
    expect(result).toMatchObject({ ruleId: 'gate.registered-in-wuhan', outcome: 'pass', fields: ['profile.registeredDistrictCode'] });
    expect(result.message.zh).toContain('洪山区');
  });
  it('fails an enterprise registered outside Wuhan', () => {
    expect(registeredInWuhanRule(settings, { registeredDistrictCode: '420502' }, {}).outcome).toBe('fail');
  });
  it('reports missing while the district is not chosen yet', () => {
    expect(registeredInWuhanRule(settings, {}, {}).outcome).toBe('missing');
    expect(registeredInWuhanRule(settings, { registeredDistrictCode: null }, {}).outcome).toBe('missing');
    expect(registeredInWuhanRule(settings, { registeredDistrictCode: '  ' }, {}).outcome).toBe('missing');
  });
  it('carries its metadata', () => {
    expect(registeredInWuhanRule.id).toBe('gate.registered-in-wuhan');
    expect(registeredInWuhanRule.title.en).toBe('Registered in Wuhan');
    expect(registeredInWuhanRule.source).toContain('§1.1');
  });
});
