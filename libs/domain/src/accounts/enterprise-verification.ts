import { z } from 'zod';
import { RECOMMENDING_UNIT_CODES } from '../catalogue/recommending-units';
import type { FileKind } from '../calls/attachment-slots';
import { localizedMessage, type LocalizedText } from '../i18n/localized-text';
import { PageQuerySchema, pageSchema } from './account-views';

/**
 * Proof that whoever registered a USCC controls that enterprise (issue #12): a scan of its 营业执照 (business
 * licence) and a signed and sealed 授权书 (authorisation letter), accepted by an officer of its recommending unit
 * (the district officer of the enterprise's district) or a city officer. Until then the enterprise may draft
 * applications but not submit them.
 *
 *   unverified ──(both documents uploaded)──► pending ──accept──► verified
 *        ▲                                       │
 *        └────────── rejected (with reason) ◄────┘ reject; new uploads move it to pending again
 */
export const VERIFICATION_STATUSES = ['unverified', 'pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const VERIFICATION_STATUS_LABELS: Readonly<Record<VerificationStatus, LocalizedText>> = {
  unverified: { zh: '未认证', en: 'Not verified' },
  pending: { zh: '待审核', en: 'Waiting for review' },
  verified: { zh: '已认证', en: 'Verified' },
  rejected: { zh: '未通过', en: 'Rejected' },
};

export const VERIFICATION_DOCUMENT_KINDS = ['business_licence', 'authorisation_letter'] as const;
export type VerificationDocumentKind = (typeof VERIFICATION_DOCUMENT_KINDS)[number];

export const VERIFICATION_DOCUMENT_LABELS: Readonly<Record<VerificationDocumentKind, LocalizedText>> = {
  business_licence: { zh: '营业执照', en: 'Business licence' },
  authorisation_letter: { zh: '授权书', en: 'Authorisation letter' },
};

/** The settings of the verification documents (the same types as applications' attachments, judged by content). */
export const VERIFICATION_POLICY = {
  /** The largest document accepted, in MB. */
  maxDocumentMb: 10,
  /** Scans as PDF, JPEG, PNG or OFD. */
  accept: ['pdf', 'jpeg', 'png', 'ofd'] as readonly FileKind[],
  /** The longest reason for a rejection or a dismissal. */
  maxReasonLength: 500,
} as const;

/** Both documents are there, so an officer can decide. */
export function hasAllVerificationDocuments(kinds: readonly string[]): boolean {
  return VERIFICATION_DOCUMENT_KINDS.every((kind) => kinds.includes(kind));
}

/** Whether the enterprise may still change its documents (not while an officer decides, not once verified). */
export function canUploadVerificationDocuments(status: VerificationStatus): boolean {
  return status === 'unverified' || status === 'rejected';
}

const msg = (zh: string, en: string) => localizedMessage({ zh, en });

export const VerificationDocumentViewSchema = z
  .object({
    kind: z.enum(VERIFICATION_DOCUMENT_KINDS),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string().describe('ISO time'),
  })
  .meta({ id: 'VerificationDocument' });
export type VerificationDocumentView = z.infer<typeof VerificationDocumentViewSchema>;

export const EnterpriseVerificationViewSchema = z
  .object({
    enterpriseId: z.number().int(),
    uscc: z.string(),
    enterpriseName: z.string(),
    status: z.enum(VERIFICATION_STATUSES),
    reason: z.string().nullable().describe('Why the officer rejected it (status rejected)'),
    recommendingUnitCode: z.string().nullable().describe('推荐单位 whose officers decide: the profile’s recommendingUnitCode when the documents were sent'),
    requestedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    documents: z.array(VerificationDocumentViewSchema),
  })
  .meta({ id: 'EnterpriseVerification' });
export type EnterpriseVerificationView = z.infer<typeof EnterpriseVerificationViewSchema>;

export const VerificationPageSchema = pageSchema(EnterpriseVerificationViewSchema, 'EnterpriseVerificationPage');

export const VerificationQuerySchema = PageQuerySchema.extend({
  status: z.enum(VERIFICATION_STATUSES).default('pending'),
  recommendingUnitCode: z
    .enum(RECOMMENDING_UNIT_CODES as [string, ...string[]])
    .optional()
    .describe('Only this 推荐单位 (city officers; a recommending-unit officer always sees only their own unit)'),
});
export type VerificationQuery = z.infer<typeof VerificationQuerySchema>;

export const VerificationDecisionSchema = z
  .object({
    decision: z.enum(['accept', 'reject']),
    reason: z.string().trim().max(VERIFICATION_POLICY.maxReasonLength, { message: msg('理由最多500字', 'At most 500 characters') }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'reject' && (!value.reason || value.reason.length < 2)) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: msg('不通过时请写明理由', 'Say why it is rejected') });
    }
  })
  .meta({ id: 'VerificationDecision' });
export type VerificationDecision = z.infer<typeof VerificationDecisionSchema>;
