import {
  ApprovedListViewSchema,
  ErrorBodySchema,
  NoticeViewSchema,
  ObjectionDecisionSchema,
  ObjectionInputSchema,
  ObjectionReceiptSchema,
  ObjectionViewSchema,
  pageSchema,
  PublicationListQuerySchema,
  PublishApprovedListSchema,
  PublishNoticeSchema,
} from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

/**
 * Publication (issue #8): the 公示 of a call's shortlist, objections to it, the approved list with its downloads and
 * open data, and the programme dashboard. Everything public is readable without signing in; who objected is only
 * ever shown to city officers.
 */
const id = z.coerce.number().int().positive();
const IdParams = z.object({ id });
const publicAccess = { kind: 'public' } as const;
const manage = { kind: 'permission', permission: 'publication.manage' } as const;
const error = (description: string) => ({ description, schema: ErrorBodySchema });
const binary = (description: string, contentType: string) => ({ description, schema: z.string().meta({ format: 'binary' }), contentType });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['publication'];

export const listNotices = defineEndpoint({
  method: 'get',
  path: '/api/notices',
  operationId: 'listNotices',
  summary: 'Public: current and past notices (公示), newest first',
  tags,
  access: publicAccess,
  request: { query: PublicationListQuerySchema },
  responses: { 200: { description: 'A page of notices', schema: pageSchema(NoticeViewSchema, 'NoticePage') } },
});

export const getNotice = defineEndpoint({
  method: 'get',
  path: '/api/notices/{id}',
  operationId: 'getNotice',
  summary: 'Public: one notice with its projects, period and contact',
  tags,
  access: publicAccess,
  request: { params: IdParams },
  responses: { 200: { description: 'The notice', schema: NoticeViewSchema }, 404: error('No such notice (NOT_FOUND)') },
});

export const noticePdf = defineEndpoint({
  method: 'get',
  path: '/api/notices/{id}/notice.pdf',
  operationId: 'noticePdf',
  summary: 'Public: the notice as PDF',
  tags,
  access: publicAccess,
  request: { params: IdParams },
  responses: { 200: binary('The PDF', 'application/pdf'), 404: error('No such notice (NOT_FOUND)') },
});

export const fileObjection = defineEndpoint({
  method: 'post',
  path: '/api/notices/{id}/objections',
  operationId: 'fileObjection',
  summary: 'Public: object to a project of a notice, under a real name, during the notice period only (rate-limited)',
  description: [
    'A person gives their name and 18-character resident ID number; an organisation its name and USCC, and then uploads',
    'its sealed letter (盖章函) with the returned token. Anonymous objections are refused (400 with the field). The',
    'objector’s identity is seen only by the city officers handling the case; the enterprise is never told who objected.',
  ].join('\n'),
  tags,
  access: publicAccess,
  rateLimits: ['objectionPerAddress'],
  request: { params: IdParams, body: ObjectionInputSchema },
  responses: {
    201: { description: 'Received: the case number', schema: ObjectionReceiptSchema },
    400: error('Missing name, invalid identity number, statement too short (VALIDATION_FAILED)'),
    404: error('No such notice or project on it (NOT_FOUND)'),
    409: error('The notice period has not started or has ended (NOTICE_NOT_OPEN)'),
    429: error('Too many objections from this address (RATE_LIMITED)'),
  },
});

export const uploadSealedLetter = defineEndpoint({
  method: 'post',
  path: '/api/objections/{caseNo}/sealed-letter',
  operationId: 'uploadSealedLetter',
  summary: 'Public: an organisation’s sealed letter for its objection (PDF, JPEG or PNG, ≤ 20 MB), with the token from filing',
  description: 'The raw file is the body; `X-Upload-Token` carries the token of the filing answer (valid 1 hour, once); `X-File-Name` the URI-encoded name.',
  tags,
  access: publicAccess,
  rateLimits: ['objectionPerAddress'],
  request: { params: z.object({ caseNo: z.string().max(20).regex(/^YY\d{4}-\d{4,}$/) }) },
  responses: {
    201: { description: 'Stored', schema: z.object({ fileName: z.string(), size: z.number().int(), sha256: z.string() }) },
    400: error('Missing or expired token (TOKEN_INVALID)'),
    413: error('Larger than 20 MB (FILE_TOO_LARGE)'),
    415: error('Not a PDF, JPEG or PNG (FILE_TYPE_NOT_ALLOWED)'),
  },
});

export const listApprovedLists = defineEndpoint({
  method: 'get',
  path: '/api/approved-lists',
  operationId: 'listApprovedLists',
  summary: 'Public: the published approved lists (认定名单; 推荐名单 of provincial and national calls), newest first',
  tags,
  access: publicAccess,
  request: { query: PublicationListQuerySchema },
  responses: { 200: { description: 'A page of lists', schema: pageSchema(ApprovedListViewSchema, 'ApprovedListPage') } },
});

