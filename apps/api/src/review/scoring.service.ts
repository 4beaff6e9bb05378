import { Injectable } from '@nestjs/common';
import {
  type ConflictDeclaration,
  type ExpertApplicationView,
  type ExpertAssignmentSummary,
  localizedMessage,
  type Rubric,
  type SaveScore,
  type ScoreView,
  trimmedMean,
  validatePoints,
  weightedTotal,
  blindApplicationData,
  flagOutliersOnceEnough,
  identifyingSlotKeys,
  isActiveAssignment,
  projectNameOf,
  subFieldCodeOf,
} from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { ApplicationEntity } from '../applications/application.entity';
import { toAttachmentView } from '../applications/application-view';
import { ApplicationsRepository } from '../applications/applications.repository';
import type { AttachmentEntity } from '../attachments/attachment.entity';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import type { CallEntity } from '../calls/call.entity';
import { CallsRepository } from '../calls/calls.repository';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { inTransaction } from '../database/transaction';
import type { ExpertEntity } from './expert.entity';
import { PanelsService } from './panels.service';
import type { ReviewAssignmentEntity } from './review-assignment.entity';
import type { ReviewPanelEntity } from './review-panel.entity';
import { ReviewRepository } from './review.repository';
import { ReviewWorkflow } from './review-workflow';


