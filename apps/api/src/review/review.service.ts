import { Injectable } from '@nestjs/common';
import {
  CalendarRangeError,
  revisionDeadlineFrom,
  type WorkingCalendar,
  type WorkflowDaySettings,
  type ApplicationState,
  beijingDate,
  type DistrictDecision,
  type DistrictPriority,
  diffSnapshots,
  type FormalCheckInput,
  type FormalChecklistItem,
  DEFAULT_FORMAL_CHECKLIST,
  localizedMessage,
  type ReviewApplicationDetail,
  type ReviewApplicationSummary,
  type ReviewListQuery,
  type ReviewNotice,
  type ReviewSnapshot,
  projectNameOf,
  subFieldCodeOf,
  recommendingUnitNameZh,
  unitRecommendationQuota,
  withinUnitQuota,
  maskEnterpriseProfile,
} from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { EnterpriseEntity } from '../accounts/enterprise.entity';
import type { ApplicationEntity } from '../applications/application.entity';
import { toAttachmentView } from '../applications/application-view';
import { ApplicationsRepository } from '../applications/applications.repository';
import { AuditService } from '../audit/audit.service';
import { calendarOutOfRange, CalendarService } from '../calendar/calendar.service';
import type { Actor } from '../auth/actor';
import type { CallEntity } from '../calls/call.entity';
import { CallsRepository } from '../calls/calls.repository';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { inTransaction } from '../database/transaction';
import { FormalCheckEntity } from './formal-check.entity';
import { ReviewRepository } from './review.repository';
import { ReviewWorkflow } from './review-workflow';

/** Every state after submission: what a district sees of its own. */
const DISTRICT_STATES: readonly ApplicationState[] = [
  'submitted',
  'returned_by_district',
  'district_recommended',
  'returned_for_revision',
  'formally_accepted',
  'in_expert_review',
  'scored',
  'shortlisted',
  'in_public_notice',
  'approved',
  'not_approved',
  'rejected',
  'withdrawn',
];
/** What the city sees: everything the districts passed on. */
const CITY_STATES: readonly ApplicationState[] = DISTRICT_STATES.filter((state) => state !== 'submitted' && state !== 'returned_by_district');

