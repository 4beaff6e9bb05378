import { buildCallSettings } from '../../../testing';
import { centreAllianceRule } from './centre-alliance.rule';

const settings = buildCallSettings('INNOVATION_CENTRE');

describe('centreAllianceRule', () => {
  it('has a documented default of 10 members', () => {
    expect(settings.eligibility.minAllianceMembers).toBe(10);
  });
  it('passes exactly the minimum (不少于 is inclusive), with the call’s value', () => {
    const result = centreAllianceRule(settings, {}, { allianceMemberCount: 10 });
    expect(result).toMatchObject({ ruleId: 'centre.alliance', outcome: 'pass', fields: ['application.allianceMemberCount'] });
    expect(result.message.zh).toBe('联盟成员单位10家，符合本批次要求：联盟成员单位 ≥ 10家');
  });
  it('fails one member short', () => {
    const result = centreAllianceRule(settings, {}, { allianceMemberCount: 9 });
    expect(result.outcome).toBe('fail');
    expect(result.message.zh).toContain('不符合本批次要求：联盟成员单位 ≥ 10家');
    expect(result.message.en).toContain('does not meet this call’s requirement');
  });
  it('reads the minimum from the call', () => {
    const strict = { ...settings, eligibility: { ...settings.eligibility, minAllianceMembers: 30 } };
    expect(centreAllianceRule(strict, {}, { allianceMemberCount: 24 }).message.zh).toContain('≥ 30家');
    expect(centreAllianceRule(strict, {}, { allianceMemberCount: 30 }).outcome).toBe('pass');
  });
  it('is missing without a count', () => {
    expect(centreAllianceRule(settings, {}, {}).outcome).toBe('missing');
  });
});
