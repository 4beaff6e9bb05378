import type { ProgrammeCategoryCode } from '../catalogue/programme-categories';
import type { LocalizedText } from '../i18n/localized-text';
import type { Comparison } from './call-requirement';
import { defaultCallSettings } from './call-settings';

/**
 * Where each default of a call's settings comes from, as data: the document, its article or section, a public URL
 * and the kind of source. Officers see it next to each threshold in the call form; docs/domain-rules.md is generated
 * from it (`tools/domain-rules-doc.mjs`); a test fails when a default has no entry. The research behind each entry is
 * in the shared reference notes (domain-rules.md of the project brief).
 *
 * Kinds:
 * - `policy`: a regulation, 办法/细则 or standard in force (national, Hubei or Wuhan) states the number;
 * - `local_notice`: one Wuhan call notice or 公示 (a district's or a past year's) used it;
 * - `other_province`: another province's or city's document states it; borrowed for Wuhan;
 * - `assumption`: no source was found; the portal's own choice, to be set per call by the bureau.
 */
export const THRESHOLD_SOURCE_KINDS = ['policy', 'local_notice', 'other_province', 'assumption'] as const;
export type ThresholdSourceKind = (typeof THRESHOLD_SOURCE_KINDS)[number];

export interface ThresholdSource {
  kind: ThresholdSourceKind;
  /** The document by its Chinese title (and 文号); for an assumption, `null`. */
  document: string | null;
  /** Article, section or item of the document (第四条, 要素条件); `null` when none can be cited. */
  article: string | null;
  /** A public copy of the document, or `null`. */
  url: string | null;
  /** How the default follows from the source, or what an assumption rests on (English). */
  note: string;
}

export const THRESHOLD_SOURCE_KIND_LABELS: Readonly<Record<ThresholdSourceKind, LocalizedText>> = {
  policy: { zh: '政策依据', en: 'Policy' },
  local_notice: { zh: '本地申报通知', en: 'Local call notice' },
  other_province: { zh: '外省市参照', en: 'Other province (borrowed)' },
  assumption: { zh: '假设值，无政策依据', en: 'Assumption, no policy source' },
};

const XIZE = '武汉市工业智能化改造示范类项目奖励资金实施细则';
const XIZE_URL = 'https://www.qyv.cn/neirong/1566';
const JIGAI_BANFA = '武汉市技改专项补助资金管理办法';
const JIGAI_BANFA_URL = 'http://www.tjpveo.com/display.asp?id=22031';
const WUZHENGGUI_2021_14 = '武政规〔2021〕14号（有效期2021-10-10至2026-09-09）';
const WUZHENGGUI_2021_14_URL = 'https://law.esnai.com/print/202984';
const EAST_LAKE_2021 = '东湖高新区2021年智能制造项目申报通知（转载）';
const EAST_LAKE_2021_URL = 'http://wotao.org.cn/display.asp?id=22560';
const BENCHMARK_2025 = '2025年武汉市标杆智能工厂申报通知（转载）';
const BENCHMARK_2025_URL = 'http://whht.org.cn/news_55/9045.html';
const CENTRE_NATIONAL = '工信厅科〔2017〕64号（省级制造业创新中心升级为国家制造业创新中心条件）';
const CENTRE_NATIONAL_URL = 'http://lanling.gov.cn/info/11046/65509.htm';
const PLAN = '武汉市建设“中国制造2025”试点示范城市实施方案（武政〔2017〕26号）';

function assumption(note: string, document: string | null = null, url: string | null = null): ThresholdSource {
  return { kind: 'assumption', document, article: null, url, note };
}

