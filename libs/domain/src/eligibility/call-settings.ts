import { z } from 'zod';
import { RECOMMENDING_UNIT_CODES } from '../catalogue/recommending-units';
import type { ProgrammeCategoryCode } from '../catalogue/programme-categories';
import { bilingual } from '../forms/form-meta';
import { type IsoDate, compareIsoDates, yearOf } from '../shared/iso-date';
import { DEFAULT_FORMAL_CHECKLIST, FormalChecklistItemSchema } from '../review/formal-checklist';

/**
 * Everything a call (批次) decides: its dates, each eligibility threshold, the review settings and the quota. Every
 * default has its source as data in threshold-sources.ts (docs/domain-rules.md is generated from it). Names say how a
 * threshold compares: `min…` is inclusive (以上/不低于), `max…` inclusive (以下/不超过), `…Above…` exclusive (超过).
 */

const isoDate = z.iso.date({ error: bilingual('应为有效日期（YYYY-MM-DD）', 'Must be a valid date (YYYY-MM-DD)') });
const nonNegative = z.number().min(0);
const percent = z.number().min(0).max(100);
const positiveInt = z.number().int().min(1);

export const CallScheduleSchema = z
  .object({
    opensOn: isoDate.describe('First day applications are accepted'),
    applicationDeadline: isoDate.describe('Last day (inclusive, Beijing time) to submit; eligibility windows count back from it'),
  })
  .refine((schedule) => compareIsoDates(schedule.opensOn, schedule.applicationDeadline) <= 0, {
    error: bilingual('截止日期不能早于开始日期', 'The deadline cannot be before the opening day'),
    path: ['applicationDeadline'],
  });

export type CallSchedule = z.infer<typeof CallScheduleSchema>;

export const ABOVE_DESIGNATED_SIZE_MODES = ['required', 'preferred', 'not_required'] as const;

/** The common entity gate (domain-rules.md §1.1). */
export const EntityGateSettingsSchema = z.object({
  requireIndustrialEnterprise: z.boolean().describe('Applicant must be an industrial enterprise (GB/T 4754 门类 B/C/D). Default true except innovation centres [SRC 细则]'),
  aboveDesignatedSize: z.enum(ABOVE_DESIGNATED_SIZE_MODES).describe('规上: required (标杆 notices), preferred (a warning) or not required. [SRC whht 9045]'),
  aboveDesignatedSizeMinRevenueWanYuan: nonNegative.describe('规上: main business revenue at least this (2000 万元及以上, inclusive), default 2000 万元 [SRC NBS]'),
  accidentLookbackYears: z.number().int().min(1).max(10).describe('No major safety/environment/quality accident within this many years, default 2 (Wuhan; Hubei uses 3) [SRC]'),
  allowNonIndependentException: z.boolean().describe('A branch that pays tax in Wuhan with output above the threshold may apply, default true [SRC 细则 第三条]'),
  nonIndependentOutputAboveWanYuan: nonNegative.describe('Output last year the branch must exceed (超过, exclusive: exactly this does not qualify), default 1 000 000 万元 (100 亿元) [SRC 细则 第三条]'),
  maxApplicationsPerEnterprise: positiveInt.describe('Applications per enterprise in one call, at most this (inclusive), default 1 [SRC East Lake 2021]'),
});

export type EntityGateSettings = z.infer<typeof EntityGateSettingsSchema>;

export const CompletionSettingsSchema = z.object({
  requireInProduction: z.boolean().describe('Project finished and in production when filed, default true [SRC 细则 第四条]'),
  requireCompletedInCallYear: z.boolean().describe('Completed in the call year (主体完工), default true for technical transformation [SRC tjpveo 22031]'),
});

