import { Injectable } from '@nestjs/common';
import {
  type ApplicationAction,
  type ApplicationState,
  type ApplicationSummary,
  type ApplicationView,

  beijingDate,
  callPhase,
  type CallSettings,
  formatReceiptNumber,
  localizedMessage,
  type NotificationView,
  type ProgrammeCategoryCode,
  type Receipt,
  type SaveDraft,
  type TimelineEvent,
  transition,
  checkSignedScans,
  formatVerificationCode,
  isSignedSlot,
  signedCopyOutdatedMessage,
  routedRecommendingUnit,
} from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { CallsRepository } from '../calls/calls.repository';
import type { CallEntity } from '../calls/call.entity';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { issuesToDetails, zodErrorMap } from '../common/errors/zod-issues';
import { currentLocale } from '../common/logging/request-context';
import { DocumentArchiver } from '../documents/document-archiver';
import { DocumentOutbox } from '../documents/document-outbox';
import { MailOutbox } from '../mail/mail-outbox';
import { statusChangeMail } from '../mail/mail-texts';
import type { ApplicationEntity } from './application.entity';
import { toApplicationSummary, toApplicationView } from './application-view';
import { ApplicationsRepository } from './applications.repository';
import { checkEligibility, draftSchemaOf, submitSchemaOf } from './eligibility-check';
import { ProfileService } from './profile.service';
import { inTransaction } from '../database/transaction';

/** States in which the enterprise may still edit its application (before the deadline). */
const EDITABLE_STATES: readonly ApplicationState[] = ['draft', 'withdrawn', 'returned_by_district', 'returned_for_revision'];
/** Where a submit (or a resubmission) lands: a repeated submit from there answers with the same receipt. */
const RESUBMITTED_STATES: readonly ApplicationState[] = ['submitted', 'district_recommended'];

