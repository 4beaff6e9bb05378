import { type LocalizedText, PILOT_TIER_LABELS } from '@shifan/domain';
import type { SettingSection } from './settings-fields';

/**
 * Bilingual labels of the call settings, by property name. The inputs themselves, their bounds and their help texts
 * come from the schemas (see settings-fields.ts); a property without a label here shows its name.
 */
export const SETTING_LABELS: Readonly<Record<string, LocalizedText>> = {
  // Entity gate
  requireIndustrialEnterprise: { zh: '申报主体须为工业企业', en: 'Applicant must be an industrial enterprise' },
  aboveDesignatedSize: { zh: '规模以上工业企业要求', en: 'Above designated size (规上)' },
  aboveDesignatedSizeMinRevenueWanYuan: { zh: '规上营业收入标准', en: '规上 revenue threshold' },
  accidentLookbackYears: { zh: '重大事故追溯年限', en: 'Accident look-back' },
  allowNonIndependentException: { zh: '允许非独立法人分支机构申报', en: 'Allow branches that are not legal persons' },
  nonIndependentOutputAboveWanYuan: { zh: '分支机构上年产值须超过（不含本数）', en: 'Branch output last year above (exclusive)' },
  maxApplicationsPerEnterprise: { zh: '每家企业限报项目数', en: 'Applications per enterprise' },
  // Completion
  requireInProduction: { zh: '项目须已建成投产', en: 'Project finished and in production' },
  requireCompletedInCallYear: { zh: '项目须在申报年度内完工', en: 'Completed in the call year' },
  // Smart manufacturing and technical transformation
  requireInvestmentStatistics: { zh: '项目须纳入技改投资统计（入统）', en: 'Recorded in the investment statistics (入统)' },
  investmentFloorsWanYuan: { zh: '设备与研发投入下限（按申报类别）', en: 'Equipment + R&D floor per tier' },
  demonstration: PILOT_TIER_LABELS.demonstration,
  benchmark: PILOT_TIER_LABELS.benchmark,
  lighthouse: PILOT_TIER_LABELS.lighthouse,
  investmentWindowYears: { zh: '项目开工时间窗口', en: 'Project start window' },
  earliestProjectStart: { zh: '最早开工日期（覆盖时间窗口）', en: 'Earliest project start (overrides the window)' },
  minCncRatePercent: { zh: '数控化率下限（含本数）', en: 'Minimum CNC rate (inclusive)' },
  requireErpMesIntegration: { zh: '须实现 ERP 与 MES 集成', en: 'ERP and MES integrated' },
  minEquipmentInvestmentWanYuan: { zh: '设备投资下限', en: 'Minimum equipment investment' },
  maxConstructionYears: { zh: '建设周期上限', en: 'Maximum construction period' },
  minEquipmentSharePercent: { zh: '设备投资占总投资比例下限', en: 'Minimum equipment share of investment' },
  rdCapShareOfEquipmentPercent: { zh: '研发投入计入上限（占设备投资）', en: 'R&D counted up to (share of equipment)' },
  // Innovation centres
  requireCompanyForm: { zh: '运营主体须为独立公司法人', en: 'Operated by an independent company' },
  minShareholders: { zh: '股东数下限', en: 'Minimum shareholders' },
  maxSingleShareholderPercent: { zh: '单一股东持股比例上限', en: 'Largest single shareholding' },
  minAllianceMembers: { zh: '联盟成员单位数下限（公司+联盟）', en: 'Minimum alliance members (company + alliance)' },
  minRdStaff: { zh: '研发人员数下限', en: 'Minimum R&D staff' },
  minRdStaffSharePercent: { zh: '研发人员占职工总数比例下限', en: 'Minimum R&D staff share' },
  minRdSpendSharePercent: { zh: '研发投入占总成本比例下限', en: 'Minimum R&D share of total costs' },
  // IT integration
  selfAssessmentMaxAgeMonths: { zh: '自评估报告有效期', en: 'Self-assessment at most this old' },
  minSystemRunningMonths: { zh: '管理体系运行时间下限', en: 'System running at least' },
  // Review
  panelSize: { zh: '每组评审专家人数', en: 'Experts per panel' },
  outlierThresholdPoints: { zh: '评分偏离阈值', en: 'Outlier threshold' },
  passLine: { zh: '入围分数线', en: 'Pass line' },
  coApplicationLookbackYears: { zh: '共同申报回避年限', en: 'Co-application recusal look-back' },
  blindReview: { zh: '匿名评审（专家不可见企业身份）', en: 'Blind review (experts do not see the enterprise)' },
  unitRecommendationQuota: { zh: '各推荐单位推荐数量上限（0为不限）', en: 'Recommendations per recommending unit (0 = no limit)' },
  // Workflow
  revisionWorkingDays: { zh: '退回补正期限', en: 'Time to revise after a return' },
  publicNoticeWorkingDays: { zh: '公示期', en: 'Public notice period' },
  // Basics
  callYear: { zh: '年度', en: 'Year' },
  quota: { zh: '名额', en: 'Quota' },
  opensOn: { zh: '开始受理日期', en: 'Opening day' },
  applicationDeadline: { zh: '截止日期', en: 'Last day' },
};