export const SmartMfgEligibilitySettingsSchema = z.object({
  gate: EntityGateSettingsSchema,
  completion: CompletionSettingsSchema,
  requireInvestmentStatistics: z.boolean().describe('Project recorded in the 技改投资统计 database (入统), default true [SRC 细则]'),
  investmentFloorsWanYuan: z
    .object({ demonstration: nonNegative, benchmark: nonNegative, lighthouse: nonNegative })
    .describe('Equipment + R&D per tier at least this (以上, inclusive), default 1000 / 5000 / 10000 万元 [SRC 细则 第四条]'),
  investmentWindowYears: z.number().int().min(1).max(10).describe('Project must start within this many years before the deadline, default 2 [SRC 细则, East Lake 2021]'),
  earliestProjectStart: isoDate.nullable().describe('Explicit earliest start date overriding the window (e.g. 2023-10-01 for 标杆 2025), default null'),
  minCncRatePercent: percent.describe('数控化率 at least this (70% 以上, inclusive: 70 % meets it), default 70 [SRC East Lake 2021]'),
  requireErpMesIntegration: z.boolean().describe('ERP and MES with data exchange, default true [SRC East Lake 2021]'),
});

export const TechTransformationEligibilitySettingsSchema = z.object({
  gate: EntityGateSettingsSchema,
  completion: CompletionSettingsSchema,
  requireInvestmentStatistics: z.boolean().describe('入统, default true [SRC]'),
  minEquipmentInvestmentWanYuan: nonNegative.describe('Equipment investment at least this (以上, inclusive), default 2000 万元 [SRC 武政规〔2021〕14号]'),
  maxConstructionYears: z.number().int().min(1).max(10).describe('Construction period at most this (不超过, inclusive), default 2 years [SRC 武政规〔2021〕14号]'),
  minEquipmentSharePercent: percent.describe('Equipment as a share of total investment, at least this (inclusive), default 25 [ASSUMED: Fujian 2022 ratio 500/2000 万元]'),
  rdCapShareOfEquipmentPercent: percent.describe('R&D counted up to this share of equipment investment (inclusive), default 20 [SRC tjpveo 22031]'),
});

export const InnovationCentreEligibilitySettingsSchema = z.object({
  gate: EntityGateSettingsSchema,
  requireCompanyForm: z.boolean().describe('Operating company is an independent company legal person, default true [SRC 工信厅科〔2017〕64号; 制造强省办〔2021〕5号]'),
  minShareholders: positiveInt.describe('At least this many shareholders (inclusive), default 3 [ASSUMED; Shandong requires 5 investors]'),
  maxSingleShareholderPercent: percent.describe('No single holder above this stake (exactly this is allowed), default 50 [ASSUMED]'),
  minAllianceMembers: positiveInt.describe('"公司+联盟": the alliance has at least this many member units (inclusive), default 10 [ASSUMED: no count found]'),
  minRdStaff: z.number().int().min(0).describe('R&D staff at least this many (inclusive) … default 30 [ASSUMED]'),
  minRdStaffSharePercent: percent.describe('… or at least this share of employees (inclusive), default 50 [ASSUMED; Xiamen 2024]'),
  minRdSpendSharePercent: percent.describe('R&D spending as a share of total costs, at least this (inclusive), default 30 [OTHER PROVINCE: Xiamen 2024]'),
});

export const ItIntegrationEligibilitySettingsSchema = z.object({
  gate: EntityGateSettingsSchema,
  selfAssessmentMaxAgeMonths: z.number().int().min(1).max(60).describe('Self-assessment at most this old at the deadline (inclusive), default 12 months [ASSUMED]'),
  minSystemRunningMonths: z.number().int().min(0).max(60).describe('National pilots: system running at least this long (inclusive; warning only), default 3 months [ASSUMED: only commercial practice guides]'),
});

