import { buildCallSettings } from '../../../testing';
import { centreRdSpendingRule } from './centre-rd-spending.rule';

const settings = buildCallSettings('INNOVATION_CENTRE');

describe('centreRdSpendingRule', () => {
  it('passes R&D at exactly 30 % of total costs', () => {
    expect(centreRdSpendingRule(settings, {}, { rdExpenseWanYuan: 300, totalCostWanYuan: 1000 }).outcome).toBe('pass');
  });
  it('fails R&D at 10 % of total costs', () => {
    expect(centreRdSpendingRule(settings, {}, { rdExpenseWanYuan: 100, totalCostWanYuan: 1000 }).outcome).toBe('fail');
  });
  it('reports missing without both amounts or with zero costs', () => {
    expect(centreRdSpendingRule(settings, {}, { rdExpenseWanYuan: 100 }).outcome).toBe('missing');
    expect(centreRdSpendingRule(settings, {}, { rdExpenseWanYuan: 0, totalCostWanYuan: 0 }).outcome).toBe('missing');
  });
});
