import type { LocalizedText, TargetProgress } from '@shifan/domain';

/** Texts of the programme dashboard (progress against 武政〔2017〕26号's targets, recorded indicators, upward outcomes). */
export const DASHBOARD_TEXTS = {
  title: { zh: '目标完成情况', en: 'Progress dashboard' },
  intro: {
    zh: '按《武汉市建设“中国制造2025”试点示范城市实施方案》（武政〔2017〕26号）的目标统计：市级目标按本市认定名单计数；省级、国家级目标按录入的省、国家认定结果计数（本市推荐数列于其旁）；活动、标准、人才等名单无法统计的目标按录入值计数。每个目标列出 2017—2019 年各年及本年度，总计和完成率均按 2017—2019 年同期计算。',
    en: 'Counted against the targets of the city plan (武政〔2017〕26号): municipal targets count the city’s approved lists; provincial and national targets count the recognitions recorded from the province and the ministry (the city’s recommendations beside them); events, standards and talents count recorded values. Each target shows 2017, 2018, 2019 and the current year; the total and the share are both of 2017–2019.',
  },
  tabTargets: { zh: '目标完成情况', en: 'Targets' },
  tabUpward: { zh: '向省和国家推荐及认定结果', en: 'Recommendations and outcomes' },
  exportExcel: { zh: '导出 Excel', en: 'Export Excel' },
  exportHint: { zh: '导出目标完成情况、按推荐单位和领域的分布及指标值（操作将记入审计日志）', en: 'Exports the targets, the breakdowns by 推荐单位 and field and the indicator values (audited)' },
  exported: { zh: '已开始下载', en: 'Download started' },

  targetsTitle: { zh: '各类目标完成情况', en: 'Targets by programme and level' },
  targetsHint: {
    zh: '“总计”为 2017—2019 年之和，“完成率”为同一总计占目标的比例（年度目标按 3 年目标之和计）；本年度单列，不计入总计。省、国家认定按认定文件的成文日期计入年度。',
    en: '“Total” sums 2017–2019 and the share is of that same total (three times the yearly number for yearly targets); the current year is shown apart, outside the total. Recognitions count in the year of their document.',
  },
  otherTargetsTitle: { zh: '方案其他目标（录入）', en: 'Other targets of the plan (recorded)' },
  target: { zh: '目标', en: 'Target' },
  total: { zh: '总计（2017—2019）', en: 'Total (2017–2019)' },
  percent: { zh: '完成率（同期）', en: 'Share (same years)' },
  met: { zh: '达标', en: 'Met' },
  notMet: { zh: '未达标', en: 'Not met' },
  unjudged: { zh: '无法判断', en: 'Not judged' },
  currentYear: { zh: '本年度', en: 'This year' },
  recommended: { zh: '推荐', en: 'recommended' },
  pending: { zh: '待定推荐', en: 'Pending' },
  notRecordedShort: { zh: '未录入', en: 'not recorded' },
  wording: { zh: '方案原文', en: 'The plan says' },
  programme: { zh: '项目类别', en: 'Programme' },
  label: { zh: '目标内容', en: 'What is counted' },
  level: { zh: '级别', en: 'Level' },
  counting: { zh: '统计口径', en: 'Counted as' },
  targetValue: { zh: '目标值', en: 'Target' },
  tableTitle: { zh: '数据表', en: 'Data table' },
  otherProgramme: { zh: '其他规划目标', en: 'Other plan targets' },

  byFieldTitle: { zh: '市级认定按细分领域', en: 'Municipal approvals by sub-field' },
  byUnitTitle: { zh: '按推荐单位', en: 'By 推荐单位' },
  keyField: { zh: '重点领域', en: 'Key field' },
  subField: { zh: '细分领域', en: 'Sub-field' },
  unit: { zh: '推荐单位', en: '推荐单位' },
  approvedCount: { zh: '市级认定', en: 'Municipal approvals' },
  recommendedCount: { zh: '向省/国家推荐', en: 'Recommended upward' },
  recognisedCount: { zh: '省/国家认定', en: 'Recognised upward' },
  count: { zh: '认定项目数', en: 'Approved projects' },
  share: { zh: '占比', en: 'Share' },
  none: { zh: '暂无数据', en: 'No data' },
  sum: { zh: '合计', en: 'Total' },

  indicatorsTitle: { zh: '附件1 主要指标及方案其他指标', en: 'Annex 1 indicators and the plan’s other indicators' },
  indicatorsHint: {
    zh: '附件1《2017—2019年创建工作主要指标》及方案第三部分的覆盖率目标。录入各年度统计值后自动判断是否达到目标值；降幅类指标须先录入 2015 年基数。',
    en: 'Annex 1, the main indicators for 2017–2019, and the coverage targets of the plan’s section 三. Record each year’s value and whether it meets the target is judged; for reduction targets record the 2015 baseline first.',
  },
  category: { zh: '类别', en: 'Category' },
  planCategory: { zh: '方案目标', en: 'Plan target' },
  indicator: { zh: '指标', en: 'Indicator' },
  unitOfMeasure: { zh: '单位', en: 'Unit' },
  source: { zh: '出处', en: 'Source' },
  values: { zh: '录入值', en: 'Recorded values' },
  notRecorded: { zh: '尚未录入', en: 'Not recorded' },
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

  upwardHint: {
    zh: '省级、国家级批次的名单是本市向省或国家的推荐，不是认定。省经济和信息化主管部门或工业和信息化部发文后，请在此逐项录入结果（认定或未获认定）、发文机关、文号和成文日期；目标按认定结果计数。',
    en: 'The lists of provincial and national calls are the city’s recommendations, not awards. When the province or the ministry issues its decision, record each project’s outcome (recognised or not), the issuing body, the 文号 and the date; the targets count recognitions.',
  },
  filterLevel: { zh: '级别', en: 'Level' },
  filterCategory: { zh: '项目类别', en: 'Programme' },
  filterYear: { zh: '推荐年度', en: 'Year recommended' },
  filterUnit: { zh: '推荐单位', en: '推荐单位' },
  filterStatus: { zh: '结果', en: 'Outcome' },
  filterQuery: { zh: '企业或项目名称', en: 'Enterprise or project' },
  search: { zh: '查询', en: 'Search' },
  reset: { zh: '重置', en: 'Reset' },
  exportUpward: { zh: '导出 Excel', en: 'Export Excel' },
  exportUpwardHint: { zh: '按当前筛选条件导出推荐项目及认定结果（操作将记入审计日志）', en: 'Exports the recommendations and outcomes as filtered (audited)' },
  enterprise: { zh: '企业名称', en: 'Enterprise' },
  project: { zh: '项目名称', en: 'Project' },
  recommendedOn: { zh: '本市推荐', en: 'Recommended' },
  outcome: { zh: '结果', en: 'Outcome' },
  issuingBody: { zh: '发文机关', en: 'Issuing body' },
  documentNo: { zh: '文号', en: 'Document no. (文号)' },
  decidedOn: { zh: '成文日期', en: 'Date of the document' },
  recordOutcome: { zh: '录入结果', en: 'Record outcome' },
  editOutcome: { zh: '修改', en: 'Edit' },
  outcomeTitle: { zh: '录入省、国家认定结果', en: 'Record the province’s or ministry’s outcome' },
  documentNoPlaceholder: { zh: '如 鄂经信智能〔2019〕12号', en: 'e.g. 鄂经信智能〔2019〕12号' },
  documentNoHint: { zh: '认定须填写文号；方括号、圆括号将自动改为〔〕', en: 'Required for a recognition; [] and () become 〔〕' },
  outcomeSaved: { zh: '结果已保存', en: 'Outcome saved' },
} as const satisfies Record<string, LocalizedText>;

export const COUNTING_LABELS: Record<TargetProgress['counts'], LocalizedText> = {
  municipal_approvals: { zh: '按市级认定数', en: 'Municipal approvals' },
  recommendations: { zh: '按本市推荐数', en: 'The city’s recommendations' },
  recognitions: { zh: '按省、国家认定数', en: 'Provincial or national recognitions' },
  recorded: { zh: '按录入值', en: 'Recorded values' },
};

export function targetRangeText(target: Pick<TargetProgress, 'min' | 'max' | 'period'>): LocalizedText {
  const range = target.max === null ? `${target.min}+` : target.min === target.max ? `${target.min}` : `${target.min}–${target.max}`;
  const rangeZh = target.max === null ? `${target.min} 以上` : target.min === target.max ? `${target.min}` : `${target.min}—${target.max}`;
  return target.period === 'per_year' ? { zh: `每年 ${rangeZh}`, en: `${range} a year` } : { zh: `3 年 ${rangeZh}`, en: `${range} over 3 years` };
}

export function correctsText(value: number, unit: string): LocalizedText {
  return { zh: `该年度已录入 ${value}${unit}，保存将更正该值`, en: `${value} ${unit} is recorded for this year; saving corrects it` };
}