/** District preliminary review (区级初审) and the city's formal check (形式审查). */
@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReviewRepository,
    private readonly applications: ApplicationsRepository,
    private readonly calls: CallsRepository,
    private readonly workflow: ReviewWorkflow,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly workingCalendar: CalendarService,
  ) {}

  async listForDistrict(actor: Actor, query: ReviewListQuery): Promise<{ items: ReviewApplicationSummary[]; total: number; page: number; pageSize: number }> {
    const recommendingUnitCode = unitOf(actor);
    return this.page({ ...query, recommendingUnitCode }, DISTRICT_STATES, 'submitted');
  }

  async listForCity(query: ReviewListQuery): Promise<{ items: ReviewApplicationSummary[]; total: number; page: number; pageSize: number }> {
    return this.page(query, CITY_STATES, 'district_recommended');
  }

  private async page(query: ReviewListQuery & { recommendingUnitCode?: string }, states: readonly ApplicationState[], actionState: ApplicationState) {
    const { items, total } = await this.repository.pageApplications({ ...query, states, actionState });
    const calls = await this.callsOf(items.map((item) => item.application.callId));
    return { items: items.map(({ application, enterprise }) => toSummary(application, enterprise, calls.get(application.callId)!)), total, page: query.page, pageSize: query.pageSize };
  }

  /** A submitted application, if the actor may review it: its district's officers, or any city officer. */
  async visible(actor: Actor, id: number, manager?: EntityManager): Promise<ApplicationEntity> {
    const application = await this.applications.find(id, manager);
    if (!application || !application.receiptNo) throw new AppError('NOT_FOUND');
    if (actor.role === 'district_officer') {
      if (!DISTRICT_STATES.includes(application.state as ApplicationState) || application.recommendingUnitCode !== actor.recommendingUnitCode) throw new AppError('NOT_FOUND');
      return application;
    }
    if (actor.role === 'city_officer' && CITY_STATES.includes(application.state as ApplicationState)) return application;
    throw new AppError('NOT_FOUND');
  }

  async detail(actor: Actor, id: number): Promise<ReviewApplicationDetail> {
    const detail = await this.detailOf(await this.visible(actor, id));
    await this.audit.recordApplicationView(actor, id, { view: 'review' });
    return detail;
  }

  async detailOf(application: ApplicationEntity): Promise<ReviewApplicationDetail> {
    const call = (await this.calls.find(application.callId))!;
    const [enterprise] = await this.repository.enterprisesByIds([application.enterpriseId]);
    const [attachments, checks, events] = await Promise.all([this.applications.attachments(application.id), this.repository.formalChecks(application.id), this.applications.events(application.id)]);
    const checklist = checklistOf(call);
    const labels = new Map(checklist.map((item) => [item.key, item.label]));
    const last = checks.at(-1);
    const current = snapshotOf(application, attachments);
    return {
      ...toSummary(application, enterprise, call),
      data: application.data,
      legalRepresentative: legalRepresentativeOf(application.submittedProfile),
      eligibility: application.eligibility as ReviewApplicationDetail['eligibility'],
      attachments: attachments.map(toAttachmentView),
      reviewNotice: (application.reviewNotice as ReviewNotice | null) ?? null,
      formalChecks: checks.map((check) => ({
        round: check.round,
        outcome: check.outcome as 'accept' | 'request_revision' | 'reject',
        items: check.items.map((item) => ({ ...item, label: labels.get(item.key) ?? { zh: item.key, en: item.key } })),
        reason: check.reason,
        checkedAt: check.checkedAt.toISOString(),
        checkedBy: check.checkedByName,
      })),
      checklist: checklist.map((item) => ({ key: item.key, label: item.label })),
      changesSinceLastCheck: last ? diffSnapshots(last.snapshot, current) : [],
      carriedOverItems: last && last.outcome === 'request_revision' ? last.items.filter((item) => item.passed).map((item) => item.key) : [],
      timeline: events.map((event) => ({
        occurredAt: event.occurredAt.toISOString(),
        action: event.action,
        fromState: event.fromState,
        toState: event.toState,
        actorName: event.actorName,
        note: event.note,
      })),
    };
  }

  /** Recommend (appended to the district's priority order), return with itemised reasons, or reject. */
  async decideDistrict(actor: Actor, id: number, input: DistrictDecision): Promise<ReviewApplicationDetail> {
    const recommendingUnitCode = unitOf(actor);
    const application = await this.visible(actor, id);
    const call = (await this.calls.find(application.callId))!;
    const saved = await inTransaction(this.dataSource, async (manager) => {
      // The call's row serialises the district's recommendations, so the quota and the order hold under concurrency.
      await this.calls.findForUpdate(manager, call.id);
      const locked = (await this.applications.findForUpdate(manager, id))!;
      if (locked.version !== input.version) throw staleVersion(locked.version);
      const now = this.clock.now();
      switch (input.decision) {
        case 'recommend': {
          const recommended = await this.repository.recommended(call.id, recommendingUnitCode, manager);
          const quota = unitRecommendationQuota(call.settings.review, recommendingUnitCode);
          if (!withinUnitQuota(quota, recommended.length)) {
            const unit = recommendingUnitNameZh(recommendingUnitCode);
            throw new AppError('UNIT_QUOTA_REACHED', [], { zh: `${unit}在本批次最多推荐${quota}项`, en: `This recommending unit may recommend at most ${quota} applications in this call` });
          }
          locked.unitPriority = (recommended.at(-1)?.unitPriority ?? 0) + 1;
          locked.reviewNotice = null;
          return this.workflow.move(manager, actor, locked, call, 'recommend', now, {
            role: 'district_officer',
            note: input.comment ?? null,
            detail: { priority: locked.unitPriority },
            notify: { kind: 'district_recommended', zh: '推荐单位已推荐', en: 'Recommended by the recommending unit' },
          });
        }
        case 'return': {
          locked.reviewNotice = notice('district_return', input.items, null, now, actor);
          return this.workflow.move(manager, actor, locked, call, 'return', now, {
            role: 'district_officer',
            note: input.items.map((item) => item.message).join(';'),
            detail: { items: input.items },
            notify: { kind: 'returned_by_district', zh: '推荐单位退回修改', en: 'Returned by the recommending unit for changes' },
          });
        }
        case 'reject': {
          locked.reviewNotice = notice('district_rejection', [{ key: 'other', message: input.reason }], null, now, actor);
          return this.workflow.move(manager, actor, locked, call, 'reject', now, {
            role: 'district_officer',
            note: input.reason,
            detail: { reason: input.reason },
            notify: { kind: 'rejected', zh: '推荐单位不予推荐', en: 'Not recommended by the recommending unit' },
          });
        }
      }
    });
    return this.detailOf(saved);
  }

  /** Reorders the district's recommended applications of a call; the list must name each of them once. */
  async orderRecommendations(actor: Actor, input: DistrictPriority): Promise<ReviewApplicationSummary[]> {
    const recommendingUnitCode = unitOf(actor);
    const call = await this.calls.find(input.callId);
    if (!call) throw new AppError('NOT_FOUND');
    const saved = await inTransaction(this.dataSource, async (manager) => {
      await this.calls.findForUpdate(manager, call.id);
      const recommended = await this.repository.recommended(call.id, recommendingUnitCode, manager);
      const expected = recommended.map((application) => application.id).sort((a, b) => a - b);
      const given = [...input.applicationIds].sort((a, b) => a - b);
      if (expected.length !== given.length || expected.some((applicationId, index) => applicationId !== given[index])) {
        throw new AppError('VALIDATION_FAILED', [
          { path: 'applicationIds', code: 'NOT_THE_RECOMMENDED_SET', message: localizedMessage({ zh: '请完整列出本区已推荐的全部申报，每项一次', en: 'List every application the district recommended, each once' }) },
        ]);
      }
      const byId = new Map(recommended.map((application) => [application.id, application]));
      const ordered: ApplicationEntity[] = [];
      for (const [index, applicationId] of input.applicationIds.entries()) {
        const application = byId.get(applicationId)!;
        application.unitPriority = index + 1;
        ordered.push(await this.applications.save(manager, application));
      }
      await this.audit.record(manager, { action: 'district.priority_set', actor, target: { type: 'call', id: call.id }, detail: { recommendingUnitCode, order: input.applicationIds } });
      return ordered;
    });
    const enterprises = new Map((await this.repository.enterprisesByIds(saved.map((application) => application.enterpriseId))).map((enterprise) => [enterprise.id, enterprise]));
    return saved.map((application) => toSummary(application, enterprises.get(application.enterpriseId)!, call));
  }

  /** The district's recommendations of a call, for the Excel export. */
  async recommendedRows(actor: Actor, callId: number): Promise<{ call: CallEntity; rows: ReviewApplicationSummary[] }> {
    const recommendingUnitCode = unitOf(actor);
    const call = await this.calls.find(callId);
    if (!call) throw new AppError('NOT_FOUND');
    const recommended = await this.repository.recommended(callId, recommendingUnitCode);
    const enterprises = new Map((await this.repository.enterprisesByIds(recommended.map((application) => application.enterpriseId))).map((enterprise) => [enterprise.id, enterprise]));
    return { call, rows: recommended.map((application) => toSummary(application, enterprises.get(application.enterpriseId)!, call)) };
  }

  /**
   * The formal check: every checklist item passed or failed. Accept needs all passed; a revision request sends one
   * notice listing each failed item with its note and a deadline in working days; a rejection needs a reason.
   */
  async formalCheck(actor: Actor, id: number, input: FormalCheckInput): Promise<ReviewApplicationDetail> {
    const application = await this.visible(actor, id);
    const call = (await this.calls.find(application.callId))!;
    const checklist = checklistOf(call);
    const problems = checklistProblems(checklist, input);
    if (problems.length) throw new AppError('CHECKLIST_INCOMPLETE', problems);
    const attachments = await this.applications.attachments(id);
    const calendar = await this.workingCalendar.calendar();
    const saved = await inTransaction(this.dataSource, async (manager) => {
      const locked = (await this.applications.findForUpdate(manager, id))!;
      if (locked.version !== input.version) throw staleVersion(locked.version);
      if (locked.state !== 'district_recommended') throw new AppError('ILLEGAL_TRANSITION');
      const now = this.clock.now();
      const checks = await this.repository.formalChecks(id, manager);
      const failed = input.items.filter((item) => !item.passed);
      const labels = new Map(checklist.map((item) => [item.key, item.label]));
      const check: Omit<FormalCheckEntity, 'id'> = {
        applicationId: id,
        round: (checks.at(-1)?.round ?? 0) + 1,
        outcome: input.outcome,
        items: input.items.map((item) => ({ key: item.key, passed: item.passed, ...(item.note ? { note: item.note } : {}) })),
        reason: input.reason ?? null,
        snapshot: snapshotOf(locked, attachments) as FormalCheckEntity['snapshot'],
        checkedBy: actor.accountId,
        checkedByName: actor.displayName,
        checkedAt: now,
      };
      // Counted before anything is written: a deadline in a year not entered yet answers 422 CALENDAR_OUT_OF_RANGE.
      const dueOn = input.outcome === 'request_revision' ? revisionDueOn(calendar, beijingDate(now), call.settings) : null;
      await this.repository.insertFormalCheck(manager, check);
      if (input.outcome === 'accept') {
        locked.reviewNotice = null;
        locked.revisionDueOn = null;
        return this.workflow.move(manager, actor, locked, call, 'accept', now, {
          role: 'city_officer',
          detail: { round: check.round },
          notify: { kind: 'formally_accepted', zh: '形式审查通过', en: 'Formal check passed' },
        });
      }
      if (input.outcome === 'request_revision') {
        const items = failed.map((item) => ({ key: item.key, label: labels.get(item.key), message: item.note ?? labels.get(item.key)?.zh ?? item.key }));
        locked.reviewNotice = notice('formal_revision', items, dueOn!, now, actor);
        locked.revisionDueOn = dueOn!;
        return this.workflow.move(manager, actor, locked, call, 'request_revision', now, {
          role: 'city_officer',
          note: `${items.map((item) => item.message).join(';')}（${dueOn} 前补正）`,
          detail: { round: check.round, failed: failed.map((item) => item.key), dueOn },
          notify: { kind: 'returned_for_revision', zh: `形式审查退回补正，请于${dueOn}前修改后重新提交`, en: `Returned for revision; resubmit by ${dueOn}` },
        });
      }
      locked.reviewNotice = notice('formal_rejection', [{ key: 'other', message: input.reason! }], null, now, actor);
      return this.workflow.move(manager, actor, locked, call, 'reject', now, {
        role: 'city_officer',
        note: input.reason ?? null,
        detail: { round: check.round, reason: input.reason },
        notify: { kind: 'rejected', zh: '形式审查不予受理', en: 'Rejected at the formal check' },
      });
    });
    return this.detailOf(saved);
  }

  private async callsOf(ids: readonly number[]): Promise<Map<number, CallEntity>> {
    const calls = new Map<number, CallEntity>();
    for (const callId of new Set(ids)) calls.set(callId, (await this.calls.find(callId))!);
    return calls;
  }
}

