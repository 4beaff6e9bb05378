import { buildCallSettings } from '../../../testing';
import { countedTechInvestmentWanYuan, rdCapRule } from './rd-cap.rule';

const settings = buildCallSettings('TECH_TRANSFORMATION');

describe('rdCapRule', () => {
  it('passes R&D at exactly 20 % of equipment', () => {
    expect(rdCapRule(settings, {}, { rdInvestmentWanYuan: 600, equipmentInvestmentWanYuan: 3000 }).outcome).toBe('pass');
  });
  it('warns (never fails) when R&D exceeds the counted cap, naming the excess', () => {
    const result = rdCapRule(settings, {}, { rdInvestmentWanYuan: 800, equipmentInvestmentWanYuan: 3000 });
    expect(result.outcome).toBe('warn');
    expect(result.message.zh).toContain('600万元');
    expect(result.message.zh).toContain('200万元');
  });
  it('reports missing without both amounts', () => {
    expect(rdCapRule(settings, {}, { rdInvestmentWanYuan: 800 }).outcome).toBe('missing');
  });
  it('credits equipment plus R&D up to the cap', () => {
    expect(countedTechInvestmentWanYuan(3000, 800, 20)).toBe(3600);
    expect(countedTechInvestmentWanYuan(3000, 100, 20)).toBe(3100);
  });
});
