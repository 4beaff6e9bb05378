import type { LocalizedText } from '../i18n/localized-text';
import { planSource } from './plan-source';

/**
 * Targets the plan (武政〔2017〕26号, section 三、实施路径) states that no approved list can count: standards issued,
 * talents brought in, events held, coverage reached. City officers record them per year as indicator values (the same
 * `indicator_value` mechanism as Annex 1), and the dashboard sets them against the plan's numbers.
 *
 * - `count`: a number per year (项, 名, 场). A three-year target is met when 2017–2019 together reach `min`; a yearly
 *   target is met in a year whose value reaches `min`. `max` is the plan's upper bound where it gives a range
 *   ("2—3项"), null for "以上".
 * - `share`: a percentage judged on each recorded value ("全覆盖" = 100 %).
 */
export type PlanTargetMeasure =
  | { kind: 'count'; min: number; max: number | null; period: 'three_years' | 'per_year' }
  | { kind: 'share'; atLeast: number };

export interface PlanTargetIndicator {
  code: string;
  name: LocalizedText;
  unit: LocalizedText;
  /** The target as shown beside the values. */
  targetText: string;
  /** The plan's own words, quoted. */
  wording: string;
  source: string;
  measure: PlanTargetMeasure;
  /** Where the portal had to read the plan (what exactly is counted), stated so officers record the same thing. */
  assumption?: LocalizedText;
}

const ITEMS: LocalizedText = { zh: '项', en: 'standards' };
const PERCENT: LocalizedText = { zh: '%', en: '%' };

export const PLAN_TARGET_INDICATORS: readonly PlanTargetIndicator[] = [
  {
    code: 'INTL_STANDARDS',
    name: { zh: '制定出台国际标准（项）', en: 'International standards issued' },
    unit: ITEMS,
    targetText: '3年 2—3项',
    wording: '力争在云计算、光通信、远红外等领域制定出台国际标准2—3项',
    source: planSource('三、实施路径（二）产业转型升级计划 3.提升产品质量品牌标准'),
    measure: { kind: 'count', min: 2, max: 3, period: 'three_years' },
  },
  {
    code: 'NATIONAL_STANDARDS',
    name: { zh: '制定出台国家标准（项）', en: 'National standards issued' },
    unit: ITEMS,
    targetText: '3年 10项以上',
    wording: '国家标准10项以上',
    source: planSource('三、实施路径（二）产业转型升级计划 3.提升产品质量品牌标准'),
    measure: { kind: 'count', min: 10, max: null, period: 'three_years' },
  },
  {
    code: 'STANDARDS_TOTAL',
    name: { zh: '制（修）订或参与制（修）订国际、国家和行业标准（项）', en: 'International, national and industry standards drafted, revised or co-drafted' },
    unit: ITEMS,
    targetText: '3年 总计30项以上',
    wording: '制（修）订或参与制（修）订国际、国家和行业标准总计达到30项以上',
    source: planSource('三、实施路径（二）产业转型升级计划 3.提升产品质量品牌标准'),
    measure: { kind: 'count', min: 30, max: null, period: 'three_years' },
    assumption: {
      zh: '总计含国际标准和国家标准：录入当年全部国际、国家和行业标准的项数，而非仅行业标准',
      en: 'The total includes the international and national standards: record all of that year’s standards, not only industry ones',
    },
  },
  {
    code: 'TOP_TALENTS',
    name: { zh: '引进产业顶尖领军人才（名）', en: 'Top industry leaders brought in' },
    unit: { zh: '名', en: 'people' },
    targetText: '每年 1—2名',
    wording: '争取每年引进1—2名产业顶尖领军人才',
    source: planSource('三、实施路径（四）制造业人才聚集计划 1.加快引进海外科创人才'),
    measure: { kind: 'count', min: 1, max: 2, period: 'per_year' },
  },
  {
    code: 'IT_REGIONAL_EVENTS',
    name: { zh: '两化融合管理体系贯标“区域行”活动（场）', en: 'Regional 贯标 promotion events (区域行)' },
    unit: { zh: '场', en: 'events' },
    targetText: '每年 10场',
    wording: '每年组织10场两化融合管理体系贯标“区域行”活动',
    source: planSource('三、实施路径（三）互联网与制造业深度融合计划 2.大规模推动企业智能化升级'),
    measure: { kind: 'count', min: 10, max: 10, period: 'per_year' },
  },
  {
    code: 'TECH_TRANSFORMATION_COVERAGE',
    name: { zh: '规模以上工业企业技术改造覆盖率（%）', en: 'Above-designated-size industrial enterprises with technical transformation (%)' },
    unit: PERCENT,
    targetText: '3年实现全覆盖（100%）',
    wording: '3年实现技术改造全覆盖',
    source: planSource('三、实施路径（二）产业转型升级计划 1.推进企业技术改造'),
    measure: { kind: 'share', atLeast: 100 },
    assumption: {
      zh: '方案未写明覆盖范围，按规模以上工业企业中已实施技术改造的比例录入（截至当年累计）',
      en: 'The plan does not name the base; record the share of above-designated-size industrial enterprises that have carried out technical transformation (cumulative to that year)',
    },
  },
  {
    code: 'RD_INSTITUTION_COVERAGE',
    name: { zh: '大中型工业企业研发机构覆盖率（%）', en: 'Large and medium industrial enterprises with an R&D institution (%)' },
    unit: PERCENT,
    targetText: '全覆盖（100%）',
    wording: '推进大中型企业研发机构全覆盖',
    source: planSource('三、实施路径（一）制造业创新能力提升计划 2.加快企业创新能力建设'),
    measure: { kind: 'share', atLeast: 100 },
  },
];

export function findPlanTargetIndicator(code: string): PlanTargetIndicator | undefined {
  return PLAN_TARGET_INDICATORS.find((indicator) => indicator.code === code);
}
