import { ApplicationDocumentsViewSchema, DocumentVerificationSchema, ErrorBodySchema } from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const tags = ['documents'];
const id = z.coerce.number().int().positive();
const IdParams = z.object({ id });
const apply = { kind: 'permission', permission: 'applications.apply' } as const;
const error = (description: string) => ({ description, schema: ErrorBodySchema });
const pdf = (description: string) => ({ description, schema: z.string().meta({ format: 'binary' }), contentType: 'application/pdf' });

export const downloadApplicationForm = defineEndpoint({
  method: 'get',
  path: '/api/applications/{id}/documents/application-form.pdf',
  operationId: 'downloadApplicationForm',
  summary: 'The 申报书 as PDF: the archived one once submitted, else a fresh draft with a 草稿 watermark (audited)',
  description: [
    'Submitted (and not editable again): the PDF archived at submission, byte for byte; template changes never alter it.',
    'Draft, withdrawn or returned: rendered now from the saved form, with a diagonal 草稿 watermark on every page.',
    'Every page carries a verification code and QR code leading to `/verify/{code}` (see `GET /api/verify/{code}`).',
    '`X-Verification-Code` repeats the code.',
  ].join('\n'),
  tags,
  access: apply,
  request: { params: IdParams },
  responses: {
    200: pdf('The 申报书'),
    404: error('No such application of your enterprise (NOT_FOUND)'),
  },
});

export const downloadSigningCopy = defineEndpoint({
  method: 'get',
  path: '/api/applications/{id}/documents/signing-copy.pdf',
  operationId: 'downloadSigningCopy',
  summary: 'The 签字盖章用 copy of the 申报书 as PDF, while the application is editable (each print recorded and audited)',
  description: [
    'Rendered now from the saved form and profile, without the 草稿 watermark, marked 签字盖章用 on every page, with a cover',
    'with the lines 推荐单位、申报单位（盖章）、法定代表人（签字）、联系人、填报日期 left to be written, a 承诺书 page and a blank 推荐单位意见 page.',
    'Its 核验码 (`X-Verification-Code`) is the code of the content: the same content gives the same code. The print is',
    'recorded; the scan uploaded next to the slot marked `signed` is tied to the latest print, and the submit is refused',
    '(409 SIGNED_COPY_OUTDATED) when the content has changed since.',
  ].join('\n'),
  tags,
  access: apply,
  request: { params: IdParams },
  responses: {
    200: pdf('The 签字盖章用 copy'),
    404: error('No such application of your enterprise (NOT_FOUND)'),
    409: error('Not editable: submitted (NOT_EDITABLE; the archived 申报书 is the copy of record) or past the deadline (APPLICATION_DEADLINE_PASSED)'),
  },
});

export const applicationDocuments = defineEndpoint({
  method: 'get',
  path: '/api/applications/{id}/documents',
  operationId: 'applicationDocuments',
  summary: 'The documents area of an application: 签字盖章用 copy and its 核验码, signed scans and whether they match, archived 申报书 and 回执, slot templates',
  tags,
  access: apply,
  request: { params: IdParams },
  responses: {
    200: { description: 'The documents area', schema: ApplicationDocumentsViewSchema },
    404: error('No such application of your enterprise (NOT_FOUND)'),
  },
});

export const downloadReceipt = defineEndpoint({
  method: 'get',
  path: '/api/applications/{id}/documents/receipt.pdf',
  operationId: 'downloadReceipt',
  summary: 'The submission receipt (回执) as PDF, archived at the latest submission (audited)',
  tags,
  access: apply,
  request: { params: IdParams },
  responses: {
    200: pdf('The receipt'),
    404: error('No such application of your enterprise, or it was never submitted (NOT_FOUND)'),
  },
});

export const verifyDocument = defineEndpoint({
  method: 'get',
  path: '/api/verify/{code}',
  operationId: 'verifyDocument',
  summary: 'Public: whether an archived document carries this verification code, and what it certifies',
  description: [
    'The code is printed on every page of an archived 申报书 or receipt (e.g. `3F9A-1C2B-7D4E`; case, hyphens and spaces',
    'do not matter). It is the first 12 hex digits of the SHA-256 of the document’s canonical content. The answer names',
    'the kind, receipt number, enterprise, call, submission time and content hash only, and whether the document is',
    'still the application’s latest submission. The code of a printed 签字盖章用 copy is found too (`signingCopy`):',
    'enterprise, call, first print, and whether it still stands for the application. Rate-limited per address.',
  ].join('\n'),
  tags,
  access: { kind: 'public' },
  rateLimits: ['verifyPerAddress'],
  request: { params: z.object({ code: z.string().max(40) }) },
  responses: {
    200: { description: 'Found or not (`found`), with the document’s facts when found', schema: DocumentVerificationSchema },
    429: error('Too many look-ups from this address (RATE_LIMITED)'),
  },
});

export const exportCallSummary = defineEndpoint({
  method: 'get',
  path: '/api/calls/{id}/applications.xlsx',
  operationId: 'exportCallSummary',
  summary: 'The 汇总表 of a call as Excel: one row per submitted application (audited)',
  description:
    'Columns: 序号, 受理编号, 申报单位, 统一社会信用代码, 推荐单位, 重点领域, 细分领域, 项目名称, 项目总投资(万元), 状态, 提交时间(北京时间), 评审得分 (empty until the review). Header row frozen and filterable.',
  tags,
  access: { kind: 'permission', permission: 'calls.manage' },
  request: { params: IdParams },
  responses: {
    200: { description: 'The workbook', schema: z.string().meta({ format: 'binary' }), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    404: error('No such call (NOT_FOUND)'),
  },
});
