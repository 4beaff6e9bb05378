import { z } from 'zod';
import { pageSchema } from '../accounts/account-views';
import type { ErrorDetail } from '../errors/error-codes';
import { bilingual } from '../forms/form-meta';
import { type LocalizedText, localizedMessage } from '../i18n/localized-text';
import type { ProgrammeLevel } from '../catalogue/programme-categories';
import { PROGRAMME_CATEGORY_CODES } from '../catalogue/programme-categories';
import { DOCUMENT_NUMBER_PATTERN, normaliseDocumentNumber } from '../publication/publication-wording';
import { compareIsoDates, type IsoDate } from '../shared/iso-date';

/**
 * Upward recommendations and their outcomes. When the city runs a provincial or national call, its approved list is a
 * recommendation (推荐) to the province or the ministry, not an award: the province or the ministry decides. A city
 * officer records that decision against the recommended project — 认定 or 未获认定, with the issuing body, the
 * document's number (文号) and its date — as a record of its own (`upward_outcome`), so the plan's provincial and
 * national targets count recognitions, not the city's own lists.
 */
export const UPWARD_LEVELS = ['provincial', 'national'] as const satisfies readonly ProgrammeLevel[];
export type UpwardLevel = (typeof UPWARD_LEVELS)[number];

export function isUpwardLevel(level: string): level is UpwardLevel {
  return (UPWARD_LEVELS as readonly string[]).includes(level);
}

export const UPWARD_RESULTS = ['recognised', 'not_recognised'] as const;
export type UpwardResult = (typeof UPWARD_RESULTS)[number];

export const UPWARD_RESULT_LABELS: Record<UpwardResult, LocalizedText> = {
  recognised: { zh: '认定', en: 'Recognised' },
  not_recognised: { zh: '未获认定', en: 'Not recognised' },
};

/** A recommended project without a recorded outcome yet. */
export const PENDING_LABEL: LocalizedText = { zh: '待定', en: 'Pending' };

/**
 * The issuing body a recognition usually comes from, to prefill the form (the officer can change it): the ministry
 * (工业和信息化部) for national calls; the province's 经济和信息化委员会 until 2018 and 经济和信息化厅 from 2019 (Hubei's
 * 2018–2019 institutional reform; an assumption for the changeover year, stated in docs/dashboard.md).
 */
export function suggestIssuingBody(level: UpwardLevel, year: number): string {
  if (level === 'national') return '工业和信息化部';
  return year <= 2018 ? '湖北省经济和信息化委员会' : '湖北省经济和信息化厅';
}

const isoDate = z.iso.date({ error: bilingual('应为有效日期（YYYY-MM-DD）', 'Must be a valid date (YYYY-MM-DD)') });

const documentNo = z
  .string()
  .max(60)
  .transform(normaliseDocumentNumber)
  .pipe(
    z
      .string()
      .max(60)
      .regex(DOCUMENT_NUMBER_PATTERN, { error: bilingual('文号应如“鄂经信智能〔2018〕123号”：发文机关代字、〔年份〕和序号', 'The document number reads like 鄂经信智能〔2018〕123号: issuer, 〔year〕 and number') }),
  );

const outcomeFields = {
  result: z.enum(UPWARD_RESULTS).describe('认定 (recognised) or 未获认定 (not recognised)'),
  issuingBody: z
    .string()
    .trim()
    .min(4, { error: bilingual('请填写发文机关全称，如“湖北省经济和信息化厅”', 'Give the issuing body’s full name, e.g. 湖北省经济和信息化厅') })
    .max(100)
    .describe('The province’s or the ministry’s issuing body, e.g. 湖北省经济和信息化厅, 工业和信息化部'),
  documentNo: documentNo.nullable().describe('文号 of the document that recognised it (required for 认定), e.g. 鄂经信智能〔2018〕123号'),
  decidedOn: isoDate.describe('Date of the document (成文日期); a recognition counts in this year'),
  note: z.string().trim().max(500).nullable().describe('e.g. the list’s title, or why it was not recognised'),
};

function requireDocumentNo(input: { result: UpwardResult; documentNo: string | null }, ctx: z.RefinementCtx): void {
  if (input.result === 'recognised' && !input.documentNo) {
    ctx.addIssue({ code: 'custom', path: ['documentNo'], message: bilingual('认定须填写文号', 'A recognition needs the document number (文号)') });
  }
}

