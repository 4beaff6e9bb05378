import { buildCallSettings } from '../../../testing';
import { equipmentShareRule } from './equipment-share.rule';

const settings = buildCallSettings('TECH_TRANSFORMATION');

describe('equipmentShareRule', () => {
  it('passes equipment at exactly 25 % of total investment', () => {
    expect(equipmentShareRule(settings, {}, { equipmentInvestmentWanYuan: 2500, totalInvestmentWanYuan: 10_000 }).outcome).toBe('pass');
  });
  it('fails a building-heavy project with equipment at 20 %', () => {
    const result = equipmentShareRule(settings, {}, { equipmentInvestmentWanYuan: 2000, totalInvestmentWanYuan: 10_000 });
    expect(result.outcome).toBe('fail');
    expect(result.message.en).toContain('20%');
  });
  it('reports missing without both amounts or with a zero total', () => {
    expect(equipmentShareRule(settings, {}, { equipmentInvestmentWanYuan: 2000 }).outcome).toBe('missing');
    expect(equipmentShareRule(settings, {}, { equipmentInvestmentWanYuan: 0, totalInvestmentWanYuan: 0 }).outcome).toBe('missing');
  });
});
