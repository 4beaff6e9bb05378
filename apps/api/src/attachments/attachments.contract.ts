import { AttachmentViewSchema, DEFAULT_ATTACHMENT_MAX_MB, ErrorBodySchema } from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const tags = ['attachments'];
const apply = { kind: 'permission', permission: 'applications.apply' } as const;
const id = z.coerce.number().int().positive();
const error = (description: string) => ({ description, schema: ErrorBodySchema });

export const UploadParams = z.object({ id, slot: z.string().regex(/^[a-z][a-z0-9_]{1,63}$/) });
export const AttachmentParams = z.object({ id, attachmentId: id });

export const uploadAttachment = defineEndpoint({
  method: 'post',
  path: '/api/applications/{id}/slots/{slot}/attachments',
  operationId: 'uploadAttachment',
  summary: 'Upload a file into an attachment slot: the raw file is the body, its URI-encoded name in X-File-Name',
  description: [
    'The request body is the file itself, sent as is (`Content-Type` of your choice, e.g. `application/octet-stream` or `application/pdf`;',
    'JSON, form and multipart bodies are refused with 415). Send the original name URI-encoded (`encodeURIComponent`) in the',
    '`X-File-Name` header; it is sanitised. `Content-Length` or chunked transfer encoding are both fine.',
    '',
    `The body is streamed to disk while its SHA-256 is computed; its type is decided by its first bytes, never by its name or`,
    'Content-Type (PDF, JPEG, PNG, and DOCX, XLSX and OFD by their ZIP entries); a type the slot does not accept answers 415',
    `FILE_TYPE_NOT_ALLOWED. Reading stops with 413 FILE_TOO_LARGE as soon as the slot's cap (maxSizeMb, default ${DEFAULT_ATTACHMENT_MAX_MB})`,
    'is passed, or at once when Content-Length already exceeds it. Only while the application is editable (409 otherwise).',
  ].join('\n'),
  tags,
  access: apply,
  request: { params: UploadParams },
  responses: {
    201: { description: 'Stored: the attachment (also listed in the application from now on)', schema: AttachmentViewSchema },
    404: error('No such application of your enterprise (NOT_FOUND), or no such slot in its call'),
    409: error('The application cannot be edited now (NOT_EDITABLE, APPLICATION_DEADLINE_PASSED)'),
    411: error('Neither Content-Length nor chunked transfer encoding (LENGTH_REQUIRED)'),
    413: error('Larger than the slot allows (FILE_TOO_LARGE)'),
    415: error('The content is not a type the slot accepts (FILE_TYPE_NOT_ALLOWED), or the body is JSON/a form (UNSUPPORTED_MEDIA_TYPE)'),
  },
});

export const downloadAttachment = defineEndpoint({
  method: 'get',
  path: '/api/applications/{id}/attachments/{attachmentId}',
  operationId: 'downloadAttachment',
  summary: 'Download an attachment, streamed through the API after the ownership check (audited)',
  description: 'Content-Type is the sniffed type; Content-Disposition carries the UTF-8 file name as RFC 5987 `filename*`; `Repr-Digest` the SHA-256.',
  tags,
  access: apply,
  request: { params: AttachmentParams },
  responses: {
    200: { description: 'The file', schema: z.string().meta({ format: 'binary' }), contentType: 'application/octet-stream' },
    404: error('No such attachment in an application of your enterprise (NOT_FOUND)'),
  },
});

export const deleteAttachment = defineEndpoint({
  method: 'delete',
  path: '/api/applications/{id}/attachments/{attachmentId}',
  operationId: 'deleteAttachment',
  summary: 'Delete an attachment while the application is editable (draft, withdrawn, returned); audited',
  tags,
  access: apply,
  request: { params: AttachmentParams },
  responses: {
    204: { description: 'Deleted; the object is removed once the row’s delete has committed' },
    404: error('No such attachment in an application of your enterprise (NOT_FOUND)'),
    409: error('The application cannot be edited now (NOT_EDITABLE, APPLICATION_DEADLINE_PASSED)'),
  },
});