export const ReviewSettingsSchema = z.object({
  panelSize: z
    .number()
    .int()
    .min(5)
    .refine((n) => n % 2 === 1, { error: bilingual('评审专家人数应为奇数', 'The panel size must be odd') })
    .describe('Experts per panel: odd and ≥ 5, default 7 [SRC 招标投标法 第37条; 财政部令第87号 第47条]'),
  outlierThresholdPoints: nonNegative.describe('An expert total further than this from the trimmed mean (exclusive: exactly this is not an outlier) needs a written reason, default 15 [ASSUMED: issue #3]'),
  passLine: percent.describe('Minimum trimmed mean to be shortlisted (inclusive: 60 passes), default 60 [ASSUMED]'),
  coApplicationLookbackYears: z.number().int().min(0).max(10).describe('Experts who co-applied with the applicant within this many years are excluded, default 3 [STATUTE 政府采购法实施条例 第九条]'),
  blindReview: z.boolean().describe('Blind review: experts see neither the enterprise name nor its USCC nor identifying attachments, default false [issue #7]'),
  unitRecommendationQuota: z
    .number()
    .int()
    .min(0)
    .max(1000)
    .describe('Most applications one 推荐单位 (district or functional zone) may recommend to the city in this call, unless overridden for the unit; 0 means no limit, default 0 [ASSUMED: set per call by the bureau]'),
  unitQuotaOverrides: z
    .partialRecord(z.enum(RECOMMENDING_UNIT_CODES as [string, ...string[]]), z.number().int().min(0).max(1000))
    .optional()
    .describe('Per-unit quotas that replace the default for one 推荐单位 (0 = no limit), default none [ASSUMED: the bureau may allot more to 东湖高新区]'),
  formalChecklist: z
    .array(FormalChecklistItemSchema)
    .min(1)
    .describe('Items of the city’s formal completeness check (形式审查), default: attachments, seals, consistent figures, signed commitments [ASSUMED]'),
});

export const WorkflowSettingsSchema = z.object({
  revisionWorkingDays: z.number().int().min(1).max(60).describe('Working days an applicant has to revise after a return, default 5 [ASSUMED]'),
  publicNoticeWorkingDays: z.number().int().min(1).max(30).describe('公示 length in working days, default 5 [SRC 黄陂区 2021; 7 in 2023]'),
});

function callSettingsSchema<C extends ProgrammeCategoryCode, E extends z.ZodType>(category: C, eligibility: E) {
  return z.object({
    category: z.literal(category),
    callYear: z.number().int().min(2017).max(2100),
    schedule: CallScheduleSchema,
    eligibility,
    review: ReviewSettingsSchema,
    workflow: WorkflowSettingsSchema,
    quota: positiveInt.describe('How many applications the call may approve'),
  });
}

export const SmartMfgCallSettingsSchema = callSettingsSchema('SMART_MFG_PILOT', SmartMfgEligibilitySettingsSchema);
export const TechTransformationCallSettingsSchema = callSettingsSchema('TECH_TRANSFORMATION', TechTransformationEligibilitySettingsSchema);
export const InnovationCentreCallSettingsSchema = callSettingsSchema('INNOVATION_CENTRE', InnovationCentreEligibilitySettingsSchema);
export const ItIntegrationCallSettingsSchema = callSettingsSchema('IT_INTEGRATION', ItIntegrationEligibilitySettingsSchema);

export const CallSettingsSchema = z.discriminatedUnion('category', [
  SmartMfgCallSettingsSchema,
  TechTransformationCallSettingsSchema,
  InnovationCentreCallSettingsSchema,
  ItIntegrationCallSettingsSchema,
]);

export type CallSettings = z.infer<typeof CallSettingsSchema>;
export type CallSettingsFor<C extends ProgrammeCategoryCode> = Extract<CallSettings, { category: C }>;
export type SmartMfgCallSettings = CallSettingsFor<'SMART_MFG_PILOT'>;
export type TechTransformationCallSettings = CallSettingsFor<'TECH_TRANSFORMATION'>;
export type InnovationCentreCallSettings = CallSettingsFor<'INNOVATION_CENTRE'>;
export type ItIntegrationCallSettings = CallSettingsFor<'IT_INTEGRATION'>;

export const DEFAULT_GATE: EntityGateSettings = {
  requireIndustrialEnterprise: true,
  aboveDesignatedSize: 'not_required',
  aboveDesignatedSizeMinRevenueWanYuan: 2000,
  accidentLookbackYears: 2,
  allowNonIndependentException: true,
  nonIndependentOutputAboveWanYuan: 1_000_000,
  maxApplicationsPerEnterprise: 1,
};

export const DEFAULT_REVIEW: CallSettings['review'] = {
  panelSize: 7,
  outlierThresholdPoints: 15,
  passLine: 60,
  coApplicationLookbackYears: 3,
  blindReview: false,
  unitRecommendationQuota: 0,
  unitQuotaOverrides: {},
  formalChecklist: [...DEFAULT_FORMAL_CHECKLIST],
};