/**
 * The enterprise's application journey: start an application to an open call, save drafts (optimistic versions),
 * submit before the deadline for a gap-free receipt (idempotently), withdraw and submit again, follow the timeline.
 * Every read and write is scoped to the caller's enterprise; another tenant's application answers 404.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly calls: CallsRepository,
    private readonly accounts: AccountsRepository,
    private readonly profiles: ProfileService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly documents: DocumentArchiver,
    private readonly documentOutbox: DocumentOutbox,
    private readonly mailOutbox: MailOutbox,
  ) {}

  async listMine(actor: Actor): Promise<ApplicationSummary[]> {
    const enterpriseId = enterpriseOf(actor);
    const [rows, enterprise] = await Promise.all([this.applications.listForEnterprise(enterpriseId), this.accounts.findEnterpriseById(enterpriseId)]);
    const calls = new Map<number, CallEntity>();
    for (const row of rows) if (!calls.has(row.callId)) calls.set(row.callId, (await this.calls.find(row.callId))!);
    return rows.map((row) => toApplicationSummary(row, calls.get(row.callId)!, enterprise?.name ?? ''));
  }

  /** Starts the enterprise's application to an open call (one per enterprise per call). */
  async start(actor: Actor, callId: number): Promise<ApplicationView> {
    const enterpriseId = enterpriseOf(actor);
    const created = await inTransaction(this.dataSource, async (manager) => {
      const call = await this.calls.find(callId, manager);
      if (!call || call.status === 'draft') throw new AppError('NOT_FOUND');
      if (callPhase({ status: call.status as 'open', opensAt: call.opensAt, deadlineAt: call.deadlineAt }, this.clock.now()) !== 'open') throw new AppError('CALL_NOT_OPEN');
      const existing = await this.applications.findByCallAndEnterprise(callId, enterpriseId, manager);
      if (existing) throw new AppError('ALREADY_APPLIED', [{ path: 'callId', code: 'EXISTING_APPLICATION', message: String(existing.id) }]);
      const now = this.clock.now();
      const application = await this.applications.insert(manager, {
        callId,
        enterpriseId,
        callVersionNo: call.publishedVersion,
        state: 'draft',
        data: {},
        eligibility: null,
        receiptNo: null,
        submittedAt: null,
        submittedProfile: null,
        recommendingUnitCode: null,
        unitPriority: null,
        reviewNotice: null,
        revisionDueOn: null,
        createdBy: actor.accountId,
        createdAt: now,
        updatedAt: now,
      });
      await this.applications.addEvent(manager, { applicationId: application.id, occurredAt: now, action: 'create', fromState: null, toState: 'draft', actorId: actor.accountId, actorName: actor.displayName, note: null });
      await this.audit.record(manager, { action: 'application.created', actor, target: { type: 'application', id: application.id }, detail: { callId } });
      return application;
    }).catch((error: unknown) => {
      // Two colleagues starting at once: the unique (call, enterprise) index lets one through.
      if (/duplicate|unique|constraint/i.test(String((error as Error).message))) throw new AppError('ALREADY_APPLIED');
      throw error;
    });
    return this.get(actor, created.id);
  }

  async get(actor: Actor, id: number): Promise<ApplicationView> {
    const application = await this.owned(actor, id);
    return this.view(application);
  }

  /** Saves the form as typed; refuses a save that did not start from the current version. */
  async saveDraft(actor: Actor, id: number, input: SaveDraft): Promise<ApplicationView> {
    const application = await this.owned(actor, id);
    const call = (await this.calls.find(application.callId))!;
    const parsed = draftSchemaOf(call.category as ProgrammeCategoryCode).safeParse(input.data, { error: zodErrorMap(currentLocale()) });
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', issuesToDetails(parsed.error.issues, currentLocale()));
    const data = parsed.data as Record<string, unknown>;
    const settings = await this.settingsOf(application);
    const profile = await this.profiles.dataOf(application.enterpriseId);
    const saved = await inTransaction(this.dataSource, async (manager) => {
      const locked = (await this.applications.findForUpdate(manager, id))!;
      this.assertEditable(locked, call);
      if (locked.version !== input.version) throw staleVersion(locked.version);
      locked.data = data;
      locked.eligibility = checkEligibility(settings, profile, data) as unknown as Record<string, unknown>;
      locked.updatedAt = this.clock.now();
      const result = await this.applications.save(manager, locked);
      await this.audit.record(manager, { action: 'application.draft_saved', actor, target: { type: 'application', id }, detail: { version: result.version } });
      return result;
    });
    return this.view(saved);
  }

  /**
   * Submits before the deadline (the server's clock decides): re-runs the form's full validation, eligibility and
   * the required-attachment check, then changes the state and hands out the next receipt number of the call, in one
   * transaction. A retried submit returns the same receipt.
   */
  async submit(actor: Actor, id: number): Promise<Receipt> {
    const application = await this.owned(actor, id);
    const call = (await this.calls.find(application.callId))!;
    const enterprise = await this.accounts.findEnterpriseById(application.enterpriseId);
    // A retried submit gets the same receipt: after a first submission (submitted) or a resubmission after the city's
    // request for revision (back with the formal check, district_recommended).
    if (RESUBMITTED_STATES.includes(application.state as ApplicationState) && application.receiptNo) return this.receipt(application, call, enterprise?.name ?? '');

    // Issue #12: only an enterprise that proved control of its USCC (营业执照 and 授权书 accepted by an officer) submits.
    if (enterprise?.verificationStatus !== 'verified') {
      throw new AppError('ENTERPRISE_NOT_VERIFIED', [{ path: 'enterprise.verification', code: enterprise?.verificationStatus ?? 'unverified', message: localizedMessage({ zh: '请先完成企业认证', en: 'Verify your enterprise first' }) }]);
    }
    const parsed = submitSchemaOf(call.category as ProgrammeCategoryCode).safeParse(application.data, { error: zodErrorMap(currentLocale()) });
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', issuesToDetails(parsed.error.issues, currentLocale()));
    const settings = await this.settingsOf(application);
    const profile = await this.profiles.dataOf(application.enterpriseId);
    const report = checkEligibility(settings, profile, application.data);
    if (report.verdict !== 'eligible') {
      throw new AppError(
        'ELIGIBILITY_NOT_MET',
        report.results.filter((result) => result.outcome === 'fail' || result.outcome === 'missing').map((result) => ({ path: result.fields[0] ?? result.ruleId, code: result.ruleId, message: localizedMessage(result.message) })),
      );
    }
    const attachments = await this.applications.attachments(id);
    const missing = call.attachmentSlots.filter((slot) => slot.required && !attachments.some((attachment) => attachment.slotKey === slot.key));
    if (missing.length) {
      throw new AppError('ATTACHMENTS_MISSING', missing.map((slot) => ({ path: `attachments.${slot.key}`, code: 'REQUIRED', message: localizedMessage({ zh: `请上传：${slot.name.zh}`, en: `Upload: ${slot.name.en}` }) })));
    }
    // Issue #13: a signed scan stands for the content of the 签字盖章用 copy it was printed from (its 核验码).
    if (call.attachmentSlots.some(isSignedSlot) && attachments.some((attachment) => call.attachmentSlots.some((slot) => slot.key === attachment.slotKey && isSignedSlot(slot)))) {
      const { seal } = await this.documents.signingCopy(application);
      const check = checkSignedScans({ slots: call.attachmentSlots, attachments: attachments.map(({ id, slotKey, fileName, signingCode }) => ({ attachmentId: id, slotKey, fileName, signingCode })), currentCode: seal.code });
      if (!check.ok) {
        throw new AppError(
          'SIGNED_COPY_OUTDATED',
          check.outdated.map((scan) => ({ path: `attachments.${scan.slotKey}`, code: scan.signingCode ? formatVerificationCode(scan.signingCode) : 'NONE', message: localizedMessage(signedCopyOutdatedMessage(scan, seal.code)) })),
        );
      }
    }

    const submitted = await inTransaction(this.dataSource, async (manager) => {
      const locked = (await this.applications.findForUpdate(manager, id))!;
      if (RESUBMITTED_STATES.includes(locked.state as ApplicationState) && locked.receiptNo) return locked; // a concurrent retry got here first
      const now = this.clock.now();
      const action: ApplicationAction = locked.state === 'draft' ? 'submit' : 'resubmit';
      const to = this.move(locked, action, call, now);
      const from = locked.state;
      if (!locked.receiptNo) locked.receiptNo = formatReceiptNumber(call.category as ProgrammeCategoryCode, call.year, call.id, await this.applications.nextReceiptSequence(manager, call.id));
      locked.state = to;
      locked.submittedAt = now;
      locked.eligibility = report as unknown as Record<string, unknown>;
      locked.submittedProfile = profile;
      // The 推荐单位 that checks and recommends it: the one the enterprise chose in its profile (domain unit-routing).
      locked.recommendingUnitCode = routedRecommendingUnit(profile);
      locked.updatedAt = now;
      const saved = await this.applications.save(manager, locked);
      await this.record(manager, actor, saved, action, from, { receiptNo: saved.receiptNo, recommendingUnitCode: saved.recommendingUnitCode });
      await this.applications.notify(manager, {
        enterpriseId: saved.enterpriseId,
        accountId: null,
        applicationId: saved.id,
        kind: 'submitted',
        titleZh: `申报已提交：${call.title}（受理编号 ${saved.receiptNo}）`,
        titleEn: `Application submitted: ${call.title} (receipt ${saved.receiptNo})`,
        createdAt: now,
      });
      // The durable promise of the submission's archived 申报书 and receipt, committed with it (issue #12).
      await this.documentOutbox.enqueue(manager, { applicationId: saved.id, receiptNo: saved.receiptNo!, submittedAt: saved.submittedAt! }, now);
      await this.mailOutbox.enqueueAboutApplication(manager, saved, call, 'status-change', (facts, link) => statusChangeMail(facts, { zh: '申报已提交', en: 'Application submitted' }, link), now);
      return saved;
    });
    // The submitted 申报书 and its receipt are archived right after the commit, off this response, with the profile
    // the submission was checked against (issue #6); should that not happen, the outbox job archives them.
    this.documents.archiveLater(submitted.id, actor, { profile });
    return this.receipt(submitted, call, enterprise?.name ?? '');
  }

  /** Withdraws a submitted application; before the deadline it can be edited and submitted again. */
  async withdraw(actor: Actor, id: number): Promise<ApplicationView> {
    const application = await this.owned(actor, id);
    const call = (await this.calls.find(application.callId))!;
    const saved = await inTransaction(this.dataSource, async (manager) => {
      const locked = (await this.applications.findForUpdate(manager, id))!;
      const now = this.clock.now();
      const from = locked.state;
      locked.state = this.move(locked, 'withdraw', call, now);
      locked.updatedAt = now;
      const result = await this.applications.save(manager, locked);
      await this.record(manager, actor, result, 'withdraw', from, {});
      await this.applications.notify(manager, {
        enterpriseId: result.enterpriseId,
        accountId: null,
        applicationId: result.id,
        kind: 'withdrawn',
        titleZh: `申报已撤回：${call.title}`,
        titleEn: `Application withdrawn: ${call.title}`,
        createdAt: now,
      });
      await this.mailOutbox.enqueueAboutApplication(manager, result, call, 'status-change', (facts, link) => statusChangeMail(facts, { zh: '申报已撤回', en: 'Application withdrawn' }, link), now);
      return result;
    });
    return this.view(saved);
  }

  async receiptOf(actor: Actor, id: number): Promise<Receipt> {
    const application = await this.owned(actor, id);
    if (!application.receiptNo || !application.submittedAt) throw new AppError('NOT_FOUND');
    const call = (await this.calls.find(application.callId))!;
    const enterprise = await this.accounts.findEnterpriseById(application.enterpriseId);
    return this.receipt(application, call, enterprise?.name ?? '');
  }

  async timeline(actor: Actor, id: number): Promise<TimelineEvent[]> {
    await this.owned(actor, id);
    return (await this.applications.events(id)).map((event) => ({
      occurredAt: event.occurredAt.toISOString(),
      action: event.action,
      fromState: event.fromState,
      toState: event.toState,
      actorName: event.actorName,
      note: event.note,
    }));
  }

  async notifications(actor: Actor): Promise<NotificationView[]> {
    return (await this.applications.notifications(enterpriseOf(actor))).map((n) => ({
      id: n.id,
      kind: n.kind,
      title: { zh: n.titleZh, en: n.titleEn },
      applicationId: n.applicationId,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    }));
  }

  async markNotificationsRead(actor: Actor): Promise<{ marked: number }> {
    return { marked: await this.applications.markNotificationsRead(enterpriseOf(actor), this.clock.now()) };
  }

  /** The application if it belongs to the caller's enterprise; 404 otherwise, so others' existence does not leak. */
  async owned(actor: Actor, id: number, manager?: EntityManager): Promise<ApplicationEntity> {
    const application = await this.applications.find(id, manager);
    if (!application || actor.enterpriseId === null || application.enterpriseId !== actor.enterpriseId) throw new AppError('NOT_FOUND');
    return application;
  }

  /** Throws unless the enterprise may still change the application (state and deadline by the server's clock). */
  assertEditable(application: ApplicationEntity, call: CallEntity): void {
    if (!EDITABLE_STATES.includes(application.state as ApplicationState)) throw new AppError('NOT_EDITABLE');
    if (application.state !== 'returned_for_revision' && this.clock.now() >= call.deadlineAt) throw new AppError('APPLICATION_DEADLINE_PASSED');
  }

  private move(application: ApplicationEntity, action: ApplicationAction, call: CallEntity, now: Date): ApplicationState {
    if (now >= call.deadlineAt && (action === 'submit' || action === 'resubmit') && application.state !== 'returned_for_revision') {
      throw new AppError('APPLICATION_DEADLINE_PASSED');
    }
    const result = transition({
      state: application.state as ApplicationState,
      action,
      role: 'enterprise',
      context: {
        today: beijingDate(now),
        applicationDeadline: call.settings.schedule.applicationDeadline,
        revisionDeadline: application.revisionDueOn,
        quota: call.settings.quota,
        shortlistedCount: 0,
        noticeEndsOn: null,
      },
    });
    if (!result.ok) throw new AppError(result.error);
    return result.to;
  }

  private async record(manager: EntityManager, actor: Actor, application: ApplicationEntity, action: ApplicationAction, from: string, detail: Record<string, unknown>): Promise<void> {
    await this.applications.addEvent(manager, {
      applicationId: application.id,
      occurredAt: application.updatedAt,
      action,
      fromState: from,
      toState: application.state,
      actorId: actor.accountId,
      actorName: actor.displayName,
      note: null,
    });
    await this.audit.record(manager, { action: `application.${action}`, actor, target: { type: 'application', id: application.id }, detail: { from, to: application.state, ...detail } });
  }

  private async settingsOf(application: ApplicationEntity): Promise<CallSettings> {
    const version = await this.calls.findVersion(application.callId, application.callVersionNo);
    if (version) return (version.snapshot as { settings: CallSettings }).settings;
    return (await this.calls.find(application.callId))!.settings;
  }

  private async view(application: ApplicationEntity): Promise<ApplicationView> {
    const [call, enterprise, attachments] = await Promise.all([this.calls.find(application.callId), this.accounts.findEnterpriseById(application.enterpriseId), this.applications.attachments(application.id)]);
    const eligibility = checkEligibility(await this.settingsOf(application), await this.profiles.dataOf(application.enterpriseId), application.data);
    return toApplicationView(application, call!, enterprise?.name ?? '', attachments, eligibility);
  }

  private receipt(application: ApplicationEntity, call: CallEntity, enterpriseName: string): Receipt {
    return { applicationId: application.id, receiptNo: application.receiptNo!, submittedAt: application.submittedAt!.toISOString(), callTitle: call.title, enterpriseName };
  }
}

function enterpriseOf(actor: Actor): number {
  if (actor.enterpriseId === null) throw new AppError('FORBIDDEN');
  return actor.enterpriseId;
}

function staleVersion(current: number): AppError {
  return new AppError('CONFLICT', [{ path: 'version', code: 'STALE_VERSION', message: String(current) }], {
    zh: '申报书已在别处被修改（另一个标签页或同事）。请比较两个版本后选择保留哪一个。',
    en: 'The application was changed elsewhere (another tab or a colleague). Compare both versions and choose which to keep.',
  });
}

