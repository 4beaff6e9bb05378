import { z } from 'zod';
import { RECOMMENDING_UNIT_CODES } from '../catalogue/recommending-units';
import { TEXT_LIMITS } from '../shared/text-limits';
import { AttachmentViewSchema, EligibilityReportSchema, TimelineEventSchema } from '../applications/application-views';
import { DECLARED_RELATION_KINDS } from '../expert-draw/conflict-of-interest';
import { subFieldField, usccField } from '../forms/field-schemas';
import { bilingual } from '../forms/form-meta';
import { APPLICATION_STATES } from '../workflow/application-states';
import { NoticeItemSchema, ReasonTextSchema, ReviewNoticeSchema } from './review-notice';

/**
 * Request and response shapes of the review pipeline (issue #7): district preliminary review (区级初审), the city's
 * formal check (形式审查), the expert pool, panel draws, scoring and ranking. Shared by the API (validation and
 * OpenAPI) and the reviewer app.
 */

const localized = z.object({ zh: z.string(), en: z.string() });
const reasonText = ReasonTextSchema;

export const ReviewApplicationSummarySchema = z
  .object({
    id: z.number().int(),
    callId: z.number().int(),
    callTitle: z.string(),
    receiptNo: z.string().nullable(),
    enterpriseName: z.string(),
    uscc: z.string(),
    recommendingUnitCode: z.string().nullable().describe('推荐单位 the application is routed to (its profile’s choice at submission)'),
    subFieldCode: z.string().nullable(),
    projectName: z.string(),
    totalInvestmentWanYuan: z.number().nullable(),
    state: z.enum(APPLICATION_STATES),
    submittedAt: z.string().nullable(),
    eligibilityVerdict: z.enum(['eligible', 'ineligible', 'incomplete']).nullable(),
    unitPriority: z.number().int().nullable().describe('Order of the recommending unit’s recommendation (1 = first)'),
    revisionDueOn: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ReviewApplicationSummary' });
export type ReviewApplicationSummary = z.infer<typeof ReviewApplicationSummarySchema>;

export const ReviewListQuerySchema = z.object({
  callId: z.coerce.number().int().min(1).optional(),
  state: z.enum(APPLICATION_STATES).optional(),
  recommendingUnitCode: z.enum(RECOMMENDING_UNIT_CODES as [string, ...string[]]).optional().describe('Only this 推荐单位 (city officers; a unit officer always sees only their own unit)'),
  q: z.string().trim().max(100).optional().describe('Part of the enterprise name, USCC, receipt number or project name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ReviewListQuery = z.infer<typeof ReviewListQuerySchema>;

export const ChecklistResultSchema = z.object({
  key: z.string().max(TEXT_LIMITS.key),
  passed: z.boolean(),
  note: z.string().trim().max(1000).optional(),
});
export type ChecklistResult = z.infer<typeof ChecklistResultSchema>;

/** A change between the version the city last checked and the version resubmitted. */
export const SnapshotChangeSchema = z.object({
  path: z.string().describe('`data.<field>` or `attachments.<slot>`'),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type SnapshotChange = z.infer<typeof SnapshotChangeSchema>;

export const FormalCheckViewSchema = z
  .object({
    round: z.number().int(),
    outcome: z.enum(['accept', 'request_revision', 'reject']),
    items: z.array(ChecklistResultSchema.extend({ label: localized })),
    reason: z.string().nullable(),
    checkedAt: z.string(),
    checkedBy: z.string(),
  })
  .meta({ id: 'FormalCheck' });
export type FormalCheckView = z.infer<typeof FormalCheckViewSchema>;

export const ReviewApplicationDetailSchema = ReviewApplicationSummarySchema.extend({
  data: z.record(z.string(), z.unknown()),
  eligibility: EligibilityReportSchema.nullable(),
  attachments: z.array(AttachmentViewSchema),
  reviewNotice: ReviewNoticeSchema.nullable(),
  formalChecks: z.array(FormalCheckViewSchema),
  checklist: z.array(z.object({ key: z.string(), label: localized })).describe('The call’s formal checklist'),
  changesSinceLastCheck: z.array(SnapshotChangeSchema).describe('Empty before the first check or when nothing changed'),
  carriedOverItems: z.array(z.string()).describe('Checklist items passed at the last check: only the others need checking again'),
  timeline: z.array(TimelineEventSchema),
  legalRepresentative: z
    .object({ name: z.string().nullable(), idMasked: z.string().nullable().describe('公民身份号码 masked (first 3, last 2 characters); never whole') })
    .optional()
    .describe('法定代表人 as in the profile the submission was checked against'),
}).meta({ id: 'ReviewApplicationDetail' });
export type ReviewApplicationDetail = z.infer<typeof ReviewApplicationDetailSchema>;

export const DistrictDecisionSchema = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('recommend'), version: z.number().int().min(1), comment: z.string().trim().max(2000).optional() }),
    z.object({ decision: z.literal('return'), version: z.number().int().min(1), items: z.array(NoticeItemSchema).min(1, { error: bilingual('请逐项列出退回原因', 'List each reason for the return') }) }),
    z.object({ decision: z.literal('reject'), version: z.number().int().min(1), reason: reasonText }),
  ])
  .meta({ id: 'DistrictDecision' });
export type DistrictDecision = z.infer<typeof DistrictDecisionSchema>;

export const DistrictPrioritySchema = z
  .object({ callId: z.number().int().min(1), applicationIds: z.array(z.number().int().min(1)).min(1).describe('The district’s recommended applications, first = highest priority') })
  .meta({ id: 'DistrictPriority' });
export type DistrictPriority = z.infer<typeof DistrictPrioritySchema>;

export const FormalCheckInputSchema = z
  .object({
    version: z.number().int().min(1),
    outcome: z.enum(['accept', 'request_revision', 'reject']),
    items: z.array(ChecklistResultSchema).min(1),
    reason: z.string().trim().max(2000).optional().describe('Required to reject'),
  })
  .meta({ id: 'FormalCheckInput' });
export type FormalCheckInput = z.infer<typeof FormalCheckInputSchema>;

export const ExpertRelationSchema = z.object({
  uscc: usccField({ zh: '关联单位统一社会信用代码', en: 'USCC of the related organisation' }),
  name: z.string().trim().min(2).max(100),
  kind: z.enum(DECLARED_RELATION_KINDS),
  note: z.string().trim().max(500).optional(),
});
export type ExpertRelation = z.infer<typeof ExpertRelationSchema>;

export const ExpertCoApplicationSchema = z.object({
  partnerUscc: usccField({ zh: '合作单位统一社会信用代码', en: 'USCC of the partner' }),
  partnerName: z.string().trim().min(2).max(100),
  date: z.iso.date(),
});

export const ExpertInputSchema = z
  .object({
    name: z.string().trim().min(2).max(50),
    employer: z.string().trim().min(2).max(100),
    employerUscc: usccField({ zh: '工作单位统一社会信用代码', en: 'Employer USCC' }).nullable(),
    title: z.string().trim().min(2).max(50).describe('Professional title, e.g. 教授级高级工程师'),
    fields: z.array(subFieldField({ zh: '专业领域', en: 'Field of expertise' })).min(1, { error: bilingual('至少选择一个专业领域', 'Choose at least one field') }),
    mobile: z.string().regex(/^1\d{10}$/, { error: bilingual('请输入11位手机号', 'Enter an 11-digit mobile number') }),
    email: z.email().max(254).nullable(),
    relations: z.array(ExpertRelationSchema).max(50).describe('Organisations the expert must not review, declared by the expert'),
    coApplications: z.array(ExpertCoApplicationSchema).max(50).describe('Joint applications of the expert with other organisations'),
    available: z.boolean(),
    accountUserName: z.string().trim().max(64).nullable().describe('The expert account that signs in to score, if any'),
  })
  .meta({ id: 'ExpertInput' });
export type ExpertInput = z.infer<typeof ExpertInputSchema>;

export const ExpertViewSchema = ExpertInputSchema.extend({ id: z.number().int(), accountId: z.number().int().nullable(), version: z.number().int() }).meta({ id: 'Expert' });
export type ExpertView = z.infer<typeof ExpertViewSchema>;

export const UpdateExpertSchema = z.object({ version: z.number().int().min(1), expert: ExpertInputSchema }).meta({ id: 'UpdateExpert' });

export const ExpertListQuerySchema = z.object({
  field: z.string().max(16).optional(),
  available: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const CreatePanelSchema = z
  .object({
    name: z.string().trim().min(2).max(100),
    applicationIds: z.array(z.number().int().min(1)).describe('Formally accepted applications of the call; empty = all not yet on a panel'),
    size: z.number().int().min(5).optional().describe('Odd, ≥ 5; default the call’s panel size'),
    requiredFields: z.array(z.string().max(16)).max(14).describe('Sub-field codes at least one member must cover'),
  })
  .meta({ id: 'CreatePanel' });
export type CreatePanel = z.infer<typeof CreatePanelSchema>;

export const ASSIGNMENT_STATUSES = ['pending', 'confirmed', 'conflict', 'declined'] as const;

/** An assignment that still counts on the panel: not stepped down (conflict) and not declined. */
export function isActiveAssignment(status: string): boolean {
  return status === 'pending' || status === 'confirmed';
}
export const SCORE_STATUSES = ['none', 'draft', 'submitted'] as const;

export const PanelMemberViewSchema = z.object({
  expertId: z.number().int(),
  name: z.string(),
  employer: z.string(),
  title: z.string(),
  fields: z.array(z.string()),
  role: z.enum(['drawn', 'replacement']),
  declined: z.boolean(),
});

export const ExclusionViewSchema = z.object({
  expertId: z.number().int(),
  name: z.string(),
  employer: z.string(),
  reasons: z.array(z.object({ code: z.string(), message: localized })),
});

export const PanelApplicationProgressSchema = z.object({
  applicationId: z.number().int(),
  receiptNo: z.string().nullable(),
  enterpriseName: z.string(),
  projectName: z.string(),
  state: z.enum(APPLICATION_STATES),
  assignments: z.array(
    z.object({
      assignmentId: z.number().int(),
      expertId: z.number().int(),
      expertName: z.string(),
      status: z.enum(ASSIGNMENT_STATUSES),
      scoreStatus: z.enum(SCORE_STATUSES),
      total: z.number().nullable(),
      replacesExpertId: z.number().int().nullable(),
    }),
  ),
});

export const PanelViewSchema = z
  .object({
    id: z.number().int(),
    callId: z.number().int(),
    name: z.string(),
    size: z.number().int(),
    requiredFields: z.array(z.string()),
    status: z.enum(['committed', 'drawn']),
    seedHash: z.string().describe('SHA-256 of the seed, recorded before the draw'),
    seed: z.string().nullable().describe('Revealed after the draw, so anyone can replay it'),
    committedAt: z.string(),
    drawnAt: z.string().nullable(),
    candidateCount: z.number().int(),
    members: z.array(PanelMemberViewSchema),
    reserves: z.array(z.number().int()).describe('Eligible experts not drawn, in the order replacements are called'),
    excluded: z.array(ExclusionViewSchema),
    applications: z.array(PanelApplicationProgressSchema),
    progress: z.object({ expected: z.number().int(), submitted: z.number().int() }),
  })
  .meta({ id: 'Panel' });
export type PanelView = z.infer<typeof PanelViewSchema>;

export const PanelReplaySchema = z
  .object({ matches: z.boolean(), seedHash: z.string(), recorded: z.array(z.number().int()), replayed: z.array(z.number().int()) })
  .meta({ id: 'PanelReplay' });

export const ConflictDeclarationSchema = z
  .object({
    noConflict: z.boolean().describe('true: I have no conflict of interest with this application; false: I have one (I step down)'),
    note: z.string().trim().max(1000).optional(),
  })
  .meta({ id: 'ConflictDeclaration' });
export type ConflictDeclaration = z.infer<typeof ConflictDeclarationSchema>;

export const ExpertAssignmentSummarySchema = z
  .object({
    applicationId: z.number().int(),
    panelId: z.number().int(),
    panelName: z.string(),
    callId: z.number().int(),
    callTitle: z.string(),
    projectName: z.string(),
    enterpriseName: z.string().nullable().describe('null in blind review'),
    subFieldCode: z.string().nullable(),
    status: z.enum(ASSIGNMENT_STATUSES),
    scoreStatus: z.enum(SCORE_STATUSES),
    total: z.number().nullable(),
  })
  .meta({ id: 'ExpertAssignment' });
export type ExpertAssignmentSummary = z.infer<typeof ExpertAssignmentSummarySchema>;

export const ScoreViewSchema = z.object({
  points: z.record(z.string(), z.number()),
  comments: z.record(z.string(), z.string()),
  total: z.number().nullable(),
  outlierReason: z.string().nullable(),
  status: z.enum(SCORE_STATUSES),
  submittedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  version: z.number().int(),
});
export type ScoreView = z.infer<typeof ScoreViewSchema>;

export const ExpertApplicationViewSchema = z
  .object({
    applicationId: z.number().int(),
    callTitle: z.string(),
    category: z.string(),
    blind: z.boolean(),
    enterpriseName: z.string().nullable(),
    uscc: z.string().nullable(),
    receiptNo: z.string().nullable(),
    data: z.record(z.string(), z.unknown()).describe('The submitted form; in blind review without contact fields'),
    eligibility: EligibilityReportSchema.nullable(),
    attachments: z.array(AttachmentViewSchema).describe('In blind review without identifying documents'),
    rubric: z.object({ criteria: z.array(z.object({ id: z.string(), name: localized, description: localized, weight: z.number(), maxPoints: z.number() })) }),
    outlierThresholdPoints: z.number(),
    score: ScoreViewSchema,
  })
  .meta({ id: 'ExpertApplication' });
export type ExpertApplicationView = z.infer<typeof ExpertApplicationViewSchema>;

export const SaveScoreSchema = z
  .object({
    version: z.number().int().min(0).describe('The score’s version (0 before the first save)'),
    points: z.record(z.string(), z.number()),
    comments: z.record(z.string(), z.string().trim().max(2000)),
    outlierReason: z.string().trim().max(2000).optional(),
    submit: z.boolean().describe('false saves a draft; true submits and locks the score'),
  })
  .meta({ id: 'SaveScore' });
export type SaveScore = z.infer<typeof SaveScoreSchema>;

export const PanelScoresViewSchema = z
  .object({ totals: z.array(z.object({ expertLabel: z.string(), total: z.number(), own: z.boolean() })), trimmedMean: z.number().nullable() })
  .meta({ id: 'PanelScores' });

export const DeclineMemberSchema = z.object({ reason: reasonText.describe('What the expert said, e.g. 出差无法参加') }).meta({ id: 'DeclineMember' });
export type DeclineMember = z.infer<typeof DeclineMemberSchema>;

export const ReopenScoreSchema = z.object({ reason: reasonText }).meta({ id: 'ReopenScore' });

export const ApplicationScoresViewSchema = z
  .object({
    applicationId: z.number().int(),
    scores: z.array(
      z.object({
        assignmentId: z.number().int(),
        expertId: z.number().int(),
        expertName: z.string(),
        status: z.enum(SCORE_STATUSES),
        points: z.record(z.string(), z.number()),
        comments: z.record(z.string(), z.string()),
        total: z.number().nullable(),
        outlier: z.boolean(),
        outlierReason: z.string().nullable(),
        submittedAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ApplicationScores' });

export const RankingRowSchema = z.object({
  applicationId: z.number().int(),
  rank: z.number().int(),
  receiptNo: z.string().nullable(),
  enterpriseName: z.string(),
  recommendingUnitCode: z.string().nullable(),
  subFieldCode: z.string().nullable(),
  projectName: z.string(),
  state: z.enum(APPLICATION_STATES),
  totals: z.array(z.number()),
  trimmedMean: z.number(),
  median: z.number(),
  spread: z.number(),
  outliers: z.number().int(),
  passed: z.boolean(),
  withinQuota: z.boolean(),
  decision: z.enum(['shortlisted', 'declined']).nullable(),
  decisionReason: z.string().nullable(),
});
export type RankingRow = z.infer<typeof RankingRowSchema>;

export const RankingViewSchema = z
  .object({
    callId: z.number().int(),
    quota: z.number().int(),
    passLine: z.number(),
    shortlisted: z.number().int(),
    rows: z.array(RankingRowSchema),
    pending: z.array(z.object({ applicationId: z.number().int(), receiptNo: z.string().nullable(), projectName: z.string(), submitted: z.number().int(), expected: z.number().int() })),
  })
  .meta({ id: 'Ranking' });
export type RankingView = z.infer<typeof RankingViewSchema>;

export const ShortlistDecisionSchema = z
  .object({ decision: z.enum(['shortlist', 'decline']), reason: reasonText, version: z.number().int().min(1) })
  .meta({ id: 'ShortlistDecision' });
export type ShortlistDecision = z.infer<typeof ShortlistDecisionSchema>;

