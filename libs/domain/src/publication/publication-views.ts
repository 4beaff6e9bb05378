import { z } from 'zod';
import { PROGRAMME_CATEGORY_CODES } from '../catalogue/programme-categories';
import { bilingual } from '../forms/form-meta';
import { isValidUscc } from '../identity/uscc';
import { parseDocumentNumber } from './publication-wording';
import { isValidResidentId } from './resident-id';

/**
 * Request and response shapes of publication (issue #8): the 公示 of a call's shortlist with objections, the approved
 * list (认定名单) and its open data, and the programme dashboard. Shared by the API and both apps.
 */

const isoDate = z.iso.date({ error: bilingual('应为有效日期（YYYY-MM-DD）', 'Must be a valid date (YYYY-MM-DD)') });
const categoryCodes = PROGRAMME_CATEGORY_CODES as unknown as [string, ...string[]];

export const NoticeContactSchema = z.object({
  unit: z.string().trim().min(2).max(100).describe('Office receiving objections, e.g. 市经信局智能制造处'),
  person: z.string().trim().min(2).max(50),
  phone: z.string().trim().regex(/^[\d\-\s()]{7,20}$/, { error: bilingual('请输入有效的联系电话', 'Enter a valid phone number') }),
  email: z.email().max(254).nullable(),
  address: z.string().trim().max(200).nullable(),
});
export type NoticeContact = z.infer<typeof NoticeContactSchema>;

export const PublishNoticeSchema = z
  .object({
    startsOn: isoDate.describe('First day of the notice (Beijing date); objections are accepted from this day'),
    workingDays: z.number().int().min(1).max(30).optional().describe('Length in working days; default the call’s `workflow.publicNoticeWorkingDays`'),
    text: z.string().trim().max(5000).describe('Notice text; empty = the standard text'),
    contact: NoticeContactSchema,
  })
  .meta({ id: 'PublishNotice' });
export type PublishNotice = z.infer<typeof PublishNoticeSchema>;

export const NoticeProjectSchema = z.object({
  applicationId: z.number().int(),
  enterpriseName: z.string(),
  projectName: z.string(),
  subFieldCode: z.string().nullable(),
  recommendingUnitCode: z.string().nullable(),
  /** Taken off the list after an upheld objection. */
  withdrawn: z.boolean(),
});

export const NOTICE_PHASES = ['upcoming', 'open', 'ended'] as const;
export type NoticePhase = (typeof NOTICE_PHASES)[number];

export const NoticeViewSchema = z
  .object({
    id: z.number().int(),
    callId: z.number().int(),
    callTitle: z.string(),
    category: z.enum(categoryCodes),
    level: z.string().describe('municipal, provincial or national: provincial and national notices propose a recommendation (拟推荐)'),
    year: z.number().int(),
    title: z.string(),
    paragraphs: z.array(z.string()),
    listName: z.string().describe('The heading of the list: 拟认定名单 or 拟推荐名单'),
    objectNoun: z.string().describe('What one line is: 项目, 创新中心 or 企业'),
    issuer: z.string().describe('The issuing authority in the year the notice is dated'),
    startsOn: z.string(),
    endsOn: z.string().describe('Last day (inclusive), from the working-day calendar'),
    workingDays: z.number().int(),
    phase: z.enum(NOTICE_PHASES).describe('Where the notice stands today (Beijing date, server clock)'),
    contact: NoticeContactSchema,
    projects: z.array(NoticeProjectSchema),
    publishedAt: z.string(),
    objections: z.object({ total: z.number().int(), open: z.number().int() }).describe('Counts only; who objected is never public'),
    approvedListPublished: z.boolean(),
  })
  .meta({ id: 'PublicNotice' });
export type NoticeView = z.infer<typeof NoticeViewSchema>;

export const OBJECTOR_KINDS = ['person', 'organisation'] as const;

/** An objection: real name and identity number (a person) or the unit's name and USCC (an organisation). */
export const ObjectionInputSchema = z
  .object({
    applicationId: z.number().int().min(1).describe('The project objected to (one of the notice’s projects)'),
    objectorKind: z.enum(OBJECTOR_KINDS),
    name: z.string().trim().min(2, { error: bilingual('请填写真实姓名或单位名称，不受理匿名异议', 'Give your real name or your unit’s name; anonymous objections are not accepted') }).max(100),
    identityNumber: z.string().trim().toUpperCase().max(18).describe('Resident ID number (person) or USCC (organisation)'),
    phone: z.string().trim().regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, { error: bilingual('请填写有效的联系电话', 'Give a valid phone number') }),
    email: z.email().max(254).nullable(),
    address: z.string().trim().max(200).nullable(),
    statement: z
      .string()
      .trim()
      .min(20, { error: bilingual('请具体说明异议的事实和理由（至少20个字）', 'State the facts and reasons of the objection (at least 20 characters)') })
      .max(5000),
    evidence: z.string().trim().max(5000).describe('Evidence: what it is and where it can be checked; files go with the sealed letter'),
  })
  .superRefine((input, ctx) => {
    if (input.objectorKind === 'person' && !isValidResidentId(input.identityNumber)) {
      ctx.addIssue({ code: 'custom', path: ['identityNumber'], message: bilingual('请输入有效的18位公民身份号码', 'Enter a valid 18-character resident ID number') });
    }
    if (input.objectorKind === 'organisation' && !isValidUscc(input.identityNumber)) {
      ctx.addIssue({ code: 'custom', path: ['identityNumber'], message: bilingual('请输入有效的统一社会信用代码', 'Enter a valid USCC') });
    }
  })
  .meta({ id: 'ObjectionInput' });
