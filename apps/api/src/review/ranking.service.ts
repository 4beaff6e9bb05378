import { Injectable } from '@nestjs/common';
import {
  type ApplicationState,
  rankApplications,
  type RankingView,
  type ShortlistDecision,
  isActiveAssignment,
  flagOutliersOnceEnough,
  projectNameOf,
  subFieldCodeOf,
} from '@shifan/domain';
import { DataSource } from 'typeorm';
import type { ApplicationEntity } from '../applications/application.entity';
import { ApplicationsRepository } from '../applications/applications.repository';
import type { Actor } from '../auth/actor';
import type { CallEntity } from '../calls/call.entity';
import { CallsRepository } from '../calls/calls.repository';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { inTransaction } from '../database/transaction';
import type { ReviewAssignmentEntity } from './review-assignment.entity';
import { ReviewRepository } from './review.repository';
import { ReviewWorkflow } from './review-workflow';
import { staleVersion } from './review.service';

/** States in which an application has its panel's scores and takes part in the ranking. */
const RANKED: readonly ApplicationState[] = ['scored', 'shortlisted', 'in_public_notice', 'approved', 'not_approved'];
/** States that count against the call's quota. */
const SHORTLISTED: readonly ApplicationState[] = ['shortlisted', 'in_public_notice', 'approved'];

export interface RankingData {
  call: CallEntity;
  view: RankingView;
  applications: Map<number, ApplicationEntity>;
  assignments: ReviewAssignmentEntity[];
}

/** The ranking of a call and the city's shortlist decisions. */
@Injectable()
export class RankingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReviewRepository,
    private readonly applications: ApplicationsRepository,
    private readonly calls: CallsRepository,
    private readonly workflow: ReviewWorkflow,
    private readonly clock: Clock,
  ) {}

  async ranking(callId: number): Promise<RankingView> {
    return (await this.rankingData(callId)).view;
  }

  /**
   * Trimmed means, medians, spread and outliers per scored application; ranked with @shifan/domain's deterministic
   * tie-breaks and cut at the quota among those at or above the pass line. Declined applications keep their rank.
   */
  async rankingData(callId: number): Promise<RankingData> {
    const call = await this.calls.find(callId);
    if (!call) throw new AppError('NOT_FOUND');
    const all = await this.repository.applicationsOfCall(callId, [...RANKED, 'in_expert_review']);
    const assignments = (await this.repository.assignmentsOfApplications(all.map((application) => application.id))).filter((assignment) => isActiveAssignment(assignment.status));
    const enterprises = new Map((await this.repository.enterprisesByIds(all.map((application) => application.enterpriseId))).map((enterprise) => [enterprise.id, enterprise]));
    const submittedOf = (applicationId: number) => assignments.filter((assignment) => assignment.applicationId === applicationId && assignment.scoreStatus === 'submitted' && assignment.totalHundredths !== null);
    const ranked = all.filter((application) => RANKED.includes(application.state as ApplicationState) && submittedOf(application.id).length > 0);
    const order = rankApplications(
      ranked.map((application) => ({ applicationId: String(application.id), expertTotals: submittedOf(application.id).map((assignment) => assignment.totalHundredths! / 100), submittedAt: application.submittedAt!.toISOString() })),
      { quota: call.settings.quota, passLine: call.settings.review.passLine },
    );
    const byId = new Map(all.map((application) => [application.id, application]));
    const decided = ranked.filter((application) => SHORTLISTED.includes(application.state as ApplicationState) || application.state === 'not_approved');
    const decisions = await this.repository.decisionNotes(decided.map((application) => application.id));
    const rows = order.map((entry) => {
      const application = byId.get(Number(entry.applicationId))!;
      const totals = submittedOf(application.id).map((assignment) => assignment.totalHundredths! / 100);
      const state = application.state as ApplicationState;
      return {
        applicationId: application.id,
        rank: entry.rank,
        receiptNo: application.receiptNo,
        enterpriseName: enterprises.get(application.enterpriseId)?.name ?? '',
        recommendingUnitCode: application.recommendingUnitCode,
        subFieldCode: subFieldCodeOf(application.data),
        projectName: projectNameOf(application.data),
        state,
        totals,
        trimmedMean: entry.trimmedMean,
        median: entry.median,
        spread: Math.round((Math.max(...totals) - Math.min(...totals)) * 100) / 100,
        outliers: flagOutliersOnceEnough(totals.map((total, index) => ({ expertId: String(index), total })), call.settings.review.outlierThresholdPoints).filter((flag) => flag.isOutlier).length,
        passed: entry.passed,
        withinQuota: entry.withinQuota,
        decision: SHORTLISTED.includes(state) ? ('shortlisted' as const) : state === 'not_approved' ? ('declined' as const) : null,
        decisionReason: decisions.get(application.id) ?? null,
      };
    });
    const pending = all
      .filter((application) => application.state === 'in_expert_review')
      .map((application) => ({
        applicationId: application.id,
        receiptNo: application.receiptNo,
        projectName: projectNameOf(application.data),
        submitted: submittedOf(application.id).length,
        expected: assignments.filter((assignment) => assignment.applicationId === application.id).length,
      }));
    return {
      call,
      view: { callId, quota: call.settings.quota, passLine: call.settings.review.passLine, shortlisted: rows.filter((row) => row.decision === 'shortlisted').length, rows, pending },
      applications: byId,
      assignments,
    };
  }

  /** Shortlists within the quota (the call's row serialises the count) or declines, with the reason on the timeline. */
  async decide(actor: Actor, applicationId: number, input: ShortlistDecision): Promise<RankingView> {
    const application = await this.applications.find(applicationId);
    if (!application || !application.receiptNo) throw new AppError('NOT_FOUND');
    await inTransaction(this.dataSource, async (manager) => {
      const call = (await this.calls.findForUpdate(manager, application.callId))!;
      const locked = (await this.applications.findForUpdate(manager, applicationId))!;
      if (locked.version !== input.version) throw staleVersion(locked.version);
      const shortlistedCount = (await this.repository.applicationsOfCall(call.id, SHORTLISTED, manager)).length;
      const now = this.clock.now();
      await this.workflow.move(manager, actor, locked, call, input.decision, now, {
        role: 'city_officer',
        shortlistedCount,
        note: input.reason,
        detail: { reason: input.reason },
        notify: input.decision === 'shortlist' ? { kind: 'shortlisted', zh: '已列入拟入选名单', en: 'Shortlisted' } : { kind: 'not_approved', zh: '未列入拟入选名单', en: 'Not shortlisted' },
      });
    });
    return this.ranking(application.callId);
  }
}
