import {
  ApplicationScoresViewSchema,
  ConflictDeclarationSchema,
  CreatePanelSchema,
  DeclineMemberSchema,
  DistrictDecisionSchema,
  DistrictPrioritySchema,
  ErrorBodySchema,
  ExpertApplicationViewSchema,
  ExpertAssignmentSummarySchema,
  ExpertInputSchema,
  ExpertListQuerySchema,
  ExpertViewSchema,
  FormalCheckInputSchema,
  pageSchema,
  PanelReplaySchema,
  PanelScoresViewSchema,
  PanelViewSchema,
  RankingViewSchema,
  ReopenScoreSchema,
  ReviewApplicationDetailSchema,
  ReviewApplicationSummarySchema,
  ReviewListQuerySchema,
  SaveScoreSchema,
  ScoreViewSchema,
  ShortlistDecisionSchema,
  UpdateExpertSchema,
} from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

/**
 * The review pipeline (issue #7). Recommending-unit officers (role district_officer) see their 推荐单位's applications only; city officers see every
 * district; experts see the applications assigned to them, after declaring no conflict. Other records answer 404.
 */
const id = z.coerce.number().int().positive();
const IdParams = z.object({ id });
const district = { kind: 'permission', permission: 'review.district' } as const;
const city = { kind: 'permission', permission: 'review.city' } as const;
const staff = { kind: 'permission', permission: 'review.read' } as const;
const experts = { kind: 'permission', permission: 'experts.manage' } as const;
const expert = { kind: 'permission', permission: 'review.score' } as const;
const error = (description: string) => ({ description, schema: ErrorBodySchema });
const binary = (description: string, contentType: string) => ({ description, schema: z.string().meta({ format: 'binary' }), contentType });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ReviewPage = pageSchema(ReviewApplicationSummarySchema, 'ReviewApplicationPage');

// District preliminary review (区级初审)

export const listDistrictApplications = defineEndpoint({
  method: 'get',
  path: '/api/review/district/applications',
  operationId: 'listDistrictApplications',
  summary: 'Submitted applications of the officer’s district (recommended ones in priority order first)',
  tags: ['review'],
  access: district,
  request: { query: ReviewListQuerySchema },
  responses: { 200: { description: 'A page of applications', schema: ReviewPage } },
});

export const decideDistrict = defineEndpoint({
  method: 'post',
  path: '/api/review/applications/{id}/district-decision',
  operationId: 'decideDistrict',
  summary: 'Recommend, return for changes with itemised reasons, or reject with a reason (audited; the enterprise is notified)',
  tags: ['review'],
  access: district,
  request: { params: IdParams, body: DistrictDecisionSchema },
  responses: {
    200: { description: 'The application after the decision', schema: ReviewApplicationDetailSchema },
    404: error('Not an application of your district (NOT_FOUND)'),
    409: error('Stale version (CONFLICT), not awaiting district review (ILLEGAL_TRANSITION), the unit’s quota filled (UNIT_QUOTA_REACHED)'),
  },
});

export const orderDistrictRecommendations = defineEndpoint({
  method: 'put',
  path: '/api/review/district/priority',
  operationId: 'orderDistrictRecommendations',
  summary: 'Set the priority order of the district’s recommendations in a call (every recommended application, once)',
  tags: ['review'],
  access: district,
  request: { body: DistrictPrioritySchema },
  responses: { 200: { description: 'The recommended applications in the new order', schema: z.array(ReviewApplicationSummarySchema) } },
});

export const exportDistrictRecommendations = defineEndpoint({
  method: 'get',
  path: '/api/review/district/recommended.xlsx',
  operationId: 'exportDistrictRecommendations',
  summary: 'The district’s recommended list of a call as Excel, in priority order (audited)',
  tags: ['review'],
  access: district,
  request: { query: z.object({ callId: id }) },
  responses: { 200: binary('The workbook', XLSX), 404: error('No such call (NOT_FOUND)') },
});

// Shared by district and city officers

export const getReviewApplication = defineEndpoint({
  method: 'get',
  path: '/api/review/applications/{id}',
  operationId: 'getReviewApplication',
  summary: 'One submitted application with eligibility, attachments, notices, formal checks and the changes since the last check',
  tags: ['review'],
  access: staff,
  request: { params: IdParams },
  responses: { 200: { description: 'The application', schema: ReviewApplicationDetailSchema }, 404: error('Not submitted, or not of your district (NOT_FOUND)') },
});

export const downloadReviewAttachment = defineEndpoint({
  method: 'get',
  path: '/api/review/applications/{id}/attachments/{attachmentId}',
  operationId: 'downloadReviewAttachment',
  summary: 'An attachment of a submitted application, inline (audited)',
  tags: ['review'],
  access: staff,
  request: { params: z.object({ id, attachmentId: id }) },
  responses: { 200: binary('The file', 'application/octet-stream'), 404: error('No such attachment you may see (NOT_FOUND)') },
});

