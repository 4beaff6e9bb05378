import type { LocalizedText } from '@shifan/domain';

/** Texts of the programme dashboard (progress against 武政〔2017〕26号's targets, Annex 1's indicators). */
export const DASHBOARD_TEXTS = {
  title: { zh: '目标完成情况', en: 'Progress dashboard' },
  intro: {
    zh: '按《武汉市建设“中国制造2025”试点示范城市实施方案》（武政〔2017〕26号）的目标，统计已发布认定名单的认定项目：各类项目、各级别的年度认定数与目标完成率，按细分领域和区的分布，以及附件1主要指标的录入值。',
    en: 'Approvals from the published approved lists measured against the targets of the city plan (武政〔2017〕26号): approvals per programme, level and year with the share of the target reached, their spread over sub-fields and districts, and the values recorded for Annex 1’s indicators.',
  },
  exportExcel: { zh: '导出 Excel', en: 'Export Excel' },
  exportHint: { zh: '导出目标完成情况、领域和区分布及附件1指标值（操作将记入审计日志）', en: 'Exports the targets, the field and district breakdowns and Annex 1’s values (audited)' },
  exported: { zh: '已开始下载', en: 'Download started' },

  targetsTitle: { zh: '各类项目目标完成情况', en: 'Targets by programme and level' },
  targetsHint: {
    zh: '三年目标的完成率按 2017—2019 年的认定数计算；年度目标按最近一年的认定数计算。柱状图为各年认定数，虚线为年度目标。',
    en: 'For three-year targets the share counts approvals in 2017–2019; for yearly targets, approvals in the latest year. Bars are approvals per year; the dashed line is the yearly target.',
  },
  target: { zh: '目标', en: 'Target' },
  total: { zh: '累计认定', en: 'Approved in all' },
  percent: { zh: '目标完成率', en: 'Share of target' },
  approved: { zh: '认定数', en: 'Approved' },
  yearlyTarget: { zh: '年度目标', en: 'Yearly target' },
  noYears: { zh: '尚无已发布的认定名单', en: 'No approved list is published yet' },
  programme: { zh: '项目类别', en: 'Programme' },
  label: { zh: '目标内容', en: 'What is counted' },
  level: { zh: '级别', en: 'Level' },
  targetValue: { zh: '目标值', en: 'Target' },
  tableTitle: { zh: '数据表', en: 'Data table' },

  byYearTitle: { zh: '按年度认定数', en: 'Approvals per year' },
  byFieldTitle: { zh: '按细分领域', en: 'By sub-field' },
  byDistrictTitle: { zh: '按区', en: 'By district' },
  keyField: { zh: '重点领域', en: 'Key field' },
  subField: { zh: '细分领域', en: 'Sub-field' },
  district: { zh: '区', en: 'District' },
  count: { zh: '认定项目数', en: 'Approved projects' },
  share: { zh: '占比', en: 'Share' },
  none: { zh: '暂无数据', en: 'No data' },
  sum: { zh: '合计', en: 'Total' },

  indicatorsTitle: { zh: '附件1 主要指标', en: 'Annex 1 indicators' },
  indicatorsHint: {
    zh: '附件1《2017—2019年创建工作主要指标》。录入各年度统计值后自动判断是否达到目标值；降幅类指标须先录入 2015 年基数。',
    en: 'Annex 1, the main indicators for 2017–2019. Record each year’s value and whether it meets the target is judged; for reduction targets record the 2015 baseline first.',
  },
  category: { zh: '类别', en: 'Category' },
  indicator: { zh: '指标', en: 'Indicator' },
  unit: { zh: '单位', en: 'Unit' },
  values: { zh: '录入值', en: 'Recorded values' },
  notRecorded: { zh: '尚未录入', en: 'Not recorded' },
  met: { zh: '达标', en: 'Met' },
  notMet: { zh: '未达标', en: 'Not met' },
  unjudged: { zh: '无法判断', en: 'Not judged' },
  actions: { zh: '操作', en: 'Actions' },
  record: { zh: '录入', en: 'Record' },
  recordTitle: { zh: '录入指标值', en: 'Record a value' },
  year: { zh: '年度', en: 'Year' },
  value: { zh: '数值', en: 'Value' },
  note: { zh: '备注', en: 'Note' },
  notePlaceholder: { zh: '选填，如数据来源', en: 'Optional, e.g. the source' },
  baselineHint: { zh: '该指标以 2015 年为基数计算降幅：请先录入 2015 年的基数值。', en: 'This target is a cut from the 2015 baseline: record the value of 2015 first.' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  saved: { zh: '已保存', en: 'Saved' },
  yearRequired: { zh: '请填写 2015—2100 之间的年度', en: 'Enter a year from 2015 to 2100' },
  valueRequired: { zh: '请填写数值', en: 'Enter a value' },
} as const satisfies Record<string, LocalizedText>;

export function targetRangeText(min: number, max: number, period: 'three_years' | 'per_year'): LocalizedText {
  const range = min === max ? `${min}` : `${min}–${max}`;
  return period === 'per_year' ? { zh: `每年 ${range} 项`, en: `${range} a year` } : { zh: `3 年 ${range} 项`, en: `${range} over 3 years` };
}

export function percentBasisText(period: 'three_years' | 'per_year', latestYear: number | undefined): LocalizedText {
  if (period === 'three_years') return { zh: '按 2017—2019 年计', en: 'Counting 2017–2019' };
  return latestYear === undefined ? { zh: '按最近一年计', en: 'Counting the latest year' } : { zh: `按 ${latestYear} 年计`, en: `Counting ${latestYear}` };
}

export function correctsText(value: number, unit: string): LocalizedText {
  return { zh: `该年度已录入 ${value}${unit}，保存将更正该值`, en: `${value} ${unit} is recorded for this year; saving corrects it` };
}
