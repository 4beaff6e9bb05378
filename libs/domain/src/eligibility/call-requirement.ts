import type { LocalizedText } from '../i18n/localized-text';
import { formatNumber } from './rule-inputs';

/**
 * How an enterprise reads a threshold: as what this call (本批次) requires, with the call's own value, never as a
 * national rule (many defaults have no policy source: see threshold-sources.ts). Every rule with a threshold words
 * its result through `againstCall`, so the eligibility panel and the 申报书 say e.g.
 * "数控化率70%，符合本批次要求：≥ 70%".
 *
 * Comparisons follow the Chinese wording: 以上/不低于/不少于 and 以下/不超过 include the number (≥, ≤); 超过/高于 and
 * 低于/不足 exclude it (>, <). `meets` is the one place rules compare a value with a threshold.
 */
export type Comparison = 'at_least' | 'more_than' | 'at_most' | 'less_than';

export const COMPARISON_SYMBOLS: Readonly<Record<Comparison, string>> = { at_least: '≥', more_than: '>', at_most: '≤', less_than: '<' };

export function meets(value: number, comparison: Comparison, threshold: number): boolean {
  switch (comparison) {
    case 'at_least':
      return value >= threshold;
    case 'more_than':
      return value > threshold;
    case 'at_most':
      return value <= threshold;
    case 'less_than':
      return value < threshold;
  }
}

/** A condition with a symbol and the call's amount, e.g. `≥ 70%`. */
export function compared(comparison: Comparison, amount: LocalizedText): LocalizedText {
  const symbol = COMPARISON_SYMBOLS[comparison];
  return { zh: `${symbol} ${amount.zh}`, en: `${symbol} ${amount.en}` };
}

/** `本批次要求：≥ 70%` / `This call requires: ≥ 70%`. */
export function callRequirement(condition: LocalizedText): LocalizedText {
  return { zh: `本批次要求：${condition.zh}`, en: `This call requires: ${condition.en}` };
}

/** A finding judged against the call's requirement: `数控化率65%，不符合本批次要求：≥ 70%`. */
export function againstCall(finding: LocalizedText, met: boolean, condition: LocalizedText): LocalizedText {
  return {
    zh: `${finding.zh}，${met ? '符合' : '不符合'}本批次要求：${condition.zh}`,
    en: `${finding.en}; ${met ? 'meets' : 'does not meet'} this call’s requirement: ${condition.en}`,
  };
}

/** 万元 below 1亿元 (10000万元), 亿元 from there as the notices write it: 2000万元, 1亿元, 100亿元, 1.5亿元. */
function wanYuanZh(value: number): string {
  return Math.abs(value) >= 10_000 ? `${formatNumber(value / 10_000)}亿元` : `${formatNumber(value)}万元`;
}

export const amounts = {
  wanYuan: (value: number): LocalizedText => ({ zh: wanYuanZh(value), en: `${formatNumber(value)} × 10,000 yuan` }),
  percent: (value: number): LocalizedText => ({ zh: `${formatNumber(value)}%`, en: `${formatNumber(value)}%` }),
  persons: (value: number): LocalizedText => ({ zh: `${formatNumber(value)}人`, en: `${formatNumber(value)} persons` }),
  units: (value: number): LocalizedText => ({ zh: `${formatNumber(value)}家`, en: `${formatNumber(value)}` }),
  years: (value: number): LocalizedText => ({ zh: `${formatNumber(value)}年`, en: `${formatNumber(value)} year${value === 1 ? '' : 's'}` }),
  months: (value: number): LocalizedText => ({ zh: `${formatNumber(value)}个月`, en: `${formatNumber(value)} month${value === 1 ? '' : 's'}` }),
  items: (value: number): LocalizedText => ({ zh: `${formatNumber(value)}项`, en: `${formatNumber(value)}` }),
};

/** A threshold rule that cannot judge yet still tells what this call requires: `尚未填写，无法判断；本批次要求：≥ 70%`. */
export function notYetAgainstCall(condition: LocalizedText): LocalizedText {
  return { zh: `尚未填写，无法判断；本批次要求：${condition.zh}`, en: `Not filled in yet, so this cannot be checked; this call requires: ${condition.en}` };
}