export const DEFAULT_WORKFLOW: CallSettings['workflow'] = { revisionWorkingDays: 5, publicNoticeWorkingDays: 5 };

/**
 * Default quota per call, from the plan's targets: 80 pilots over 3 years (27 a year), 50 technical-transformation
 * demonstrations a year, 10 municipal centres over 3 years (4 a year), 100 两化融合 self-assessments a year. [ASSUMED]
 */
export const DEFAULT_QUOTAS: Readonly<Record<ProgrammeCategoryCode, number>> = {
  SMART_MFG_PILOT: 27,
  TECH_TRANSFORMATION: 50,
  INNOVATION_CENTRE: 4,
  IT_INTEGRATION: 100,
};

type DefaultBuilders = { [C in ProgrammeCategoryCode]: (common: CommonDefaults) => CallSettingsFor<C> };

interface CommonDefaults {
  callYear: number;
  schedule: CallSchedule;
  review: CallSettings['review'];
  workflow: CallSettings['workflow'];
}

const BUILDERS: DefaultBuilders = {
  SMART_MFG_PILOT: (common) => ({
    ...common,
    category: 'SMART_MFG_PILOT',
    quota: DEFAULT_QUOTAS.SMART_MFG_PILOT,
    eligibility: {
      gate: { ...DEFAULT_GATE },
      completion: { requireInProduction: true, requireCompletedInCallYear: false },
      requireInvestmentStatistics: true,
      investmentFloorsWanYuan: { demonstration: 1000, benchmark: 5000, lighthouse: 10000 },
      investmentWindowYears: 2,
      earliestProjectStart: null,
      minCncRatePercent: 70,
      requireErpMesIntegration: true,
    },
  }),
  TECH_TRANSFORMATION: (common) => ({
    ...common,
    category: 'TECH_TRANSFORMATION',
    quota: DEFAULT_QUOTAS.TECH_TRANSFORMATION,
    eligibility: {
      gate: { ...DEFAULT_GATE },
      completion: { requireInProduction: true, requireCompletedInCallYear: true },
      requireInvestmentStatistics: true,
      minEquipmentInvestmentWanYuan: 2000,
      maxConstructionYears: 2,
      minEquipmentSharePercent: 25,
      rdCapShareOfEquipmentPercent: 20,
    },
  }),
  INNOVATION_CENTRE: (common) => ({
    ...common,
    category: 'INNOVATION_CENTRE',
    quota: DEFAULT_QUOTAS.INNOVATION_CENTRE,
    eligibility: {
      gate: { ...DEFAULT_GATE, requireIndustrialEnterprise: false },
      requireCompanyForm: true,
      minShareholders: 3,
      maxSingleShareholderPercent: 50,
      minAllianceMembers: 10,
      minRdStaff: 30,
      minRdStaffSharePercent: 50,
      minRdSpendSharePercent: 30,
    },
  }),
  IT_INTEGRATION: (common) => ({
    ...common,
    category: 'IT_INTEGRATION',
    quota: DEFAULT_QUOTAS.IT_INTEGRATION,
    eligibility: {
      gate: { ...DEFAULT_GATE, aboveDesignatedSize: 'preferred' },
      selfAssessmentMaxAgeMonths: 12,
      minSystemRunningMonths: 3,
    },
  }),
};

/**
 * The documented defaults of a category's call. Only the dates have no default; the call year is the deadline's year.
 * Example: `defaultCallSettings('TECH_TRANSFORMATION', { opensOn: '2025-09-01', applicationDeadline: '2025-09-30' })`.
 */
export function defaultCallSettings<C extends ProgrammeCategoryCode>(category: C, schedule: CallSchedule): CallSettingsFor<C> {
  const common: CommonDefaults = {
    callYear: yearOf(schedule.applicationDeadline),
    schedule: { ...schedule },
    review: { ...DEFAULT_REVIEW },
    workflow: { ...DEFAULT_WORKFLOW },
  };
  const build: DefaultBuilders[C] = BUILDERS[category];
  return build(common);
}

/** The date eligibility windows count back from: the call's application deadline. */
export function referenceDateOf(settings: { schedule: CallSchedule }): IsoDate {
  return settings.schedule.applicationDeadline;
}
