import { buildCallSettings, buildUscc } from '../../../testing';
import { enterpriseUsccRule } from './enterprise-uscc.rule';

const settings = buildCallSettings('SMART_MFG_PILOT');

describe('enterpriseUsccRule', () => {
  it('passes a 91 company code', () => {
    const result = enterpriseUsccRule(settings, { uscc: '91420100MAEC200T12' }, {});
    expect(result).toMatchObject({ ruleId: 'gate.enterprise-uscc', outcome: 'pass', fields: ['profile.uscc'] });
    expect(result.message.zh).toContain('工商登记的企业');
  });
  it('fails a 92 individual business, naming what the code says it is', () => {
    const result = enterpriseUsccRule(settings, { uscc: buildUscc({ type: '2' }) }, {});
    expect(result.outcome).toBe('fail');
    expect(result.message.zh).toContain('个体工商户');
    expect(result.message.en).toContain('individual business');
  });
  it('fails a 93 cooperative and a 12 public institution', () => {
    expect(enterpriseUsccRule(settings, { uscc: buildUscc({ type: '3' }) }, {}).message.zh).toContain('农民专业合作社');
    expect(enterpriseUsccRule(settings, { uscc: buildUscc({ department: '1', type: '2' }) }, {}).message.zh).toContain('事业单位');
  });
  it('is missing without a valid code', () => {
    expect(enterpriseUsccRule(settings, {}, {}).outcome).toBe('missing');
    expect(enterpriseUsccRule(settings, { uscc: '91420100MAEC200T13' }, {}).outcome).toBe('missing');
  });
});
