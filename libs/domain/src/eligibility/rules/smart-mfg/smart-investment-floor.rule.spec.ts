import { buildCallSettings } from '../../../testing';
import { smartInvestmentFloorRule } from './smart-investment-floor.rule';

const settings = buildCallSettings('SMART_MFG_PILOT');

describe('smartInvestmentFloorRule', () => {
  it('passes a demonstration project with exactly 1000 万元 of equipment and R&D', () => {
    expect(smartInvestmentFloorRule(settings, {}, { pilotTier: 'demonstration', equipmentInvestmentWanYuan: 800, rdInvestmentWanYuan: 200 }).outcome).toBe('pass');
  });
  it('fails a benchmark factory below 5000 万元', () => {
    const result = smartInvestmentFloorRule(settings, {}, { pilotTier: 'benchmark', equipmentInvestmentWanYuan: 3000, rdInvestmentWanYuan: 1500 });
    expect(result.outcome).toBe('fail');
    expect(result.message.zh).toContain('5000');
    expect(result.message.zh).toContain('4500');
  });
  it('passes a lighthouse factory with 1.2 亿元', () => {
    expect(smartInvestmentFloorRule(settings, {}, { pilotTier: 'lighthouse', equipmentInvestmentWanYuan: 10_000, rdInvestmentWanYuan: 2_000 }).outcome).toBe('pass');
  });
  it('fails a lighthouse factory with 9000 万元', () => {
    expect(smartInvestmentFloorRule(settings, {}, { pilotTier: 'lighthouse', equipmentInvestmentWanYuan: 8_000, rdInvestmentWanYuan: 1_000 }).outcome).toBe('fail');
  });
  it('reports missing without the tier or an amount', () => {
    expect(smartInvestmentFloorRule(settings, {}, { equipmentInvestmentWanYuan: 800, rdInvestmentWanYuan: 200 }).outcome).toBe('missing');
    expect(smartInvestmentFloorRule(settings, {}, { pilotTier: 'benchmark', equipmentInvestmentWanYuan: 800 }).outcome).toBe('missing');
    expect(smartInvestmentFloorRule(settings, {}, { pilotTier: 'benchmark', rdInvestmentWanYuan: Number.NaN }).outcome).toBe('missing');
    expect(smartInvestmentFloorRule(settings, {}, { pilotTier: 'platinum' as never, equipmentInvestmentWanYuan: 1, rdInvestmentWanYuan: 1 }).outcome).toBe('missing');
  });
});