/** The experts' side of scoring (declarations, scores) and the city's view and reopening of scores. */
@Injectable()
export class ScoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReviewRepository,
    private readonly applications: ApplicationsRepository,
    private readonly calls: CallsRepository,
    private readonly panels: PanelsService,
    private readonly workflow: ReviewWorkflow,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async assignments(actor: Actor): Promise<ExpertAssignmentSummary[]> {
    const expert = await this.repository.findExpertByAccount(actor.accountId);
    if (!expert) return [];
    const assignments = (await this.repository.assignmentsOfExpert(expert.id)).filter((assignment) => assignment.status !== 'declined');
    return this.summaries(assignments);
  }

  /** The signed-in expert's assignment on an application; 404 when there is none (or it was the employer's). */
  private async assignmentFor(actor: Actor, applicationId: number, manager?: EntityManager): Promise<{ expert: ExpertEntity; assignment: ReviewAssignmentEntity; application: ApplicationEntity }> {
    const expert = await this.repository.findExpertByAccount(actor.accountId);
    if (!expert) throw new AppError('NOT_FOUND');
    const assignment = manager ? await this.repository.findAssignmentForUpdate(manager, applicationId, expert.id) : await this.repository.findAssignment(applicationId, expert.id);
    if (!assignment || assignment.status === 'declined' || assignment.status === 'conflict') throw new AppError('NOT_FOUND');
    const application = (await this.applications.find(applicationId, manager))!;
    const [enterprise] = await this.repository.enterprisesByIds([application.enterpriseId]);
    // Defence in depth: the draw excludes employers, and an expert never sees their own employer's application.
    if (expert.employerUscc && enterprise && expert.employerUscc === enterprise.uscc) throw new AppError('NOT_FOUND');
    return { expert, assignment, application };
  }

  async declare(actor: Actor, applicationId: number, input: ConflictDeclaration): Promise<ExpertAssignmentSummary> {
    const saved = await inTransaction(this.dataSource, async (manager) => {
      await this.applications.findForUpdate(manager, applicationId);
      const { assignment, application } = await this.assignmentFor(actor, applicationId, manager);
      if (assignment.scoreStatus === 'submitted') throw new AppError('SCORE_LOCKED');
      const now = this.clock.now();
      assignment.declaredAt = now;
      assignment.declarationNote = input.note ?? null;
      if (input.noConflict) {
        assignment.status = 'confirmed';
        const result = await this.repository.saveAssignment(manager, assignment);
        await this.audit.record(manager, { action: 'review.no_conflict_declared', actor, target: { type: 'application', id: applicationId }, detail: { panelId: assignment.panelId } });
        return result;
      }
      assignment.status = 'conflict';
      const result = await this.repository.saveAssignment(manager, assignment);
      const panel = (await this.repository.findPanel(assignment.panelId, manager))!;
      const replacement = await this.panels.replace(manager, panel, application, assignment);
      await this.audit.record(manager, {
        action: 'review.conflict_declared',
        actor,
        target: { type: 'application', id: applicationId },
        detail: { panelId: panel.id, note: input.note ?? null, replacement: replacement?.expertId ?? null },
      });
      await this.completeIfScored(manager, actor, application);
      return result;
    });
    return (await this.summaries([saved]))[0];
  }

  async view(actor: Actor, applicationId: number): Promise<ExpertApplicationView> {
    const { assignment, application } = await this.assignmentFor(actor, applicationId);
    if (assignment.status !== 'confirmed') throw new AppError('DECLARATION_REQUIRED');
    const call = (await this.calls.find(application.callId))!;
    const blind = call.settings.review.blindReview === true;
    const [enterprise] = await this.repository.enterprisesByIds([application.enterpriseId]);
    const attachments = this.visibleAttachments(await this.applications.attachments(applicationId), call, blind);
    await this.audit.recordApplicationView(actor, applicationId, { view: 'expert', blind });
    return {
      applicationId,
      callTitle: call.title,
      category: call.category,
      blind,
      enterpriseName: blind ? null : enterprise.name,
      uscc: blind ? null : enterprise.uscc,
      receiptNo: blind ? null : application.receiptNo,
      data: blind ? blindApplicationData(application.data) : application.data,
      eligibility: application.eligibility as ExpertApplicationView['eligibility'],
      attachments: attachments.map(toAttachmentView),
      rubric: call.rubric as ExpertApplicationView['rubric'],
      outlierThresholdPoints: call.settings.review.outlierThresholdPoints,
      score: scoreView(assignment),
    };
  }

  /** Whether the expert may open the application's 申报书: assigned, declared, and the call is not reviewed blind. */
  async assertMayReadForm(actor: Actor, applicationId: number): Promise<void> {
    const { assignment, application } = await this.assignmentFor(actor, applicationId);
    if (assignment.status !== 'confirmed') throw new AppError('DECLARATION_REQUIRED');
    const call = (await this.calls.find(application.callId))!;
    if (call.settings.review.blindReview === true) throw new AppError('NOT_FOUND', [], { zh: '匿名评审中不提供申报书原件', en: 'The 申报书 is not shown in blind review' });
  }

  /** The attachment an expert may open: assigned, declared, and not identifying in blind review. */
  async attachmentFor(actor: Actor, applicationId: number, attachmentId: number): Promise<AttachmentEntity> {
    const { assignment, application } = await this.assignmentFor(actor, applicationId);
    if (assignment.status !== 'confirmed') throw new AppError('DECLARATION_REQUIRED');
    const call = (await this.calls.find(application.callId))!;
    const visible = this.visibleAttachments(await this.applications.attachments(applicationId), call, call.settings.review.blindReview === true);
    const attachment = visible.find((entry) => entry.id === attachmentId);
    if (!attachment) throw new AppError('NOT_FOUND');
    return attachment;
  }

  private visibleAttachments(attachments: AttachmentEntity[], call: CallEntity, blind: boolean): AttachmentEntity[] {
    if (!blind) return attachments;
    const identifying = identifyingSlotKeys(call.attachmentSlots);
    return attachments.filter((attachment) => !identifying.has(attachment.slotKey));
  }

  /**
   * Saves a draft or submits. A submitted score is locked. On submit every criterion needs points in range, and a
   * total further than the call's threshold from the panel's trimmed mean (with at least 3 totals) needs a reason.
   */
  async save(actor: Actor, applicationId: number, input: SaveScore): Promise<ScoreView> {
    const application = await this.applications.find(applicationId);
    if (!application) throw new AppError('NOT_FOUND');
    const call = (await this.calls.find(application.callId))!;
    const rubric = call.rubric as Rubric;
    const saved = await inTransaction(this.dataSource, async (manager) => {
      // The application's row serialises the panel's submissions, so the completion check sees every score.
      await this.applications.findForUpdate(manager, applicationId);
      const { assignment, application: locked } = await this.assignmentFor(actor, applicationId, manager);
      if (assignment.status !== 'confirmed') throw new AppError('DECLARATION_REQUIRED');
      if (assignment.scoreStatus === 'submitted') throw new AppError('SCORE_LOCKED');
      if (assignment.version !== input.version) throw new AppError('CONFLICT', [{ path: 'version', code: 'STALE_VERSION', message: String(assignment.version) }]);
      const problems = pointProblems(rubric, input, input.submit);
      if (problems.length) throw new AppError('VALIDATION_FAILED', problems);
      const complete = validatePoints(rubric, input.points).length === 0;
      const total = complete ? weightedTotal(rubric, input.points) : null;
      const now = this.clock.now();
      if (input.submit) {
        const others = (await this.repository.assignmentsOfApplication(applicationId, manager)).filter(
          (other) => other.id !== assignment.id && isActiveAssignment(other.status) && other.scoreStatus === 'submitted' && other.totalHundredths !== null,
        );
        const totals = [...others.map((other) => ({ expertId: String(other.expertId), total: other.totalHundredths! / 100 })), { expertId: 'self', total: total! }];
        const own = flagOutliersOnceEnough(totals, call.settings.review.outlierThresholdPoints).find((entry) => entry.expertId === 'self')!;
        if (own.isOutlier && !input.outlierReason?.trim()) {
          throw new AppError('OUTLIER_REASON_REQUIRED', [
            {
              path: 'outlierReason',
              code: 'REQUIRED',
              message: localizedMessage({
                zh: `您的总分 ${total} 与专家组去极值平均分相差 ${own.deviation} 分，超过 ${call.settings.review.outlierThresholdPoints} 分，请说明理由`,
                en: `Your total ${total} is ${own.deviation} points from the panel’s trimmed mean, more than ${call.settings.review.outlierThresholdPoints}; give a reason`,
              }),
            },
          ]);
        }
      }
      assignment.points = { ...input.points };
      assignment.comments = Object.fromEntries(Object.entries(input.comments).filter(([, text]) => text.trim() !== ''));
      assignment.totalHundredths = total === null ? null : Math.round(total * 100);
      assignment.outlierReason = input.outlierReason?.trim() || null;
      assignment.scoreStatus = input.submit ? 'submitted' : 'draft';
      assignment.submittedAt = input.submit ? now : null;
      const result = await this.repository.saveAssignment(manager, assignment);
      await this.audit.record(manager, {
        action: input.submit ? 'score.submitted' : 'score.draft_saved',
        actor,
        target: { type: 'application', id: applicationId },
        detail: { panelId: assignment.panelId, total, points: input.points, outlierReason: assignment.outlierReason },
      });
      if (input.submit) await this.completeIfScored(manager, actor, locked);
      return result;
    });
    return scoreView(saved);
  }

  /** The panel's submitted totals, anonymised: only once the expert's own score is submitted. */
  async panelScores(actor: Actor, applicationId: number) {
    const { assignment } = await this.assignmentFor(actor, applicationId);
    if (assignment.scoreStatus !== 'submitted') throw new AppError('SCORE_NOT_SUBMITTED');
    const submitted = (await this.repository.assignmentsOfApplication(applicationId)).filter((other) => isActiveAssignment(other.status) && other.scoreStatus === 'submitted' && other.totalHundredths !== null);
    const totals = submitted.map((other, index) => ({ expertLabel: `专家${index + 1}`, total: other.totalHundredths! / 100, own: other.id === assignment.id }));
    return { totals, trimmedMean: totals.length ? trimmedMean(totals.map((entry) => entry.total)) : null };
  }

  /** When every active member has submitted, the application's scoring is complete. */
  private async completeIfScored(manager: EntityManager, actor: Actor, application: ApplicationEntity): Promise<void> {
    if (application.state !== 'in_expert_review') return;
    const active = (await this.repository.assignmentsOfApplication(application.id, manager)).filter((assignment) => isActiveAssignment(assignment.status));
    if (active.length === 0 || active.some((assignment) => assignment.scoreStatus !== 'submitted')) return;
    const call = (await this.calls.find(application.callId, manager))!;
    const current = (await this.applications.findForUpdate(manager, application.id))!;
    await this.workflow.move(manager, actor, current, call, 'complete_scoring', this.clock.now(), { role: 'system', detail: { experts: active.length } });
  }

  // City officers

  async applicationScores(applicationId: number) {
    const application = await this.applications.find(applicationId);
    if (!application || !application.receiptNo) throw new AppError('NOT_FOUND');
    const call = (await this.calls.find(application.callId))!;
    const assignments = (await this.repository.assignmentsOfApplication(applicationId)).filter((assignment) => isActiveAssignment(assignment.status));
    const experts = new Map((await this.repository.expertsByIds(assignments.map((assignment) => assignment.expertId))).map((expert) => [expert.id, expert]));
    const submitted = assignments.filter((assignment) => assignment.scoreStatus === 'submitted' && assignment.totalHundredths !== null);
    const flags = new Map(
      flagOutliersOnceEnough(submitted.map((assignment) => ({ expertId: String(assignment.id), total: assignment.totalHundredths! / 100 })), call.settings.review.outlierThresholdPoints).map(
        (flag) => [Number(flag.expertId), flag.isOutlier],
      ),
    );
    return {
      applicationId,
      scores: assignments.map((assignment) => ({
        assignmentId: assignment.id,
        expertId: assignment.expertId,
        expertName: experts.get(assignment.expertId)?.name ?? String(assignment.expertId),
        status: assignment.scoreStatus as 'none',
        points: assignment.points,
        comments: assignment.comments,
        total: assignment.totalHundredths === null ? null : assignment.totalHundredths / 100,
        outlier: flags.get(assignment.id) ?? false,
        outlierReason: assignment.outlierReason,
        submittedAt: assignment.submittedAt?.toISOString() ?? null,
      })),
    };
  }

  /** Unlocks a submitted score with a reason; a scored application returns to expert review. */
  async reopen(actor: Actor, applicationId: number, expertId: number, reason: string) {
    await inTransaction(this.dataSource, async (manager) => {
      const application = await this.applications.findForUpdate(manager, applicationId);
      if (!application || !application.receiptNo) throw new AppError('NOT_FOUND');
      const assignment = await this.repository.findAssignmentForUpdate(manager, applicationId, expertId);
      if (!assignment || !isActiveAssignment(assignment.status)) throw new AppError('NOT_FOUND');
      if (assignment.scoreStatus !== 'submitted' || !['in_expert_review', 'scored'].includes(application.state)) throw new AppError('ILLEGAL_TRANSITION');
      assignment.scoreStatus = 'draft';
      assignment.submittedAt = null;
      assignment.reopenReason = reason;
      await this.repository.saveAssignment(manager, assignment);
      await this.audit.record(manager, { action: 'score.reopened', actor, target: { type: 'application', id: applicationId }, detail: { expertId, reason } });
      if (application.state === 'scored') {
        const call = (await this.calls.find(application.callId, manager))!;
        await this.workflow.move(manager, actor, application, call, 'reopen_scoring', this.clock.now(), { role: 'city_officer', note: reason, detail: { expertId } });
      }
    });
    return this.applicationScores(applicationId);
  }

  /** The list rows of an expert's assignments: their panels, applications, calls and enterprises read once each. */
  private async summaries(assignments: readonly ReviewAssignmentEntity[]): Promise<ExpertAssignmentSummary[]> {
    const panels = new Map<number, ReviewPanelEntity>();
    for (const panelId of new Set(assignments.map((assignment) => assignment.panelId))) panels.set(panelId, (await this.repository.findPanel(panelId))!);
    const applications = new Map((await this.repository.applicationsByIds(assignments.map((assignment) => assignment.applicationId))).map((application) => [application.id, application]));
    const calls = new Map<number, CallEntity>();
    for (const callId of new Set([...applications.values()].map((application) => application.callId))) calls.set(callId, (await this.calls.find(callId))!);
    const enterprises = new Map((await this.repository.enterprisesByIds([...applications.values()].map((application) => application.enterpriseId))).map((enterprise) => [enterprise.id, enterprise]));
    return assignments.map((assignment) => {
      const panel = panels.get(assignment.panelId)!;
      const application = applications.get(assignment.applicationId)!;
      const call = calls.get(application.callId)!;
      const blind = call.settings.review.blindReview === true;
      return {
        applicationId: application.id,
        panelId: panel.id,
        panelName: panel.name,
        callId: call.id,
        callTitle: call.title,
        projectName: projectNameOf(application.data),
        enterpriseName: blind ? null : enterprises.get(application.enterpriseId)!.name,
        subFieldCode: subFieldCodeOf(application.data),
        status: assignment.status as ExpertAssignmentSummary['status'],
        scoreStatus: assignment.scoreStatus as ExpertAssignmentSummary['scoreStatus'],
        total: assignment.totalHundredths === null ? null : assignment.totalHundredths / 100,
      };
    });
  }
}

