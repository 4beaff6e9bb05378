import { z } from 'zod';
import { ACCOUNT_STATUSES, ROLES } from './roles';

/** Response shapes of the accounts feature, shared by the API (OpenAPI) and the apps (parsing). */
export const EnterpriseViewSchema = z
  .object({ id: z.number().int(), uscc: z.string(), name: z.string(), contactName: z.string(), mobile: z.string(), email: z.string() })
  .meta({ id: 'Enterprise' });
export type EnterpriseView = z.infer<typeof EnterpriseViewSchema>;

export const AccountViewSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    role: z.enum(ROLES),
    displayName: z.string(),
    status: z.enum(ACCOUNT_STATUSES),
    recommendingUnitCode: z.string().nullable(),
    enterpriseId: z.number().int().nullable(),
    mobile: z.string().nullable(),
    email: z.string().nullable(),
    lastSignInAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Account' });
export type AccountView = z.infer<typeof AccountViewSchema>;

export const SessionViewSchema = z
  .object({
    account: AccountViewSchema,
    enterprise: EnterpriseViewSchema.nullable(),
    csrfToken: z.string().optional().describe('Given at sign-in (also in the shifan_csrf cookie): send it back as the X-CSRF-Token header on every state-changing request'),
    idleExpiresAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'Session' });
export type SessionView = z.infer<typeof SessionViewSchema>;

export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
    .meta({ id });
}

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const AccountListQuerySchema = PageQuerySchema.extend({
  role: z.enum(ROLES).optional(),
  status: z.enum(ACCOUNT_STATUSES).optional(),
  q: z.string().trim().max(64).optional(),
});
export type AccountListQuery = z.infer<typeof AccountListQuerySchema>;

export const AccountPageSchema = pageSchema(AccountViewSchema, 'AccountPage');

export const AuditEntryViewSchema = z
  .object({
    seq: z.number().int(),
    occurredAt: z.string(),
    actorId: z.number().int().nullable(),
    actorName: z.string().nullable(),
    actorRole: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
    address: z.string().nullable(),
    requestId: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntryView = z.infer<typeof AuditEntryViewSchema>;

export const AuditQuerySchema = PageQuerySchema.extend({
  action: z.string().trim().max(64).optional(),
  actor: z.string().trim().max(64).optional(),
  from: z.iso.date().optional().describe('YYYY-MM-DD, inclusive (UTC)'),
  to: z.iso.date().optional().describe('YYYY-MM-DD, inclusive (UTC)'),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditPageSchema = pageSchema(AuditEntryViewSchema, 'AuditPage');

export const AuditVerificationSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    brokenAt: z.number().int().nullable(),
    reason: z.string().nullable(),
    /** Signed checkpoints read from S3 and held against the chain. */
    checkpoints: z.number().int().optional(),
    /** The object key of the checkpoint that failed, when a checkpoint is the reason. */
    checkpoint: z.string().nullable().optional(),
  })
  .meta({ id: 'AuditVerification' });
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;