export function checklistOf(call: CallEntity): readonly FormalChecklistItem[] {
  return call.settings.review.formalChecklist?.length ? call.settings.review.formalChecklist : DEFAULT_FORMAL_CHECKLIST;
}

/** Why a checklist does not support its outcome; empty when it does. */
export function checklistProblems(checklist: readonly FormalChecklistItem[], input: FormalCheckInput) {
  const problems = [];
  const given = new Map(input.items.map((item) => [item.key, item]));
  for (const item of checklist) {
    if (!given.has(item.key)) problems.push({ path: `items.${item.key}`, code: 'REQUIRED', message: localizedMessage({ zh: `请检查：${item.label.zh}`, en: `Check: ${item.label.en}` }) });
  }
  for (const [index, item] of input.items.entries()) {
    if (!checklist.some((entry) => entry.key === item.key)) problems.push({ path: `items.${index}.key`, code: 'UNKNOWN_ITEM', message: localizedMessage({ zh: `清单中没有此项：${item.key}`, en: `Not on the checklist: ${item.key}` }) });
  }
  const failed = input.items.filter((item) => !item.passed);
  if (input.outcome === 'accept' && failed.length) {
    problems.push({ path: 'outcome', code: 'ITEMS_FAILED', message: localizedMessage({ zh: '有未通过的检查项，不能判定通过', en: 'Items failed: the check cannot pass' }) });
  }
  if (input.outcome === 'request_revision' && !failed.length) {
    problems.push({ path: 'items', code: 'NOTHING_TO_REVISE', message: localizedMessage({ zh: '退回补正须至少有一项不通过', en: 'A revision request needs at least one failed item' }) });
  }
  for (const [index, item] of input.items.entries()) {
    if (input.outcome === 'request_revision' && !item.passed && !item.note?.trim()) {
      problems.push({ path: `items.${index}.note`, code: 'REQUIRED', message: localizedMessage({ zh: '请说明需要补正的内容', en: 'Say what must be fixed' }) });
    }
  }
  // wording-allow: 不予受理 (the city's formal check)
  if (input.outcome === 'reject' && !input.reason?.trim()) problems.push({ path: 'reason', code: 'REQUIRED', message: localizedMessage({ zh: '请填写不予受理的理由', en: 'Give the reason for rejecting' }) });
  return problems;
}

