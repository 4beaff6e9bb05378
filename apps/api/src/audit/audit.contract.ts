import { AuditPageSchema, AuditQuerySchema, AuditVerificationSchema } from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const tags = ['admin'];

export const listAudit = defineEndpoint({
  method: 'get',
  path: '/api/admin/audit',
  operationId: 'listAuditEntries',
  summary: 'The audit trail, newest first, filtered by action prefix, actor and dates',
  tags,
  access: { kind: 'permission', permission: 'audit.read' },
  request: { query: AuditQuerySchema },
  responses: { 200: { description: 'A page of audit entries', schema: AuditPageSchema } },
});

export const exportAudit = defineEndpoint({
  method: 'get',
  path: '/api/admin/audit/export',
  operationId: 'exportAuditEntries',
  summary: 'The filtered audit trail as CSV (UTF-8 with BOM, opens in Excel); the export itself is audited',
  tags,
  access: { kind: 'permission', permission: 'audit.read' },
  request: { query: AuditQuerySchema.omit({ page: true, pageSize: true }) },
  responses: { 200: { description: 'CSV file', schema: z.string(), contentType: 'text/csv' } },
});

export const verifyAudit = defineEndpoint({
  method: 'get',
  path: '/api/admin/audit/verify',
  operationId: 'verifyAuditChain',
  summary: 'Walk the hash chain and name the first broken link',
  tags,
  access: { kind: 'permission', permission: 'audit.read' },
  responses: { 200: { description: 'Verification result', schema: AuditVerificationSchema } },
});