/** The source of each setting's default, by path below the call settings (`eligibility.gate.accidentLookbackYears`). */
export const THRESHOLD_SOURCES: Readonly<Record<string, ThresholdSource>> = {
  // Entity gate (every category)
  'eligibility.gate.requireIndustrialEnterprise': { kind: 'policy', document: XIZE, article: null, url: XIZE_URL, note: 'Applicants are 工业企业 (GB/T 4754 门类 B/C/D).' },
  'eligibility.gate.aboveDesignatedSize': {
    kind: 'policy',
    document: XIZE,
    article: null,
    url: XIZE_URL,
    note: 'The 细则 asks for 工业企业 only; 规上 is required by 标杆智能工厂 notices (whht 9045), so a call may switch it on.',
  },
  'eligibility.gate.aboveDesignatedSizeMinRevenueWanYuan': {
    kind: 'policy',
    document: '国家统计局 规模以上工业统计范围（年主营业务收入2000万元及以上的工业企业）',
    article: null,
    url: null,
    note: '2000 万元 and above (inclusive) since 2011.',
  },
  'eligibility.gate.accidentLookbackYears': { kind: 'policy', document: XIZE, article: null, url: XIZE_URL, note: 'Wuhan: 2 years; Hubei 鄂经信规划函〔2025〕12号 and East Lake 2021 use 3.' },
  'eligibility.gate.allowNonIndependentException': { kind: 'policy', document: XIZE, article: '第三条', url: XIZE_URL, note: 'A branch paying tax in Wuhan with large output may apply.' },
  'eligibility.gate.nonIndependentOutputAboveWanYuan': { kind: 'policy', document: XIZE, article: '第三条', url: XIZE_URL, note: 'Output last year above (超过, exclusive) 100 亿元.' },
  'eligibility.gate.maxApplicationsPerEnterprise': { kind: 'local_notice', document: EAST_LAKE_2021, article: null, url: EAST_LAKE_2021_URL, note: 'One project per legal entity per round.' },
  // Completion (pilots and technical transformation)
  'eligibility.completion.requireInProduction': { kind: 'policy', document: XIZE, article: '第四条', url: XIZE_URL, note: 'Finished, in production and showing results when filed.' },
  'eligibility.completion.requireCompletedInCallYear': { kind: 'policy', document: XIZE, article: '第四条', url: XIZE_URL, note: 'Pilots count investment over 2 years; completion in the call year is not asked.' },
  // Smart manufacturing and technical transformation
  'eligibility.requireInvestmentStatistics': { kind: 'policy', document: XIZE, article: null, url: XIZE_URL, note: 'The project is in the 技改投资统计 database (入统), construction type 技改.' },
  'eligibility.investmentFloorsWanYuan.demonstration': { kind: 'policy', document: XIZE, article: '第四条', url: XIZE_URL, note: '市级示范项目/示范智能工厂：equipment + R&D ≥ 1000 万元 over 2 years.' },
  'eligibility.investmentFloorsWanYuan.benchmark': { kind: 'policy', document: XIZE, article: '第四条', url: XIZE_URL, note: '标杆智能工厂： ≥ 5000 万元.' },
  'eligibility.investmentFloorsWanYuan.lighthouse': { kind: 'policy', document: XIZE, article: '第四条', url: XIZE_URL, note: '全球灯塔工厂： ≥ 1 亿元.' },
  'eligibility.investmentWindowYears': { kind: 'policy', document: XIZE, article: '第四条', url: XIZE_URL, note: 'Investment of the last 2 years counts (近2年).' },
  'eligibility.earliestProjectStart': {
    kind: 'local_notice',
    document: BENCHMARK_2025,
    article: null,
    url: BENCHMARK_2025_URL,
    note: 'Unset by default (the 2-year window applies); the 2025 标杆 call set 2023-10-01.',
  },
  'eligibility.minCncRatePercent': { kind: 'local_notice', document: EAST_LAKE_2021, article: '要素条件', url: EAST_LAKE_2021_URL, note: 'The notice’s 要素条件 ask for 数控化率 70% 以上; 以上 includes the number, so 70 % meets it.' },
  'eligibility.requireErpMesIntegration': { kind: 'local_notice', document: EAST_LAKE_2021, article: '要素条件', url: EAST_LAKE_2021_URL, note: 'ERP and MES with data exchange between them.' },
  'eligibility.minEquipmentInvestmentWanYuan': { kind: 'policy', document: WUZHENGGUI_2021_14, article: null, url: WUZHENGGUI_2021_14_URL, note: 'Equipment investment 2000 万元 and above. Reused for the plan’s 50-a-year programme (its 2017–2019 numbers were not found); the document expired on 2026-09-09: check its successor before a new call.' },
  'eligibility.maxConstructionYears': { kind: 'policy', document: WUZHENGGUI_2021_14, article: null, url: WUZHENGGUI_2021_14_URL, note: 'Construction period of at most (不超过) 2 years. Expired 2026-09-09, as above.' },
  'eligibility.minEquipmentSharePercent': assumption('No Wuhan source; 25 % is the ratio of Fujian 2022 (500 of 2000 万元).'),
  'eligibility.rdCapShareOfEquipmentPercent': { kind: 'policy', document: JIGAI_BANFA, article: null, url: JIGAI_BANFA_URL, note: 'R&D counted up to 20 % of equipment investment.' },
  // Innovation centres
  'eligibility.requireCompanyForm': { kind: 'policy', document: CENTRE_NATIONAL, article: null, url: CENTRE_NATIONAL_URL, note: 'An independent enterprise legal person, "公司+联盟"; Hubei 制造强省办〔2021〕5号 likewise.' },
  'eligibility.minShareholders': assumption('Wuhan and Hubei numbers not found; Shandong 鲁工信技〔2023〕150号 asks for ≥ 5 investors.'),
  'eligibility.maxSingleShareholderPercent': assumption('Wuhan and Hubei numbers not found; diversified ownership is asked without a number.'),
  'eligibility.minAllianceMembers': assumption('"公司+联盟" is required (工信厅科〔2017〕64号) but no document found gives a member count.'),
  'eligibility.minRdStaff': assumption('Wuhan and Hubei numbers not found.'),
  'eligibility.minRdStaffSharePercent': assumption('Wuhan and Hubei numbers not found; Xiamen 2024 uses 50 % of employees.'),
  'eligibility.minRdSpendSharePercent': {
    kind: 'other_province',
    document: '厦门市2024年市级制造业创新中心条件（转载）',
    article: null,
    url: 'http://hgzix.hfyq.org.cn/show-102089.html',
    note: 'Xiamen: annual R&D spend ≥ 30 % of total cost; no Wuhan or Hubei number found.',
  },
  // 两化融合
  'eligibility.selfAssessmentMaxAgeMonths': assumption('No source gives an age limit for the self-assessment.'),
  'eligibility.minSystemRunningMonths': assumption('Only commercial practice guides mention 3 months of operation before 评定 (xiang-ying 3993).'),
  // Review
  'review.panelSize': {
    kind: 'policy',
    document: '中华人民共和国招标投标法；财政部令第87号',
    article: '第三十七条；第四十七条',
    url: 'http://caigou2003.com/s/2019wlcgrdb',
    note: 'Odd and at least 5 (applied to project review by analogy); 7 for large or complex projects.',
  },
  'review.outlierThresholdPoints': assumption('The portal’s own check (issue #3): a total further than this from the trimmed mean needs a reason.'),
  'review.passLine': assumption('Common 100-point practice; no source found.'),
  'review.coApplicationLookbackYears': { kind: 'policy', document: '中华人民共和国政府采购法实施条例', article: '第九条', url: null, note: 'Ties within the last 3 years require recusal.' },
  'review.blindReview': assumption('Off by default; a call may choose blind review (issue #7).'),
  'review.unitRecommendationQuota': assumption('Set per call by the bureau; 0 means no limit.'),
  'review.formalChecklist': assumption('The items of the city’s 形式审查 as the bureau usually checks them.'),
  // Workflow
  'workflow.revisionWorkingDays': assumption('No source found for the time allowed to revise.'),
  'workflow.publicNoticeWorkingDays': {
    kind: 'local_notice',
    document: '黄陂区2021年公示（转载）',
    article: null,
    url: 'http://www.whht.org.cn/news/info/id/494.html',
    note: '5 working days (黄陂区 2023 used 7).',
  },
  // The quota
  quota: assumption('Derived from the plan’s targets, not stated per call: 80 pilots in 3 years, 50 技改 a year, 10 centres in 3 years, 100 两化 a year.', PLAN),
};