export const getApprovedList = defineEndpoint({
  method: 'get',
  path: '/api/approved-lists/{id}',
  operationId: 'getApprovedList',
  summary: 'Public: the approved list of a call (by call id)',
  tags,
  access: publicAccess,
  request: { params: IdParams },
  responses: { 200: { description: 'The list', schema: ApprovedListViewSchema }, 404: error('Not published (NOT_FOUND)') },
});

export const approvedListPdf = defineEndpoint({
  method: 'get',
  path: '/api/approved-lists/{id}/list.pdf',
  operationId: 'approvedListPdf',
  summary: 'Public: the approved list as PDF',
  tags,
  access: publicAccess,
  request: { params: IdParams },
  responses: { 200: binary('The PDF', 'application/pdf'), 404: error('Not published (NOT_FOUND)') },
});

export const approvedListXlsx = defineEndpoint({
  method: 'get',
  path: '/api/approved-lists/{id}/list.xlsx',
  operationId: 'approvedListXlsx',
  summary: 'Public: the approved list as Excel',
  tags,
  access: publicAccess,
  request: { params: IdParams },
  responses: { 200: binary('The workbook', XLSX), 404: error('Not published (NOT_FOUND)') },
});

export const OpenDataSchema = z
  .object({
    dataset: z.literal('wuhan-mc2025-approved-lists'),
    year: z.number().int(),
    generatedAt: z.string(),
    license: z.string(),
    lists: z.array(ApprovedListViewSchema),
  })
  .meta({ id: 'ApprovedListsOpenData' });

export const openData = defineEndpoint({
  method: 'get',
  path: '/api/open-data/approved-lists/{year}.json',
  operationId: 'openDataApprovedLists',
  summary: 'Open data: every approved list published for a year, at a stable URL',
  description: 'Stable address for reuse: `/api/open-data/approved-lists/{year}.json`. Fields: see ApprovedListsOpenData. CORS-open, cacheable for 10 minutes.',
  tags: ['open-data'],
  access: publicAccess,
  request: { params: z.object({ year: z.coerce.number().int().min(2017).max(2100) }) },
  responses: { 200: { description: 'The year’s lists (empty when none is published)', schema: OpenDataSchema } },
});

// City officers

export const publishNotice = defineEndpoint({
  method: 'post',
  path: '/api/calls/{id}/notice',
  operationId: 'publishNotice',
  summary: 'Publish the 公示 of the call’s shortlist; the end date comes from the working-day calendar (audited)',
  tags,
  access: manage,
  request: { params: IdParams, body: PublishNoticeSchema },
  responses: {
    201: { description: 'Published', schema: NoticeViewSchema },
    409: error('Already published (NOTICE_EXISTS) or nothing shortlisted (ILLEGAL_TRANSITION)'),
  },
});

export const listObjections = defineEndpoint({
  method: 'get',
  path: '/api/notices/{id}/objections',
  operationId: 'listObjections',
  summary: 'The objection cases of a notice, with the objectors’ identities (city officers only; audited)',
  tags,
  access: manage,
  request: { params: IdParams },
  responses: { 200: { description: 'Cases', schema: z.array(ObjectionViewSchema) } },
});

export const decideObjection = defineEndpoint({
  method: 'post',
  path: '/api/objections/{id}/decision',
  operationId: 'decideObjection',
  summary: 'Move a case: investigating, dismissed or upheld with a written outcome; upheld removes the project or sends it back to review',
  tags,
  access: manage,
  request: { params: IdParams, body: ObjectionDecisionSchema },
  responses: { 200: { description: 'The case', schema: ObjectionViewSchema }, 409: error('Closed already (ILLEGAL_TRANSITION) or stale (CONFLICT)') },
});

export const downloadSealedLetter = defineEndpoint({
  method: 'get',
  path: '/api/objections/{id}/sealed-letter',
  operationId: 'downloadSealedLetter',
  summary: 'The sealed letter of an organisation’s objection (audited)',
  tags,
  access: manage,
  request: { params: IdParams },
  responses: { 200: binary('The file', 'application/octet-stream'), 404: error('None uploaded (NOT_FOUND)') },
});

export const publishApprovedList = defineEndpoint({
  method: 'post',
  path: '/api/calls/{id}/approved-list',
  operationId: 'publishApprovedList',
  summary: 'After the notice ends and every objection is closed: approve the listed projects and publish the list as a 通知 with its 文号 (audited)',
  description: 'The body carries the 文号 of the 通知 (`武经信〔2026〕12号`; `[2026]`, `(2026)` and `【2026】` are read as `〔2026〕`); its year must be the year of publication. For a provincial or national call the list is the city’s 推荐名单.',
  tags,
  access: manage,
  request: { params: IdParams, body: PublishApprovedListSchema },
  responses: {
    201: { description: 'Published', schema: ApprovedListViewSchema },
    400: error('No 文号, not in the 〔year〕 form, or not of this year (VALIDATION_FAILED, path documentNumber)'),
    409: error('Notice not ended (NOTICE_PERIOD_NOT_ENDED), objections open (OBJECTIONS_OPEN), already published (NOTICE_EXISTS)'),
  },
});