export const UpwardOutcomeCreateSchema = z
  .object({
    callId: z.number().int().min(1).describe('The provincial or national call whose approved list recommended the project'),
    applicationId: z.number().int().min(1).describe('The recommended project (an entry of that list)'),
    ...outcomeFields,
  })
  .superRefine(requireDocumentNo)
  .meta({ id: 'UpwardOutcomeCreate' });
export type UpwardOutcomeCreate = z.infer<typeof UpwardOutcomeCreateSchema>;

export const UpwardOutcomeUpdateSchema = z
  .object({ version: z.number().int().min(1).describe('The version read; a stale one answers 409 CONFLICT'), ...outcomeFields })
  .superRefine(requireDocumentNo)
  .meta({ id: 'UpwardOutcomeUpdate' });
export type UpwardOutcomeUpdate = z.infer<typeof UpwardOutcomeUpdateSchema>;

/**
 * The checks that need the recommendation and the clock: an outcome cannot be dated before the city recommended the
 * project (the approved list's publication, Beijing date) nor after today.
 */
export function upwardOutcomeDateIssues(decidedOn: IsoDate, context: { recommendedOn: IsoDate; today: IsoDate }): ErrorDetail[] {
  if (compareIsoDates(decidedOn, context.today) > 0) {
    return [{ path: 'decidedOn', code: 'DATE_IN_FUTURE', message: localizedMessage({ zh: `成文日期不能晚于今天（${context.today}）`, en: `The date cannot be after today (${context.today})` }) }];
  }
  if (compareIsoDates(decidedOn, context.recommendedOn) < 0) {
    return [
      {
        path: 'decidedOn',
        code: 'BEFORE_RECOMMENDATION',
        message: localizedMessage({ zh: `成文日期不能早于本市推荐（名单发布于 ${context.recommendedOn}）`, en: `The date cannot be before the city recommended it (list published ${context.recommendedOn})` }),
      },
    ];
  }
  return [];
}

const categoryCodes = PROGRAMME_CATEGORY_CODES as unknown as [string, ...string[]];

export const UPWARD_STATUS_FILTERS = ['pending', ...UPWARD_RESULTS] as const;

export const UpwardRecommendationQuerySchema = z.object({
  level: z.enum(UPWARD_LEVELS).optional(),
  category: z.enum(categoryCodes).optional(),
  year: z.coerce.number().int().min(2017).max(2100).optional().describe('The call’s year (the year of the recommendation)'),
  unitCode: z.string().trim().max(10).optional().describe('推荐单位 code'),
  status: z.enum(UPWARD_STATUS_FILTERS).optional(),
  q: z.string().trim().max(100).optional().describe('Part of the enterprise’s or the project’s name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type UpwardRecommendationQuery = z.infer<typeof UpwardRecommendationQuerySchema>;

export const UpwardOutcomeViewSchema = z
  .object({
    id: z.number().int(),
    result: z.enum(UPWARD_RESULTS),
    issuingBody: z.string(),
    documentNo: z.string().nullable(),
    decidedOn: z.string(),
    note: z.string().nullable(),
    recordedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'UpwardOutcome' });
export type UpwardOutcomeView = z.infer<typeof UpwardOutcomeViewSchema>;

export const UpwardRecommendationViewSchema = z
  .object({
    callId: z.number().int(),
    applicationId: z.number().int(),
    callTitle: z.string(),
    category: z.enum(categoryCodes),
    level: z.enum(UPWARD_LEVELS),
    year: z.number().int(),
    recommendedOn: z.string().describe('The city’s approved list (the recommendation) was published on this Beijing date'),
    enterpriseName: z.string(),
    uscc: z.string(),
    projectName: z.string(),
    recommendingUnitCode: z.string().nullable(),
    recommendingUnitName: z.string().nullable(),
    outcome: UpwardOutcomeViewSchema.nullable(),
  })
  .meta({ id: 'UpwardRecommendation' });
export type UpwardRecommendationView = z.infer<typeof UpwardRecommendationViewSchema>;

export const UpwardRecommendationPageSchema = pageSchema(UpwardRecommendationViewSchema, 'UpwardRecommendationPage');
