import type { LocalizedText } from '../i18n/localized-text';
import { planSource } from './plan-source';

/**
 * 附件1 2017—2019年创建工作主要指标 of 武政〔2017〕26号, transcribed from ../shared/seed/wuhan-mc2025-plan-2017-26.txt.
 * `name` is the indicator as printed (with its unit in brackets); `targetText` is the 目标值 cell verbatim.
 */
export type IndicatorCategoryCode = 'INNOVATION' | 'QUALITY' | 'IT_INTEGRATION' | 'GREEN';

export const INDICATOR_CATEGORIES: readonly { code: IndicatorCategoryCode; name: LocalizedText }[] = [
  { code: 'INNOVATION', name: { zh: '创新能力', en: 'Innovation capacity' } },
  { code: 'QUALITY', name: { zh: '质量效益', en: 'Quality and efficiency' } },
  { code: 'IT_INTEGRATION', name: { zh: '两化融合', en: 'IT–industrialisation integration' } },
  { code: 'GREEN', name: { zh: '绿色发展', en: 'Green development' } },
];

/** How a target is read: reach a value, stay at or above one, or cut a 2015 baseline by at least a percentage. */
export type IndicatorTarget =
  | { kind: 'value'; value: number }
  | { kind: 'at_least'; value: number }
  | { kind: 'reduction_from_baseline'; baselineYear: number; minReductionPercent: number };

export interface Annex1Indicator {
  code: string;
  category: IndicatorCategoryCode;
  name: LocalizedText;
  unit: LocalizedText;
  target: IndicatorTarget;
  targetText: string;
}

export const ANNEX1_SOURCE = planSource('附件1 2017—2019年创建工作主要指标');

const PERCENT: LocalizedText = { zh: '%', en: '%' };

export const ANNEX1_INDICATORS: readonly Annex1Indicator[] = [
  {
    code: 'SEI_OUTPUT_SHARE',
    category: 'INNOVATION',
    name: { zh: '战略性新兴产业产值占规模以上工业总产值比重（%）', en: 'Strategic emerging industries in above-designated-size industrial output (%)' },
    unit: PERCENT,
    target: { kind: 'value', value: 18 },
    targetText: '18',
  },
  {
    code: 'PATENTS_PER_100M_REVENUE',
    category: 'INNOVATION',
    name: { zh: '规模以上工业每亿元主营业务收入有效发明专利数', en: 'Valid invention patents per 100 million yuan of main business revenue (above designated size)' },
    unit: { zh: '件/亿元', en: 'patents per 100 million yuan' },
    target: { kind: 'value', value: 1.2 },
    targetText: '1.2',
  },
  {
    code: 'RD_TO_SALES',
    category: 'INNOVATION',
    name: { zh: '企业研发经费支出占销售收入比重（%）', en: 'Enterprise R&D spending as a share of sales revenue (%)' },
    unit: PERCENT,
    target: { kind: 'value', value: 2 },
    targetText: '2',
  },
  {
    code: 'LABOUR_PRODUCTIVITY',
    category: 'QUALITY',
    name: { zh: '全员劳动生产率（万元，2010年不变价）', en: 'Overall labour productivity (10,000 yuan per person, 2010 constant prices)' },
    unit: { zh: '万元/人（2010年不变价）', en: '10,000 yuan per person (2010 prices)' },
    target: { kind: 'value', value: 47 },
    targetText: '47',
  },
  {
    code: 'QUALITY_COMPETITIVENESS_INDEX',
    category: 'QUALITY',
    name: { zh: '制造业质量竞争力指数', en: 'Manufacturing quality competitiveness index' },
    unit: { zh: '指数', en: 'index' },
    target: { kind: 'value', value: 85.5 },
    targetText: '85.5',
  },
  {
    code: 'DIGITAL_DESIGN_TOOLS',
    category: 'IT_INTEGRATION',
    name: { zh: '数字化研发设计工具普及率（%）', en: 'Adoption of digital R&D and design tools (%)' },
    unit: PERCENT,
    target: { kind: 'value', value: 87 },
    targetText: '87',
  },
  {
    code: 'KEY_PROCESS_CNC_RATE',
    category: 'IT_INTEGRATION',
    name: { zh: '关键工序数控化率（%）', en: 'Numerical-control rate of key processes (%)' },
    unit: PERCENT,
    target: { kind: 'value', value: 75 },
    targetText: '75',
  },
  {
    code: 'BROADBAND',
    category: 'IT_INTEGRATION',
    name: { zh: '宽带普及率（%）', en: 'Broadband penetration (%)' },
    unit: PERCENT,
    target: { kind: 'value', value: 100 },
    targetText: '100',
  },
  {
    code: 'ENERGY_PER_VALUE_ADDED',
    category: 'GREEN',
    name: { zh: '万元工业增加值综合能耗（吨标煤）', en: 'Energy use per 10,000 yuan of industrial value added (tonnes of coal equivalent)' },
    unit: { zh: '吨标煤', en: 'tce' },
    target: { kind: 'reduction_from_baseline', baselineYear: 2015, minReductionPercent: 15 },
    targetText: '比 2015 年下降 15%以上',
  },
  {
    code: 'WATER_PER_VALUE_ADDED',
    category: 'GREEN',
    name: { zh: '万元工业增加值用水量（吨）', en: 'Water use per 10,000 yuan of industrial value added (tonnes)' },
    unit: { zh: '吨', en: 't' },
    target: { kind: 'reduction_from_baseline', baselineYear: 2015, minReductionPercent: 18 },
    targetText: '比 2015 年下降 18%以上',
  },
  {
    code: 'SOLID_WASTE_UTILISATION',
    category: 'GREEN',
    name: { zh: '工业固体废弃物综合利用处置率（%）', en: 'Comprehensive utilisation and disposal of industrial solid waste (%)' },
    unit: PERCENT,
    target: { kind: 'at_least', value: 99 },
    targetText: '99%以上',
  },
];

/** Whether an observed value meets an indicator's target (for reductions, pass the 2015 baseline too). */
export function meetsIndicatorTarget(target: IndicatorTarget, observed: number, baseline?: number): boolean {
  switch (target.kind) {
    case 'value':
    case 'at_least':
      return observed >= target.value;
    case 'reduction_from_baseline': {
      if (baseline === undefined || baseline <= 0) return false;
      return ((baseline - observed) / baseline) * 100 >= target.minReductionPercent;
    }
    /* istanbul ignore next -- unreachable: the compiler proves the switch exhaustive */
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}