export function snapshotOf(application: ApplicationEntity, attachments: readonly { slotKey: string; fileName: string; sha256: string }[]): ReviewSnapshot {
  return { data: application.data, attachments: attachments.map(({ slotKey, fileName, sha256 }) => ({ slotKey, fileName, sha256 })) };
}

export function toSummary(application: ApplicationEntity, enterprise: EnterpriseEntity, call: CallEntity): ReviewApplicationSummary {
  const data = application.data;
  const eligibility = application.eligibility as { verdict?: ReviewApplicationSummary['eligibilityVerdict'] } | null;
  return {
    id: application.id,
    callId: application.callId,
    callTitle: call.title,
    receiptNo: application.receiptNo,
    enterpriseName: enterprise.name,
    uscc: enterprise.uscc,
    recommendingUnitCode: application.recommendingUnitCode,
    subFieldCode: subFieldCodeOf(data),
    projectName: projectNameOf(data),
    totalInvestmentWanYuan: typeof data.totalInvestmentWanYuan === 'number' ? data.totalInvestmentWanYuan : null,
    state: application.state as ApplicationState,
    submittedAt: application.submittedAt ? application.submittedAt.toISOString() : null,
    eligibilityVerdict: eligibility?.verdict ?? null,
    unitPriority: application.unitPriority,
    revisionDueOn: application.revisionDueOn,
    version: application.version,
  };
}