/** Entries that differ for one category because its default does. */
export const CATEGORY_THRESHOLD_SOURCES: Readonly<Partial<Record<ProgrammeCategoryCode, Readonly<Record<string, ThresholdSource>>>>> = {
  TECH_TRANSFORMATION: {
    'eligibility.requireInvestmentStatistics': { kind: 'policy', document: JIGAI_BANFA, article: null, url: JIGAI_BANFA_URL, note: 'The project is in the 技改投资统计 database (入统).' },
    'eligibility.completion.requireInProduction': { kind: 'policy', document: JIGAI_BANFA, article: null, url: JIGAI_BANFA_URL, note: 'Completed and in production when filed.' },
    'eligibility.completion.requireCompletedInCallYear': { kind: 'policy', document: JIGAI_BANFA, article: null, url: JIGAI_BANFA_URL, note: '主体完工 in the application year.' },
  },
  INNOVATION_CENTRE: {
    'eligibility.gate.requireIndustrialEnterprise': {
      kind: 'policy',
      document: CENTRE_NATIONAL,
      article: null,
      url: CENTRE_NATIONAL_URL,
      note: 'A centre’s operating company need not be an industrial enterprise: the conditions ask for a company running "公司+联盟".',
    },
  },
  IT_INTEGRATION: {
    'eligibility.gate.requireIndustrialEnterprise': assumption('The 两化融合 category’s portal eligibility (industrial enterprise, independent legal person) has no source.'),
    'eligibility.gate.aboveDesignatedSize': assumption('规上 preferred (a warning, not a refusal) for the self-assessment category: no source found.'),
  },
};

