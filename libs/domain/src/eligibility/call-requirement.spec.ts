import { againstCall, amounts, callRequirement, compared, meets } from './call-requirement';

describe('meets: the wording decides whether the number itself qualifies', () => {
  it.each([
    ['at_least', 70, true],
    ['more_than', 70, false],
    ['at_most', 70, true],
    ['less_than', 70, false],
  ] as const)('%s 70 with exactly 70 → %s', (comparison, threshold, expected) => {
    expect(meets(70, comparison, threshold)).toBe(expected);
  });
  it('excludes the other side', () => {
    expect(meets(69.99, 'at_least', 70)).toBe(false);
    expect(meets(70.01, 'at_most', 70)).toBe(false);
    expect(meets(70.01, 'more_than', 70)).toBe(true);
    expect(meets(69.99, 'less_than', 70)).toBe(true);
  });
});

describe('wording a threshold as this call’s requirement', () => {
  it('states the call’s value with its symbol, in both languages', () => {
    expect(callRequirement(compared('at_least', amounts.percent(70)))).toEqual({ zh: '本批次要求：≥ 70%', en: 'This call requires: ≥ 70%' });
    expect(againstCall({ zh: '数控化率65%', en: 'NC rate 65%' }, false, compared('at_least', amounts.percent(70)))).toEqual({
      zh: '数控化率65%，不符合本批次要求：≥ 70%',
      en: 'NC rate 65%; does not meet this call’s requirement: ≥ 70%',
    });
  });
  it('writes money as the notices do: 万元 below 1亿元, 亿元 from there', () => {
    expect(amounts.wanYuan(2000).zh).toBe('2000万元');
    expect(amounts.wanYuan(10_000).zh).toBe('1亿元');
    expect(amounts.wanYuan(1_000_000).zh).toBe('100亿元');
    expect(amounts.wanYuan(15_000).zh).toBe('1.5亿元');
    expect(amounts.wanYuan(2000).en).toBe('2000 × 10,000 yuan');
    expect(amounts.years(1).en).toBe('1 year');
    expect(amounts.months(12)).toEqual({ zh: '12个月', en: '12 months' });
  });
});