export type ObjectionInput = z.infer<typeof ObjectionInputSchema>;

export const ObjectionReceiptSchema = z
  .object({
    caseNo: z.string().describe('e.g. YY2026-0003; quote it when calling the contact'),
    receivedAt: z.string(),
    sealedLetterRequired: z.boolean().describe('An organisation must also upload its sealed letter (盖章函)'),
    uploadToken: z.string().nullable().describe('For the sealed letter upload, valid for 1 hour'),
  })
  .meta({ id: 'ObjectionReceipt' });
export type ObjectionReceipt = z.infer<typeof ObjectionReceiptSchema>;

export const OBJECTION_STATUSES = ['received', 'investigating', 'upheld', 'dismissed'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** A case still being handled: the approved list waits for it. */
export function isObjectionOpen(status: string): boolean {
  return status === 'received' || status === 'investigating';
}

/** Largest sealed letter (盖章函) an organisation may upload with its objection, in MB. */
export const SEALED_LETTER_MAX_MB = 20;

export const ObjectionViewSchema = z
  .object({
    id: z.number().int(),
    caseNo: z.string(),
    noticeId: z.number().int(),
    applicationId: z.number().int(),
    projectName: z.string(),
    enterpriseName: z.string(),
    objectorKind: z.enum(OBJECTOR_KINDS),
    name: z.string(),
    identityNumber: z.string(),
    phone: z.string(),
    email: z.string().nullable(),
    address: z.string().nullable(),
    statement: z.string(),
    evidence: z.string(),
    sealedLetter: z.object({ fileName: z.string(), size: z.number().int(), sha256: z.string() }).nullable(),
    status: z.enum(OBJECTION_STATUSES),
    outcome: z.string().nullable(),
    upheldAction: z.enum(['remove', 'return_to_review']).nullable(),
    receivedAt: z.string(),
    decidedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Objection' });
export type ObjectionView = z.infer<typeof ObjectionViewSchema>;

export const ObjectionDecisionSchema = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('investigating'), version: z.number().int().min(1), note: z.string().trim().max(2000).optional() }),
    z.object({ status: z.literal('dismissed'), version: z.number().int().min(1), outcome: z.string().trim().min(10).max(5000) }),
    z.object({
      status: z.literal('upheld'),
      version: z.number().int().min(1),
      outcome: z.string().trim().min(10).max(5000),
      action: z.enum(['remove', 'return_to_review']).describe('Take the project off the list, or send it back to review'),
    }),
  ])
  .meta({ id: 'ObjectionDecision' });
export type ObjectionDecision = z.infer<typeof ObjectionDecisionSchema>;

export const ApprovedEntrySchema = z.object({
  rank: z.number().int(),
  enterpriseName: z.string(),
  uscc: z.string(),
  projectName: z.string(),
  subFieldCode: z.string().nullable(),
  subFieldName: z.string().nullable(),
  recommendingUnitCode: z.string().nullable(),
  recommendingUnitName: z.string().nullable().describe('推荐单位 short name'),
});

export const ApprovedListViewSchema = z
  .object({
    callId: z.number().int(),
    callTitle: z.string(),
    category: z.enum(categoryCodes),
    level: z.string(),
    year: z.number().int(),
    title: z.string().describe('The list: 2026年武汉市智能制造试点示范项目认定名单 (推荐名单 for provincial and national calls)'),
    noticeTitle: z.string().describe('The 通知 publishing it: 关于公布…的通知'),
    documentNumber: z.string().nullable().describe('文号, e.g. 武经信〔2026〕12号; null for lists published without one'),
    recipients: z.array(z.string()).describe('主送'),
    paragraphs: z.array(z.string()).describe('The body of the 通知'),
    objectNoun: z.string().describe('What one line is: 项目, 创新中心 or 企业'),
    issuer: z.string().describe('The issuing authority in the year the list is dated'),
    issuedOn: z.string().describe('The date of the 通知 (Beijing date of publication)'),
    publishedAt: z.string(),
    noticeId: z.number().int(),
    entries: z.array(ApprovedEntrySchema),
  })
  .meta({ id: 'ApprovedList' });
export type ApprovedListView = z.infer<typeof ApprovedListViewSchema>;

/**
 * Publishing the approved list: the officer enters the 文号 of the 通知, in the 〔year〕 form (武经信〔2026〕12号;
 * [2026], (2026) and 【2026】 are read as 〔2026〕). Its year must be the year of publication (checked by the API,
 * which knows the date).
 */
export const PublishApprovedListSchema = z
  .object({
    documentNumber: z
      .string()
      .trim()
      .max(50)
      .refine((value) => parseDocumentNumber(value) !== null, {
        error: bilingual('文号格式应为“发文机关代字〔年份〕序号号”，如 武经信〔2026〕12号', 'The document number must read like 武经信〔2026〕12号: the issuer’s abbreviation, the year in 〔〕 and the serial number'),
      })
      .describe('文号 of the 通知, e.g. 武经信〔2026〕12号'),
  })
  .meta({ id: 'PublishApprovedList' });
export type PublishApprovedList = z.infer<typeof PublishApprovedListSchema>;

export const PublicationListQuerySchema = z.object({
  year: z.coerce.number().int().min(2017).max(2100).optional(),
  category: z.enum(categoryCodes).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