function scoreView(assignment: ReviewAssignmentEntity): ScoreView {
  return {
    points: assignment.points,
    comments: assignment.comments,
    total: assignment.totalHundredths === null ? null : assignment.totalHundredths / 100,
    outlierReason: assignment.outlierReason,
    status: assignment.scoreStatus as ScoreView['status'],
    submittedAt: assignment.submittedAt?.toISOString() ?? null,
    reopenReason: assignment.reopenReason,
    version: assignment.version,
  };
}

/** Points out of range or unknown criteria (always), and missing criteria (on submit), as error details. */
function pointProblems(rubric: Rubric, input: SaveScore, submit: boolean) {
  const known = new Map(rubric.criteria.map((criterion) => [criterion.id, criterion]));
  const problems = [];
  for (const [id, value] of Object.entries(input.points)) {
    const criterion = known.get(id);
    if (!criterion) problems.push({ path: `points.${id}`, code: 'UNKNOWN_CRITERION', message: localizedMessage({ zh: `未知评分项：${id}`, en: `Unknown criterion: ${id}` }) });
    else if (!Number.isFinite(value) || value < 0 || value > criterion.maxPoints) {
      problems.push({ path: `points.${id}`, code: 'OUT_OF_RANGE', message: localizedMessage({ zh: `"${criterion.name.zh}"得分应在0–${criterion.maxPoints}之间`, en: `"${criterion.name.en}" takes 0–${criterion.maxPoints} points` }) });
    }
  }
  for (const id of Object.keys(input.comments)) {
    if (!known.has(id)) problems.push({ path: `comments.${id}`, code: 'UNKNOWN_CRITERION', message: localizedMessage({ zh: `未知评分项：${id}`, en: `Unknown criterion: ${id}` }) });
  }
  if (submit) {
    for (const criterion of rubric.criteria) {
      if (input.points[criterion.id] === undefined) problems.push({ path: `points.${criterion.id}`, code: 'REQUIRED', message: localizedMessage({ zh: `请为"${criterion.name.zh}"打分`, en: `Score "${criterion.name.en}"` }) });
    }
  }
  return problems;
}
