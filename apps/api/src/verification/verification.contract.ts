import { EnterpriseVerificationViewSchema, ErrorBodySchema, VERIFICATION_DOCUMENT_KINDS, VERIFICATION_POLICY, VerificationDecisionSchema, VerificationPageSchema, VerificationQuerySchema } from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const tags = ['verification'];
const error = (description: string) => ({ description, schema: ErrorBodySchema });
const kind = z.enum(VERIFICATION_DOCUMENT_KINDS);
const id = z.coerce.number().int().positive();
const review = { kind: 'permission', permission: 'verification.review' } as const;

export const KindParams = z.object({ kind });
export const EnterpriseParams = z.object({ enterpriseId: id });
export const EnterpriseKindParams = z.object({ enterpriseId: id, kind });
const binary = { description: 'The document', schema: z.string().meta({ format: 'binary' }), contentType: 'application/octet-stream' };

export const ownVerification = defineEndpoint({
  method: 'get',
  path: '/api/enterprise/verification',
  operationId: 'getOwnVerification',
  summary: 'The enterprise’s verification: status (unverified, pending, verified, rejected), the reason of a rejection, its documents',
  tags,
  access: { kind: 'permission', permission: 'enterprise.profile' },
  responses: { 200: { description: 'The verification', schema: EnterpriseVerificationViewSchema } },
});

export const uploadVerificationDocument = defineEndpoint({
  method: 'post',
  path: '/api/enterprise/verification/documents/{kind}',
  operationId: 'uploadVerificationDocument',
  summary: 'Upload the 营业执照 (business_licence) or the signed 授权书 (authorisation_letter): the raw file is the body, its URI-encoded name in X-File-Name',
  description: [
    `Streamed and judged by content like attachments: PDF, JPEG, PNG or OFD, at most ${VERIFICATION_POLICY.maxDocumentMb} MB (413 as soon as it is passed).`,
    'A second upload of the same kind replaces the first. Once both documents are there the request waits for an officer (status pending).',
    'Only while unverified or rejected (409 otherwise).',
  ].join('\n'),
  tags,
  access: { kind: 'permission', permission: 'enterprise.verification.manage' },
  request: { params: KindParams },
  responses: {
    201: { description: 'Stored; the verification as it now stands', schema: EnterpriseVerificationViewSchema },
    409: error('Pending or already verified (CONFLICT, details[].code VERIFICATION_LOCKED)'),
    411: error('Neither Content-Length nor chunked transfer encoding (LENGTH_REQUIRED)'),
    413: error('Too large (FILE_TOO_LARGE)'),
    415: error('Not PDF/JPEG/PNG/OFD by content (FILE_TYPE_NOT_ALLOWED), or a JSON/form body (UNSUPPORTED_MEDIA_TYPE)'),
  },
});

export const downloadOwnVerificationDocument = defineEndpoint({
  method: 'get',
  path: '/api/enterprise/verification/documents/{kind}',
  operationId: 'downloadOwnVerificationDocument',
  summary: 'Download one of the enterprise’s own verification documents (audited)',
  tags,
  access: { kind: 'permission', permission: 'enterprise.profile' },
  request: { params: KindParams },
  responses: { 200: binary, 404: error('Not uploaded (NOT_FOUND)') },
});

export const verificationQueue = defineEndpoint({
  method: 'get',
  path: '/api/review/verifications',
  operationId: 'listVerifications',
  summary: '企业认证: enterprises in one verification state (default pending; pending oldest request first, the others latest decision first); a recommending-unit officer sees only their unit',
  tags,
  access: review,
  request: { query: VerificationQuerySchema },
  responses: { 200: { description: 'A page of verifications', schema: VerificationPageSchema } },
});

export const verificationDetail = defineEndpoint({
  method: 'get',
  path: '/api/review/verifications/{enterpriseId}',
  operationId: 'getVerification',
  summary: 'One enterprise’s verification with its documents',
  tags,
  access: review,
  request: { params: EnterpriseParams },
  responses: { 200: { description: 'The verification', schema: EnterpriseVerificationViewSchema }, 404: error('No such enterprise in your district (NOT_FOUND)') },
});

export const downloadVerificationDocument = defineEndpoint({
  method: 'get',
  path: '/api/review/verifications/{enterpriseId}/documents/{kind}',
  operationId: 'downloadVerificationDocument',
  summary: 'View a verification document inline (PDF and images open in the browser); audited',
  tags,
  access: review,
  request: { params: EnterpriseKindParams },
  responses: { 200: binary, 404: error('No such enterprise in your district, or no such document (NOT_FOUND)') },
});

export const decideVerification = defineEndpoint({
  method: 'post',
  path: '/api/review/verifications/{enterpriseId}/decision',
  operationId: 'decideVerification',
  summary: 'Accept (verified: the enterprise may submit) or reject with a reason; audited, the enterprise is notified',
  tags,
  access: review,
  request: { params: EnterpriseParams, body: VerificationDecisionSchema },
  responses: {
    200: { description: 'The verification after the decision', schema: EnterpriseVerificationViewSchema },
    400: error('A rejection without a reason (VALIDATION_FAILED on reason)'),
    404: error('No such enterprise in your district (NOT_FOUND)'),
    409: error('Nothing pending (CONFLICT, details[].code NOT_PENDING)'),
  },
});
