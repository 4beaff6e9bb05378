import { DEFAULT_SLOT_TEMPLATE_MAX_MB, ErrorBodySchema, SlotTemplateViewSchema } from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const tags = ['templates'];
const manage = { kind: 'permission', permission: 'calls.manage' } as const;
const apply = { kind: 'permission', permission: 'applications.apply' } as const;
const id = z.coerce.number().int().positive();
const slot = z.string().regex(/^[a-z][a-z0-9_]{1,63}$/);
const error = (description: string) => ({ description, schema: ErrorBodySchema });
const file = { description: 'The template file', schema: z.string().meta({ format: 'binary' }), contentType: 'application/octet-stream' };

export const CallSlotParams = z.object({ id, slot });
export const CallParams = z.object({ id });
export const ApplicationSlotParams = z.object({ id, slot });

export const uploadSlotTemplate = defineEndpoint({
  method: 'post',
  path: '/api/calls/{id}/slots/{slot}/template',
  operationId: 'uploadSlotTemplate',
  summary: 'Upload or replace the template of a call’s attachment slot (信用承诺书, 授权书 …): the raw file is the body (audited)',
  description: [
    'Same intake as attachments: the body is the file itself, its URI-encoded name in `X-File-Name`; streamed to disk while',
    `hashed, its type decided by its first bytes (PDF, OFD, DOCX, XLSX), at most ${DEFAULT_SLOT_TEMPLATE_MAX_MB} MB. A slot has one template:`,
    'a new upload replaces the previous one (its object is removed after the commit). Enterprises download it from their',
    'application’s documents area.',
  ].join('\n'),
  tags,
  access: manage,
  request: { params: CallSlotParams },
  responses: {
    201: { description: 'Stored: the template', schema: SlotTemplateViewSchema },
    404: error('No such call, or no such slot in it (NOT_FOUND)'),
    411: error('Neither Content-Length nor chunked transfer encoding (LENGTH_REQUIRED)'),
    413: error('Larger than a template may be (FILE_TOO_LARGE)'),
    415: error('Not a PDF, OFD, DOCX or XLSX (FILE_TYPE_NOT_ALLOWED), or the body is JSON/a form (UNSUPPORTED_MEDIA_TYPE)'),
  },
});

export const deleteSlotTemplate = defineEndpoint({
  method: 'delete',
  path: '/api/calls/{id}/slots/{slot}/template',
  operationId: 'deleteSlotTemplate',
  summary: 'Remove the template of a call’s slot (audited)',
  tags,
  access: manage,
  request: { params: CallSlotParams },
  responses: {
    204: { description: 'Removed' },
    404: error('No such call, or the slot has no template (NOT_FOUND)'),
  },
});

export const listSlotTemplates = defineEndpoint({
  method: 'get',
  path: '/api/calls/{id}/slot-templates',
  operationId: 'listSlotTemplates',
  summary: 'The templates of a call’s slots, in the order of the slots',
  tags,
  access: manage,
  request: { params: CallParams },
  responses: {
    200: { description: 'The templates', schema: z.array(SlotTemplateViewSchema) },
    404: error('No such call (NOT_FOUND)'),
  },
});

export const downloadSlotTemplate = defineEndpoint({
  method: 'get',
  path: '/api/calls/{id}/slots/{slot}/template',
  operationId: 'downloadSlotTemplate',
  summary: 'Download the template of a call’s slot, for the call’s officers (audited)',
  tags,
  access: manage,
  request: { params: CallSlotParams },
  responses: {
    200: file,
    404: error('No such call or slot, or the slot has no template (NOT_FOUND)'),
  },
});

export const downloadApplicationTemplate = defineEndpoint({
  method: 'get',
  path: '/api/applications/{id}/templates/{slot}',
  operationId: 'downloadApplicationTemplate',
  summary: 'Download the template of a slot of the call this application is in, for its enterprise (audited)',
  tags,
  access: apply,
  request: { params: ApplicationSlotParams },
  responses: {
    200: file,
    404: error('No such application of your enterprise, no such slot, or no template (NOT_FOUND)'),
  },
});