export const SETTING_OPTION_LABELS: Readonly<Record<string, LocalizedText>> = {
  required: { zh: '必须为规上企业', en: 'Required' },
  preferred: { zh: '优先（仅提示，不否决）', en: 'Preferred (a warning only)' },
  not_required: { zh: '不要求', en: 'Not required' },
};

export const SECTION_TITLES: Readonly<Record<SettingSection['id'], LocalizedText>> = {
  gate: { zh: '申报主体条件', en: 'Who may apply' },
  completion: { zh: '项目完工要求', en: 'Project completion' },
  programme: { zh: '本类别专项条件', en: 'Programme thresholds' },
  review: { zh: '评审设置', en: 'Review settings' },
  workflow: { zh: '流程时限', en: 'Workflow deadlines' },
};

export const SECTION_INTROS: Readonly<Partial<Record<SettingSection['id'], LocalizedText>>> = {
  gate: { zh: '各类别通用的申报主体门槛。', en: 'The entity gate common to every programme.' },
  programme: { zh: '已按本类别的默认值预填，可按本批次通知调整。', en: 'Prefilled with the programme’s defaults; adjust them to this call’s notice.' },
  review: { zh: '专家评审的组成和计分规则。', en: 'How panels are made up and scores counted.' },
  workflow: { zh: '按工作日计算：周一至周五，除去法定节假日，计入调休上班日。', en: 'In working days: Monday to Friday less public holidays, plus weekend days worked in lieu.' },
};

const UNITS: readonly [RegExp, LocalizedText][] = [
  [/WanYuan$/, { zh: '万元', en: '10k yuan' }],
  [/Percent$/, { zh: '%', en: '%' }],
  [/WorkingDays$/, { zh: '个工作日', en: 'working days' }],
  [/Years$/, { zh: '年', en: 'years' }],
  [/Months$/, { zh: '个月', en: 'months' }],
  [/Points$/, { zh: '分', en: 'points' }],
  [/^passLine$/, { zh: '分', en: 'points' }],
  [/^(minRdStaff|panelSize)$/, { zh: '人', en: 'persons' }],
  [/^minShareholders$/, { zh: '个', en: '' }],
  [/^minAllianceMembers$/, { zh: '家', en: '' }],
  [/^maxApplicationsPerEnterprise$/, { zh: '项', en: '' }],
  [/^quota$/, { zh: '项', en: '' }],
];

/** The unit of a setting from its name (`…WanYuan` → 万元, `…Percent` → %), or none. */
export function unitOf(key: string, parentKey?: string): LocalizedText | undefined {
  for (const [pattern, unit] of UNITS) if (pattern.test(key) || (parentKey !== undefined && pattern.test(parentKey))) return unit;
  return undefined;
}

export function settingLabel(key: string): LocalizedText {
  return SETTING_LABELS[key] ?? { zh: key, en: key };
}