export const reviewApplicationForm = defineEndpoint({
  method: 'get',
  path: '/api/review/applications/{id}/application-form.pdf',
  operationId: 'reviewApplicationForm',
  summary: 'The submitted 申报书 as archived at the latest submission (audited)',
  tags: ['review'],
  access: staff,
  request: { params: IdParams },
  responses: { 200: binary('The PDF', 'application/pdf'), 404: error('Not an application you may see (NOT_FOUND)') },
});

// City formal check (形式审查)

export const listCityApplications = defineEndpoint({
  method: 'get',
  path: '/api/review/city/applications',
  operationId: 'listCityApplications',
  summary: 'Applications the districts recommended, and every later stage, across districts',
  tags: ['review'],
  access: city,
  request: { query: ReviewListQuerySchema },
  responses: { 200: { description: 'A page of applications', schema: ReviewPage } },
});

export const formalCheck = defineEndpoint({
  method: 'post',
  path: '/api/review/applications/{id}/formal-check',
  operationId: 'formalCheck',
  summary: 'Record the checklist and accept, request revision (one consolidated notice with a working-day deadline) or reject',
  tags: ['review'],
  access: city,
  request: { params: IdParams, body: FormalCheckInputSchema },
  responses: {
    200: { description: 'The application after the check', schema: ReviewApplicationDetailSchema },
    404: error('No such submitted application (NOT_FOUND)'),
    409: error('Stale version (CONFLICT) or not awaiting the formal check (ILLEGAL_TRANSITION)'),
    422: error('Checklist incomplete or inconsistent with the outcome (CHECKLIST_INCOMPLETE)'),
  },
});

// Expert pool

export const listExperts = defineEndpoint({
  method: 'get',
  path: '/api/experts',
  operationId: 'listExperts',
  summary: 'The expert pool, filtered by field, availability or name/employer',
  tags: ['experts'],
  access: experts,
  request: { query: ExpertListQuerySchema },
  responses: { 200: { description: 'A page of experts', schema: pageSchema(ExpertViewSchema, 'ExpertPage') } },
});

export const createExpert = defineEndpoint({
  method: 'post',
  path: '/api/experts',
  operationId: 'createExpert',
  summary: 'Add an expert to the pool (audited)',
  tags: ['experts'],
  access: experts,
  request: { body: ExpertInputSchema },
  responses: { 201: { description: 'Created', schema: ExpertViewSchema }, 422: error('The account named is not an expert account (VALIDATION_FAILED)') },
});

export const updateExpert = defineEndpoint({
  method: 'put',
  path: '/api/experts/{id}',
  operationId: 'updateExpert',
  summary: 'Edit an expert record (optimistic version; audited)',
  tags: ['experts'],
  access: experts,
  request: { params: IdParams, body: UpdateExpertSchema },
  responses: { 200: { description: 'Updated', schema: ExpertViewSchema }, 409: error('Stale version (CONFLICT)') },
});

// Panels

export const listPanels = defineEndpoint({
  method: 'get',
  path: '/api/calls/{id}/panels',
  operationId: 'listPanels',
  summary: 'The expert panels of a call with their progress',
  tags: ['panels'],
  access: city,
  request: { params: IdParams },
  responses: { 200: { description: 'Panels', schema: z.array(PanelViewSchema) } },
});

export const createPanel = defineEndpoint({
  method: 'post',
  path: '/api/calls/{id}/panels',
  operationId: 'createPanel',
  summary: 'Create a panel for formally accepted applications and record the SHA-256 of a fresh random seed before the draw',
  tags: ['panels'],
  access: city,
  request: { params: IdParams, body: CreatePanelSchema },
  responses: {
    201: { description: 'The panel, seed committed, not drawn', schema: PanelViewSchema },
    409: error('An application is not formally accepted or already on a panel (ILLEGAL_TRANSITION)'),
  },
});

export const getPanel = defineEndpoint({
  method: 'get',
  path: '/api/panels/{id}',
  operationId: 'getPanel',
  summary: 'A panel: members, exclusions with reasons, seed, and scoring progress per application',
  tags: ['panels'],
  access: city,
  request: { params: IdParams },
  responses: { 200: { description: 'The panel', schema: PanelViewSchema }, 404: error('No such panel (NOT_FOUND)') },
});

