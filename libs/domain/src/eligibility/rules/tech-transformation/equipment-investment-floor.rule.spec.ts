import { buildCallSettings } from '../../../testing';
import { equipmentInvestmentFloorRule } from './equipment-investment-floor.rule';

const settings = buildCallSettings('TECH_TRANSFORMATION');

describe('equipmentInvestmentFloorRule', () => {
  it('passes exactly 2000 万元 of equipment', () => {
    expect(equipmentInvestmentFloorRule(settings, {}, { equipmentInvestmentWanYuan: 2000 }).outcome).toBe('pass');
  });
  it('fails 1999 万元 of equipment', () => {
    expect(equipmentInvestmentFloorRule(settings, {}, { equipmentInvestmentWanYuan: 1999 }).outcome).toBe('fail');
  });
  it('passes 500 万元 under a 智能化改造-type call with a 500 万元 floor', () => {
    const smartType = { ...settings, eligibility: { ...settings.eligibility, minEquipmentInvestmentWanYuan: 500 } };
    expect(equipmentInvestmentFloorRule(smartType, {}, { equipmentInvestmentWanYuan: 500 }).outcome).toBe('pass');
  });
  it('reports missing without an amount', () => {
    expect(equipmentInvestmentFloorRule(settings, {}, {}).outcome).toBe('missing');
  });
});
