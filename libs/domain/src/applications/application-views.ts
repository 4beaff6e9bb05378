import { z } from 'zod';
import { ReviewNoticeSchema } from '../review/review-notice';
import { APPLICATION_STATES } from '../workflow/application-states';

/** Response and request shapes of the application journey, shared by the API and the enterprise app. */
const RuleResultSchema = z.object({
  ruleId: z.string(),
  outcome: z.enum(['pass', 'fail', 'warn', 'missing']),
  message: z.object({ zh: z.string(), en: z.string() }),
  fields: z.array(z.string()),
});

export const EligibilityReportSchema = z
  .object({
    category: z.string(),
    verdict: z.enum(['eligible', 'ineligible', 'incomplete']),
    results: z.array(RuleResultSchema),
    counts: z.object({ pass: z.number(), fail: z.number(), warn: z.number(), missing: z.number() }),
  })
  .meta({ id: 'EligibilityReport' });

export const AttachmentViewSchema = z
  .object({
    id: z.number().int(),
    slotKey: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    createdAt: z.string(),
    signingCode: z.string().nullable().optional().describe('In a signed slot: the 核验码 (as printed) of the 签字盖章用 copy the scan was printed from'),
  })
  .meta({ id: 'Attachment' });
export type AttachmentView = z.infer<typeof AttachmentViewSchema>;

export const ApplicationViewSchema = z
  .object({
    id: z.number().int(),
    callId: z.number().int(),
    callTitle: z.string(),
    category: z.string(),
    enterpriseId: z.number().int(),
    enterpriseName: z.string(),
    callVersionNo: z.number().int(),
    state: z.enum(APPLICATION_STATES),
    data: z.record(z.string(), z.unknown()),
    eligibility: EligibilityReportSchema.nullable(),
    receiptNo: z.string().nullable(),
    submittedAt: z.string().nullable(),
    deadlineAt: z.string(),
    attachments: z.array(AttachmentViewSchema),
    updatedAt: z.string(),
    version: z.number().int(),
    reviewNotice: ReviewNoticeSchema.nullable().describe('What the district or the city asked to fix (or why it rejected), latest first'),
    recommendingUnitCode: z.string().nullable().describe('推荐单位 that checks and recommends it: set at submission from the profile’s choice; null before the first submission'),
  })
  .meta({ id: 'Application' });
export type ApplicationView = z.infer<typeof ApplicationViewSchema>;

export const ApplicationSummarySchema = ApplicationViewSchema.omit({ data: true, eligibility: true, attachments: true }).meta({ id: 'ApplicationSummary' });
export type ApplicationSummary = z.infer<typeof ApplicationSummarySchema>;

export const SaveDraftSchema = z
  .object({
    version: z.number().int().min(1).describe('The version the edit started from; a stale one answers 409 with the current application'),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'SaveDraft' });
export type SaveDraft = z.infer<typeof SaveDraftSchema>;

export const ReceiptSchema = z
  .object({ applicationId: z.number().int(), receiptNo: z.string(), submittedAt: z.string(), callTitle: z.string(), enterpriseName: z.string() })
  .meta({ id: 'Receipt' });
export type Receipt = z.infer<typeof ReceiptSchema>;

export const TimelineEventSchema = z
  .object({
    occurredAt: z.string(),
    action: z.string(),
    fromState: z.string().nullable(),
    toState: z.string(),
    actorName: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const NotificationViewSchema = z
  .object({ id: z.number().int(), kind: z.string(), title: z.object({ zh: z.string(), en: z.string() }), applicationId: z.number().int().nullable(), createdAt: z.string(), read: z.boolean() })
  .meta({ id: 'Notification' });
export type NotificationView = z.infer<typeof NotificationViewSchema>;

export const ProfileViewSchema = z
  .object({
    data: z.record(z.string(), z.unknown()),
    version: z.number().int().describe('0 before the first save'),
    sizeClass: z.enum(['large', 'medium', 'small', 'micro']).nullable(),
    aboveDesignatedSize: z.boolean().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'EnterpriseProfile' });
export type ProfileView = z.infer<typeof ProfileViewSchema>;

export const SaveProfileSchema = z
  .object({ version: z.number().int().min(0), data: z.record(z.string(), z.unknown()) })
  .meta({ id: 'SaveProfile' });
export type SaveProfile = z.infer<typeof SaveProfileSchema>;