export const drawPanel = defineEndpoint({
  method: 'post',
  path: '/api/panels/{id}/draw',
  operationId: 'drawPanel',
  summary: 'Run the deterministic draw with the committed seed; the applications move to expert review (audited)',
  tags: ['panels'],
  access: city,
  request: { params: IdParams },
  responses: {
    200: { description: 'The drawn panel, seed revealed', schema: PanelViewSchema },
    409: error('Already drawn (PANEL_ALREADY_DRAWN)'),
    422: error('Too few experts or a required field cannot be covered (PANEL_DRAW_FAILED)'),
  },
});

export const replayPanel = defineEndpoint({
  method: 'get',
  path: '/api/panels/{id}/replay',
  operationId: 'replayPanel',
  summary: 'Run the draw again from the recorded seed and candidates and compare with the recorded panel',
  tags: ['panels'],
  access: city,
  request: { params: IdParams },
  responses: { 200: { description: 'Whether the replay matches', schema: PanelReplaySchema }, 409: error('Not drawn yet (ILLEGAL_TRANSITION)') },
});

export const remindPanel = defineEndpoint({
  method: 'post',
  path: '/api/panels/{id}/reminders',
  operationId: 'remindPanel',
  summary: 'E-mail every member with a declaration or score still to do (audited)',
  tags: ['panels'],
  access: city,
  request: { params: IdParams },
  responses: { 200: { description: 'How many experts were reminded', schema: z.object({ reminded: z.number().int() }) } },
});

export const declineMember = defineEndpoint({
  method: 'post',
  path: '/api/panels/{id}/members/{expertId}/decline',
  operationId: 'declineMember',
  summary: 'Record that a member declined: their unscored assignments end and the next reserves without a conflict replace them (audited)',
  tags: ['panels'],
  access: city,
  request: { params: z.object({ id, expertId: id }), body: DeclineMemberSchema },
  responses: {
    200: { description: 'The panel after the replacements', schema: PanelViewSchema },
    404: error('No such panel or member (NOT_FOUND)'),
    409: error('Not drawn yet (ILLEGAL_TRANSITION), or no reserve left for an application (NO_RESERVE_EXPERT)'),
  },
});

export const panelSummaryPdf = defineEndpoint({
  method: 'get',
  path: '/api/panels/{id}/summary.pdf',
  operationId: 'panelSummaryPdf',
  summary: 'The panel summary (评审专家组汇总表) as PDF, for signature',
  tags: ['panels'],
  access: city,
  request: { params: IdParams },
  responses: { 200: binary('The PDF', 'application/pdf'), 404: error('No such panel (NOT_FOUND)') },
});

export const scoreSheetPdf = defineEndpoint({
  method: 'get',
  path: '/api/panels/{id}/experts/{expertId}/score-sheet.pdf',
  operationId: 'scoreSheetPdf',
  summary: 'One member’s score sheet (专家评分表) for signature, with the scores submitted so far',
  tags: ['panels'],
  access: city,
  request: { params: z.object({ id, expertId: id }) },
  responses: { 200: binary('The PDF', 'application/pdf'), 404: error('No such panel member (NOT_FOUND)') },
});

// Experts' own work

export const listAssignments = defineEndpoint({
  method: 'get',
  path: '/api/expert/assignments',
  operationId: 'listAssignments',
  summary: 'The applications assigned to the signed-in expert',
  tags: ['scoring'],
  access: expert,
  responses: { 200: { description: 'Assignments', schema: z.array(ExpertAssignmentSummarySchema) } },
});

export const declareConflict = defineEndpoint({
  method: 'post',
  path: '/api/expert/applications/{id}/declaration',
  operationId: 'declareConflict',
  summary: 'Confirm no conflict of interest before seeing the application, or declare one (you step down and a reserve replaces you)',
  tags: ['scoring'],
  access: expert,
  request: { params: IdParams, body: ConflictDeclarationSchema },
  responses: { 200: { description: 'The assignment after the declaration', schema: ExpertAssignmentSummarySchema }, 404: error('Not assigned to you (NOT_FOUND)') },
});

export const getExpertApplication = defineEndpoint({
  method: 'get',
  path: '/api/expert/applications/{id}',
  operationId: 'getExpertApplication',
  summary: 'An assigned application (identity hidden in blind review), the rubric and your own score',
  tags: ['scoring'],
  access: expert,
  request: { params: IdParams },
  responses: {
    200: { description: 'The application', schema: ExpertApplicationViewSchema },
    404: error('Not assigned to you (NOT_FOUND)'),
    409: error('No-conflict declaration not confirmed yet (DECLARATION_REQUIRED)'),
  },
});

