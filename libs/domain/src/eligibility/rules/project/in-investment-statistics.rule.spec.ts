import { buildCallSettings } from '../../../testing';
import { inInvestmentStatisticsRule } from './in-investment-statistics.rule';

const settings = buildCallSettings('TECH_TRANSFORMATION');

describe('inInvestmentStatisticsRule', () => {
  it('passes a project recorded in the 技改 investment statistics', () => {
    expect(inInvestmentStatisticsRule(settings, {}, { inInvestmentStatistics: true }).outcome).toBe('pass');
  });
  it('fails a project not recorded (未入统)', () => {
    expect(inInvestmentStatisticsRule(settings, {}, { inInvestmentStatistics: false }).outcome).toBe('fail');
  });
  it('reports missing while unanswered', () => {
    expect(inInvestmentStatisticsRule(settings, {}, {}).outcome).toBe('missing');
  });
  it('passes anything when the call does not ask for 入统', () => {
    const lax = { ...settings, eligibility: { ...settings.eligibility, requireInvestmentStatistics: false } };
    expect(inInvestmentStatisticsRule(lax, {}, { inInvestmentStatistics: false }).outcome).toBe('pass');
  });
});
