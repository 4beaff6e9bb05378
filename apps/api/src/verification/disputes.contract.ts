import { DisputeDecisionSchema, DisputeFiledSchema, DisputePageSchema, DisputeQuerySchema, DisputeUploadSchema, DisputeViewSchema, ErrorBodySchema, FileDisputeSchema, VERIFICATION_DOCUMENT_KINDS, VERIFICATION_POLICY } from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const tags = ['disputes'];
const error = (description: string) => ({ description, schema: ErrorBodySchema });
const kind = z.enum(VERIFICATION_DOCUMENT_KINDS);
const id = z.coerce.number().int().positive();
const admin = { kind: 'permission', permission: 'staff.manage' } as const;

export const CaseKindParams = z.object({ caseNo: z.string().max(24).regex(/^ZY\d{4}-\d{4,}$/), kind });
export const DisputeParams = z.object({ id });
export const DisputeKindParams = z.object({ id, kind });

export const fileDispute = defineEndpoint({
  method: 'post',
  path: '/api/disputes',
  operationId: 'fileDispute',
  summary: 'Dispute a registered USCC (该信用代码已被注册?提出异议): the claimant’s contact details and statement; answers the case number and a one-time upload token',
  tags,
  access: { kind: 'public' },
  rateLimits: ['disputePerAddress'],
  request: { body: FileDisputeSchema },
  responses: {
    201: { description: 'Filed; upload both documents with the token within 24 hours', schema: DisputeFiledSchema },
    404: error('The USCC is not registered (NOT_FOUND, details[].code USCC_NOT_REGISTERED): register it instead'),
    429: error('Too many from this address (RATE_LIMITED)'),
  },
});

export const uploadDisputeDocument = defineEndpoint({
  method: 'post',
  path: '/api/disputes/{caseNo}/documents/{kind}',
  operationId: 'uploadDisputeDocument',
  summary: 'Upload the claimant’s 营业执照 or 授权书 with the filing’s token in X-Dispute-Token: the raw file is the body, its URI-encoded name in X-File-Name',
  description: `PDF, JPEG, PNG or OFD judged by content, at most ${VERIFICATION_POLICY.maxDocumentMb} MB. With both documents the case is open for the administrators.`,
  tags,
  access: { kind: 'public' },
  rateLimits: ['disputePerAddress'],
  request: { params: CaseKindParams },
  responses: {
    201: { description: 'Stored', schema: DisputeUploadSchema },
    400: error('No such case, a wrong or expired token (TOKEN_INVALID)'),
    413: error('Too large (FILE_TOO_LARGE)'),
    415: error('Not PDF/JPEG/PNG/OFD by content (FILE_TYPE_NOT_ALLOWED)'),
  },
});

export const listDisputes = defineEndpoint({
  method: 'get',
  path: '/api/admin/disputes',
  operationId: 'listDisputes',
  summary: 'USCC disputes in one state (default open), oldest first while undecided',
  tags,
  access: admin,
  request: { query: DisputeQuerySchema },
  responses: { 200: { description: 'A page of disputes', schema: DisputePageSchema } },
});

export const getDispute = defineEndpoint({
  method: 'get',
  path: '/api/admin/disputes/{id}',
  operationId: 'getDispute',
  summary: 'One dispute with the claimant’s identity and documents (the view is audited)',
  tags,
  access: admin,
  request: { params: DisputeParams },
  responses: { 200: { description: 'The dispute', schema: DisputeViewSchema }, 404: error('No such dispute (NOT_FOUND)') },
});

export const downloadDisputeDocument = defineEndpoint({
  method: 'get',
  path: '/api/admin/disputes/{id}/documents/{kind}',
  operationId: 'downloadDisputeDocument',
  summary: 'View a dispute document inline (audited)',
  tags,
  access: admin,
  request: { params: DisputeKindParams },
  responses: { 200: { description: 'The document', schema: z.string().meta({ format: 'binary' }), contentType: 'application/octet-stream' }, 404: error('No such document (NOT_FOUND)') },
});

export const decideDispute = defineEndpoint({
  method: 'post',
  path: '/api/admin/disputes/{id}/decision',
  operationId: 'decideDispute',
  summary: 'Uphold (the enterprise’s accounts disabled, sessions and links revoked, the claimant invited as its new administrator) or dismiss, with a reason; audited, the claimant is mailed',
  tags,
  access: admin,
  request: { params: DisputeParams, body: DisputeDecisionSchema },
  responses: {
    200: { description: 'The dispute after the decision', schema: DisputeViewSchema },
    400: error('No reason (VALIDATION_FAILED)'),
    404: error('No such dispute (NOT_FOUND)'),
    409: error('Not open: documents missing or already decided (CONFLICT, details[].code NOT_OPEN)'),
  },
});
