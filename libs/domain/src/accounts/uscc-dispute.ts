import { z } from 'zod';
import { localizedMessage, type LocalizedText } from '../i18n/localized-text';
import { EmailField, MobileField, PersonNameField, UsccField } from './account-schemas';
import { PageQuerySchema, pageSchema } from './account-views';
import { VERIFICATION_DOCUMENT_KINDS, VerificationDocumentViewSchema } from './enterprise-verification';

/**
 * A USCC already registered can be disputed (issue #12): someone who says the enterprise is theirs files the USCC,
 * their contact details and a statement, then uploads the same two documents as 企业认证 (营业执照, 授权书) with the
 * one-time token of the filing. An administrator upholds it (the enterprise's accounts are disabled, their sessions
 * and links revoked, and the claimant gets a new administrator account through an invitation link) or dismisses it
 * with a reason.
 *
 *   awaiting_documents ──(both uploaded)──► open ──► upheld / dismissed
 */
export const DISPUTE_STATUSES = ['awaiting_documents', 'open', 'upheld', 'dismissed'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const DISPUTE_STATUS_LABELS: Readonly<Record<DisputeStatus, LocalizedText>> = {
  awaiting_documents: { zh: '待上传材料', en: 'Waiting for documents' },
  open: { zh: '待处理', en: 'Open' },
  upheld: { zh: '异议成立', en: 'Upheld' },
  dismissed: { zh: '已驳回', en: 'Dismissed' },
};

export const DISPUTE_POLICY = {
  /** The filing's token uploads its two documents within this time. */
  uploadHours: 24,
  /** The longest statement. */
  maxStatementLength: 2000,
} as const;

const msg = (zh: string, en: string) => localizedMessage({ zh, en });

export const FileDisputeSchema = z
  .object({
    uscc: UsccField,
    enterpriseName: z.string().trim().min(4, { message: msg('请输入企业全称', 'Enter the enterprise’s full name') }).max(100),
    contactName: PersonNameField,
    mobile: MobileField,
    email: EmailField,
    statement: z
      .string()
      .trim()
      .min(10, { message: msg('请说明理由（至少10个字）', 'Say why (at least 10 characters)') })
      .max(DISPUTE_POLICY.maxStatementLength, { message: msg('最多2000字', 'At most 2000 characters') }),
  })
  .meta({ id: 'FileDispute' });
export type FileDispute = z.infer<typeof FileDisputeSchema>;

export const DisputeFiledSchema = z
  .object({
    caseNo: z.string(),
    status: z.enum(DISPUTE_STATUSES),
    uploadToken: z.string().describe('Send it in X-Dispute-Token with each document upload'),
    uploadExpiresAt: z.string(),
  })
  .meta({ id: 'DisputeFiled' });
export type DisputeFiled = z.infer<typeof DisputeFiledSchema>;

export const DisputeUploadSchema = z
  .object({ caseNo: z.string(), status: z.enum(DISPUTE_STATUSES), documents: z.array(z.enum(VERIFICATION_DOCUMENT_KINDS)) })
  .meta({ id: 'DisputeUpload' });

export const DisputeViewSchema = z
  .object({
    id: z.number().int(),
    caseNo: z.string(),
    uscc: z.string(),
    enterpriseId: z.number().int(),
    registeredName: z.string().describe('The enterprise’s name as registered on the portal'),
    claimedName: z.string().describe('The name the claimant gave'),
    contactName: z.string(),
    mobile: z.string(),
    email: z.string(),
    statement: z.string(),
    status: z.enum(DISPUTE_STATUSES),
    reason: z.string().nullable(),
    filedAt: z.string(),
    decidedAt: z.string().nullable(),
    documents: z.array(VerificationDocumentViewSchema),
  })
  .meta({ id: 'Dispute' });
export type DisputeView = z.infer<typeof DisputeViewSchema>;

export const DisputePageSchema = pageSchema(DisputeViewSchema, 'DisputePage');
export const DisputeQuerySchema = PageQuerySchema.extend({ status: z.enum(DISPUTE_STATUSES).default('open') });
export type DisputeQuery = z.infer<typeof DisputeQuerySchema>;

export const DisputeDecisionSchema = z
  .object({
    decision: z.enum(['uphold', 'dismiss']),
    reason: z
      .string()
      .trim()
      .min(2, { message: msg('请写明理由', 'Give the reason') })
      .max(500, { message: msg('理由最多500字', 'At most 500 characters') }),
  })
  .meta({ id: 'DisputeDecision' });
export type DisputeDecision = z.infer<typeof DisputeDecisionSchema>;