function notice(kind: ReviewNotice['kind'], items: ReviewNotice['items'], dueOn: string | null, now: Date, actor: Actor): Record<string, unknown> {
  const value: ReviewNotice = { kind, items, dueOn, issuedAt: now.toISOString(), issuedBy: actor.displayName };
  return value as unknown as Record<string, unknown>;
}

/** The 推荐单位 a recommending-unit officer is bound to. */
function unitOf(actor: Actor): string {
  if (!actor.recommendingUnitCode) throw new AppError('FORBIDDEN');
  return actor.recommendingUnitCode;
}

export function staleVersion(current: number): AppError {
  return new AppError('CONFLICT', [{ path: 'version', code: 'STALE_VERSION', message: String(current) }], {
    zh: '该申报已被他人处理或修改，请刷新后再操作',
    en: 'The application was changed by someone else; reload and try again',
  });
}

/** The last day to resubmit after a return on `returnedOn`; a year not entered yet becomes 422 CALENDAR_OUT_OF_RANGE. */
function revisionDueOn(calendar: WorkingCalendar, returnedOn: string, settings: WorkflowDaySettings): string {
  try {
    return revisionDeadlineFrom(calendar, returnedOn, settings);
  } catch (error) {
    if (error instanceof CalendarRangeError) throw calendarOutOfRange(error, 'outcome');
    throw error;
  }
}

/** 法定代表人 of the submitted profile, the ID number masked (reviewers never see it whole). */
function legalRepresentativeOf(profile: Record<string, unknown> | null): ReviewApplicationDetail['legalRepresentative'] {
  const masked = maskEnterpriseProfile(profile ?? {});
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  return { name: text(masked.legalRepresentativeName), idMasked: text(masked.legalRepresentativeId) };
}