export const downloadExpertAttachment = defineEndpoint({
  method: 'get',
  path: '/api/expert/applications/{id}/attachments/{attachmentId}',
  operationId: 'downloadExpertAttachment',
  summary: 'An attachment of an assigned application, inline (not identifying documents in blind review; audited)',
  tags: ['scoring'],
  access: expert,
  request: { params: z.object({ id, attachmentId: id }) },
  responses: { 200: binary('The file', 'application/octet-stream'), 404: error('Not assigned to you, or hidden (NOT_FOUND)') },
});

export const expertApplicationForm = defineEndpoint({
  method: 'get',
  path: '/api/expert/applications/{id}/application-form.pdf',
  operationId: 'expertApplicationForm',
  summary: 'The submitted 申报书 of an assigned application (not in blind review: it names the enterprise; audited)',
  tags: ['scoring'],
  access: expert,
  request: { params: IdParams },
  responses: {
    200: binary('The PDF', 'application/pdf'),
    404: error('Not assigned to you, or the call is reviewed blind (NOT_FOUND)'),
    409: error('No-conflict declaration not confirmed yet (DECLARATION_REQUIRED)'),
  },
});

export const saveScore = defineEndpoint({
  method: 'put',
  path: '/api/expert/applications/{id}/score',
  operationId: 'saveScore',
  summary: 'Save your score as a draft, or submit it (then it is locked)',
  tags: ['scoring'],
  access: expert,
  request: { params: IdParams, body: SaveScoreSchema },
  responses: {
    200: { description: 'Your score', schema: ScoreViewSchema },
    400: error('Points out of range or a criterion missing on submit (VALIDATION_FAILED)'),
    409: error('Stale version (CONFLICT), already submitted (SCORE_LOCKED), declaration missing (DECLARATION_REQUIRED)'),
    422: error('Your total is an outlier and no reason was given (OUTLIER_REASON_REQUIRED)'),
  },
});

export const panelScores = defineEndpoint({
  method: 'get',
  path: '/api/expert/applications/{id}/panel-scores',
  operationId: 'panelScores',
  summary: 'The panel’s submitted totals (anonymised), once your own score is submitted',
  tags: ['scoring'],
  access: expert,
  request: { params: IdParams },
  responses: { 200: { description: 'Totals', schema: PanelScoresViewSchema }, 409: error('Your score is not submitted yet (SCORE_NOT_SUBMITTED)') },
});

// Ranking and decision (city)

export const applicationScores = defineEndpoint({
  method: 'get',
  path: '/api/review/applications/{id}/scores',
  operationId: 'applicationScores',
  summary: 'Every expert’s score of an application, with outlier flags',
  tags: ['ranking'],
  access: city,
  request: { params: IdParams },
  responses: { 200: { description: 'Scores', schema: ApplicationScoresViewSchema }, 404: error('No such application (NOT_FOUND)') },
});

export const reopenScore = defineEndpoint({
  method: 'post',
  path: '/api/review/applications/{id}/scores/{expertId}/reopen',
  operationId: 'reopenScore',
  summary: 'Reopen a submitted score so the expert can change it, with a reason (audited; the application returns to review)',
  tags: ['ranking'],
  access: city,
  request: { params: z.object({ id, expertId: id }), body: ReopenScoreSchema },
  responses: { 200: { description: 'Scores after reopening', schema: ApplicationScoresViewSchema }, 409: error('The score is not submitted, or the application is past scoring (ILLEGAL_TRANSITION)') },
});

export const getRanking = defineEndpoint({
  method: 'get',
  path: '/api/calls/{id}/ranking',
  operationId: 'getRanking',
  summary: 'Trimmed-mean ranking of the call’s scored applications with medians, spread, outliers and the quota line',
  tags: ['ranking'],
  access: city,
  request: { params: IdParams },
  responses: { 200: { description: 'The ranking', schema: RankingViewSchema }, 404: error('No such call (NOT_FOUND)') },
});

export const exportRanking = defineEndpoint({
  method: 'get',
  path: '/api/calls/{id}/ranking.xlsx',
  operationId: 'exportRanking',
  summary: 'The ranking and every score as Excel (audited)',
  tags: ['ranking'],
  access: city,
  request: { params: IdParams },
  responses: { 200: binary('The workbook', XLSX), 404: error('No such call (NOT_FOUND)') },
});

export const decideShortlist = defineEndpoint({
  method: 'post',
  path: '/api/review/applications/{id}/shortlist',
  operationId: 'decideShortlist',
  summary: 'Shortlist a scored application (within the quota) or decline it, with a reason (audited; the enterprise is notified)',
  tags: ['ranking'],
  access: city,
  request: { params: IdParams, body: ShortlistDecisionSchema },
  responses: {
    200: { description: 'The ranking after the decision', schema: RankingViewSchema },
    409: error('Not scored (ILLEGAL_TRANSITION), quota filled (QUOTA_REACHED), stale version (CONFLICT)'),
  },
});