/** The source of a setting's default in a category's calls (path below the settings, e.g. `eligibility.minCncRatePercent`). */
export function thresholdSource(category: ProgrammeCategoryCode, path: string): ThresholdSource | undefined {
  return CATEGORY_THRESHOLD_SOURCES[category]?.[path] ?? THRESHOLD_SOURCES[path];
}

/** The parts of a call's settings that are the call's own facts, with no default to source: the dates and the year. */
const NOT_THRESHOLDS = ['category', 'callYear', 'schedule'];

function leafPaths(value: unknown, prefix: string): string[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    // An empty record (e.g. per-unit quota overrides, none by default) has no default of its own to source.
    return entries.flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

/** The order settings are listed in: eligibility first, then review, workflow and the quota. */
const ROOT_ORDER = ['eligibility', 'review', 'workflow', 'quota'];

/** Every setting with a default in a category's calls, as paths below the settings (eligibility, review, workflow, quota). */
export function thresholdSettingPaths(category: ProgrammeCategoryCode): string[] {
  const defaults = defaultCallSettings(category, { opensOn: '2026-01-01', applicationDeadline: '2026-01-31' }) as unknown as Record<string, unknown>;
  const rank = (key: string) => (ROOT_ORDER.includes(key) ? ROOT_ORDER.indexOf(key) : ROOT_ORDER.length);
  return Object.entries(defaults)
    .filter(([key]) => !NOT_THRESHOLDS.includes(key))
    .sort(([a], [b]) => rank(a) - rank(b))
    .flatMap(([key, value]) => leafPaths(value, key));
}

/** A source as one line of Chinese or English: its kind, the document and article; or the assumption label. */
export function thresholdSourceText(source: ThresholdSource): LocalizedText {
  if (source.kind === 'assumption' || source.document === null) return THRESHOLD_SOURCE_KIND_LABELS.assumption;
  const cited = source.article ? `${source.document} ${source.article}` : source.document;
  const label = THRESHOLD_SOURCE_KIND_LABELS[source.kind];
  return { zh: `${label.zh}：${cited}`, en: `${label.en}: ${cited}` };
}

/**
 * How each numeric threshold compares, by path (the wording it stands for): `at_least` 以上/不低于/不少于 and `at_most`
 * 以下/不超过/以内 include the number; `more_than` 超过/高于 and `less_than` 低于 exclude it. Names follow it: `min…` and
 * `…Floors…` are `at_least`, `max…` and `…Cap…` are `at_most`, `…Above…` is `more_than` (a test checks the names).
 */
export const SETTING_COMPARISONS: Readonly<Record<string, Comparison>> = {
  'eligibility.gate.aboveDesignatedSizeMinRevenueWanYuan': 'at_least',
  'eligibility.gate.accidentLookbackYears': 'at_most',
  'eligibility.gate.nonIndependentOutputAboveWanYuan': 'more_than',
  'eligibility.gate.maxApplicationsPerEnterprise': 'at_most',
  'eligibility.investmentFloorsWanYuan.demonstration': 'at_least',
  'eligibility.investmentFloorsWanYuan.benchmark': 'at_least',
  'eligibility.investmentFloorsWanYuan.lighthouse': 'at_least',
  'eligibility.investmentWindowYears': 'at_most',
  'eligibility.minCncRatePercent': 'at_least',
  'eligibility.minEquipmentInvestmentWanYuan': 'at_least',
  'eligibility.maxConstructionYears': 'at_most',
  'eligibility.minEquipmentSharePercent': 'at_least',
  'eligibility.rdCapShareOfEquipmentPercent': 'at_most',
  'eligibility.minShareholders': 'at_least',
  'eligibility.maxSingleShareholderPercent': 'at_most',
  'eligibility.minAllianceMembers': 'at_least',
  'eligibility.minRdStaff': 'at_least',
  'eligibility.minRdStaffSharePercent': 'at_least',
  'eligibility.minRdSpendSharePercent': 'at_least',
  'eligibility.selfAssessmentMaxAgeMonths': 'at_most',
  'eligibility.minSystemRunningMonths': 'at_least',
  'review.outlierThresholdPoints': 'more_than',
  'review.passLine': 'at_least',
  'review.coApplicationLookbackYears': 'at_most',
  'review.unitRecommendationQuota': 'at_most',
  quota: 'at_most',
};
