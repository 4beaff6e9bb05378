import { AsyncResource } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import {
  type ApplicationFormDocument,
  type ApplicationFormInput,
  buildApplicationFormDocument,
  buildReceiptDocument,
  type CallSettings,
  type DocumentKind,
  type DocumentSeal,
  type EligibilityReport,
  formatVerificationCode,
  isDraftDocumentState,
  type ProgrammeCategoryCode,
  type ReceiptDocument,
  sealDocument,
} from '@shifan/domain';
import { DataSource, type EntityManager, IsNull, LessThanOrEqual } from 'typeorm';
import { AccountsRepository } from '../accounts/accounts.repository';
import type { ApplicationEntity } from '../applications/application.entity';
import { checkEligibility } from '../applications/eligibility-check';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { CallsRepository } from '../calls/calls.repository';
import type { CallEntity } from '../calls/call.entity';
import { Clock } from '../common/clock';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { ObjectStorage } from '../storage/object-storage';
import type { DocumentEntity } from './document.entity';
import { DocumentOutboxEntity } from './document-outbox.entity';
import { DocumentsRepository } from './documents.repository';
import { renderApplicationForm } from './renderers/application-form.renderer';
import type { RenderedPdf } from './renderers/pdf-composer';
import { renderReceipt } from './renderers/receipt.renderer';

/** Where archived PDFs live: `documents/<applicationId>/<receiptNo>-<submission>-<kind>.pdf`. */
export const DOCUMENT_PREFIX = 'documents/';
/** The queue runs once no archiving has been asked for this long (submits have paused)… */
export const ARCHIVE_QUIET_MS = 150;
/** …or once the archiving at its head has waited this long. */
export const ARCHIVE_MAX_DEFER_MS = 10_000;

export interface RenderedDocument extends RenderedPdf {
  seal: DocumentSeal;
}

/**
 * What the submit knew that may change later: the enterprise profile (not part of the application) as the submission
 * was checked against it. Without it (an archiving after a restart) the profile as it is now is printed.
 */
export interface SubmissionSnapshot {
  profile: Record<string, unknown>;
}

/** What the application, its call, enterprise, profile and attachments contribute to its documents. */
interface Sources {
  application: ApplicationEntity;
  call: CallEntity;
  enterprise: { name: string; uscc: string };
  profile: Record<string, unknown>;
}

/**
 * Renders the documents of an application and archives the submitted ones. At each submission (first submit and
 * every resubmit) the final 申报书 and its receipt are rendered, put to S3 under their final keys, and only then
 * recorded as `document` rows in one transaction (under the application's row lock, after checking that the
 * submission is still the current one). A failure can leave an object without a row (removed by the maintenance job
 * an hour later), never a row without its object. An archived PDF is never rendered again: later template changes do
 * not alter what was submitted.
 *
 * The guarantee is the `document_outbox` row the submit inserts in its own transaction: the `documents.outbox` job
 * (DocumentOutbox) archives every submission a row names, retrying until it succeeds, on whichever process holds the
 * job's lease. For speed the submit also hands the archiving to `archiveLater`, which runs right after the commit, one
 * archiving at a time, off the submit's response: rendering costs ~40 ms of CPU per submission, which at the deadline
 * would otherwise come out of the submit throughput. While submits keep coming (a burst at the deadline), that queue
 * waits for a quiet moment, but never holds an archiving back more than ARCHIVE_MAX_DEFER_MS. Should the process stop
 * before it runs, the outbox job (or the first download of either document) archives it; archiving is idempotent,
 * closes the submission's outbox rows, and renders the same bytes again.
 */
@Injectable()
export class DocumentArchiver implements OnModuleDestroy {
  private readonly publicUrl: string;
  /** Archivings asked for, oldest first; each keeps the asking request's context (its request id for the audit). */
  private readonly pending: { applicationId: number; actor: Actor | null; snapshot: SubmissionSnapshot | null; askedAt: number; context: AsyncResource }[] = [];
  private draining: Promise<void> | null = null;
  private closed = false;
  private lastAsked = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DocumentsRepository,
    private readonly calls: CallsRepository,
    private readonly accounts: AccountsRepository,
    private readonly storage: ObjectStorage,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicUrl = (config.http.publicUrl ?? `http://localhost:${config.http.port}`).replace(/\/+$/, '');
  }

  /**
   * Archives the application's current submission after the caller has answered, one archiving at a time; a failure
   * is logged (the first download or the maintenance job archives it later).
   */
  archiveLater(applicationId: number, actor: Actor | null = null, snapshot: SubmissionSnapshot | null = null): void {
    if (this.closed) return;
    this.lastAsked = Date.now();
    const queued = this.pending.find((item) => item.applicationId === applicationId);
    if (queued) queued.snapshot = snapshot ?? queued.snapshot;
    else this.pending.push({ applicationId, actor, snapshot, askedAt: this.lastAsked, context: new AsyncResource('shifan.document-archiving') });
    this.draining ??= this.drain().finally(() => (this.draining = null));
  }

  /** Resolves once every archiving asked for so far has run. */
  async settled(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** At shutdown: the archiving under way finishes; those still queued are left to the maintenance job. */
  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    this.pending.length = 0;
    await this.draining;
  }

  private async drain(): Promise<void> {
    while (this.pending.length && !this.closed) {
      await this.quietMoment(this.pending[0].askedAt);
      const next = this.pending.shift();
      if (!next || this.closed) return;
      await next.context.runInAsyncScope(() =>
        this.archiveSubmission(next.applicationId, next.actor, next.snapshot).catch((error: unknown) => {
          this.logger.event('error', 'documents', 'archiving the submitted documents failed; the first download or the maintenance job will retry', {
            applicationId: next.applicationId,
            error: (error as Error).message,
          });
        }),
      );
      next.context.emitDestroy();
    }
  }

  /** Waits while submits keep coming, but no longer than ARCHIVE_MAX_DEFER_MS after the archiving was asked for. */
  private async quietMoment(askedAt: number): Promise<void> {
    do await new Promise((resolve) => setTimeout(resolve, ARCHIVE_QUIET_MS));
    while (!this.closed && Date.now() - this.lastAsked < ARCHIVE_QUIET_MS && Date.now() - askedAt < ARCHIVE_MAX_DEFER_MS);
  }

  /** The public page that verifies a code (printed, and in the QR code, on every page). */
  verificationUrl(code: string): string {
    return `${this.publicUrl}/verify/${formatVerificationCode(code)}`;
  }

  /**
   * The documents of the application's current submission, archiving them first if they are not yet (e.g. when the
   * archiving right after the submit failed). Null when the application is not submitted, or can be edited again
   * (its data may have changed since the submission, so it can no longer be rendered as submitted).
   */
  async archiveSubmission(applicationId: number, actor: Actor | null = null, snapshot: SubmissionSnapshot | null = null): Promise<DocumentEntity[] | null> {
    const application = await this.repository.findApplication(applicationId);
    if (!application || !isArchivable(application)) return null;
    const existing = await this.repository.forSubmission(applicationId, application.submittedAt!);
    if (hasBoth(existing)) {
      await closeOutbox(this.dataSource.manager, applicationId, application.submittedAt!, this.clock.now());
      return existing;
    }

    const sources = await this.sources(application);
    // The profile the submission was checked against: held in memory right after the submit, and stored with the
    // application for an archiving after a restart.
    if (snapshot) sources.profile = snapshot.profile;
    else if (application.submittedProfile) sources.profile = application.submittedProfile;
    const form = buildApplicationFormDocument(await this.formInput(sources, false, application.eligibility as unknown as EligibilityReport | null));
    const formSeal = sealDocument(form);
    const receipt = buildReceiptDocument(form, formSeal);
    const creationDate = application.submittedAt!;
    const [formPdf, receiptPdf] = await Promise.all([this.renderForm(form, formSeal, creationDate), this.renderReceipt(receipt, creationDate)]);
    const stem = `${DOCUMENT_PREFIX}${application.id}/${application.receiptNo}-${compactInstant(application.submittedAt!)}`;
    const objects = [
      { kind: 'application_form' as const, key: `${stem}-application-form.pdf`, rendered: formPdf },
      { kind: 'receipt' as const, key: `${stem}-receipt.pdf`, rendered: receiptPdf },
    ];
    for (const object of objects) this.reportMissingGlyphs(application.id, object.kind, object.rendered);
    await Promise.all(
      objects.map(({ key, rendered }) =>
        this.storage.put(key, rendered.pdf, rendered.pdf.length, 'application/pdf', { sha256: sha256(rendered.pdf), 'verification-code': rendered.seal.code }),
      ),
    );

    return inTransaction(this.dataSource, async (manager) => {
      const locked = await this.repository.lockApplication(manager, applicationId);
      if (!locked || !isArchivable(locked) || locked.submittedAt!.getTime() !== application.submittedAt!.getTime()) return null; // superseded meanwhile
      const rows = await this.repository.forSubmission(applicationId, application.submittedAt!, manager);
      const now = this.clock.now();
      const added: DocumentEntity[] = [];
      for (const object of objects) {
        if (rows.some((row) => row.kind === object.kind)) continue; // a concurrent archiver got here first, with the same bytes
        added.push(
          await this.repository.insert(manager, {
            kind: object.kind,
            applicationId,
            code: object.rendered.seal.code,
            contentSha256: object.rendered.seal.contentSha256,
            objectKey: object.key,
            size: object.rendered.pdf.length,
            receiptNo: application.receiptNo!,
            submittedAt: application.submittedAt!,
            enterpriseName: sources.enterprise.name.slice(0, 100),
            callTitle: sources.call.title,
            createdAt: now,
          }),
        );
      }
      if (added.length) {
        await this.audit.record(manager, {
          action: 'documents.archived',
          actor,
          target: { type: 'application', id: applicationId },
          detail: { receiptNo: application.receiptNo, documents: added.map(({ kind, code, objectKey, size }) => ({ kind, code, objectKey, size })) },
        });
      }
      rows.push(...added);
      await closeOutbox(manager, applicationId, application.submittedAt!, now);
      return rows;
    });
  }

  /** A fresh 申报书 of the application as it stands now, with the 草稿 watermark (nothing is stored). */
  async renderDraft(application: ApplicationEntity): Promise<RenderedDocument> {
    const sources = await this.sources(application);
    const eligibility = checkEligibility(await this.settingsOf(application, sources.call), sources.profile, application.data);
    const form = buildApplicationFormDocument(await this.formInput(sources, true, eligibility));
    const rendered = await this.renderForm(form, sealDocument(form), this.clock.now());
    this.reportMissingGlyphs(application.id, 'application_form', rendered);
    return rendered;
  }

  /**
   * The 签字盖章用 copy of the application's content as it stands now (view model and seal, nothing rendered): its
   * 核验码 is what a signed scan is compared with. The same inputs as the draft, so it changes exactly when the
   * printed content does.
   */
  async signingCopy(application: ApplicationEntity): Promise<{ form: ApplicationFormDocument; seal: DocumentSeal }> {
    const sources = await this.sources(application);
    const eligibility = checkEligibility(await this.settingsOf(application, sources.call), sources.profile, application.data);
    const form = buildApplicationFormDocument({ ...(await this.formInput(sources, true, eligibility)), signingCopy: true });
    return { form, seal: sealDocument(form) };
  }

  /** The 签字盖章用 copy as a PDF (no watermark, marked 签字盖章用, its 核验码 on every page); the caller records the print. */
  async renderSigningCopy(application: ApplicationEntity): Promise<RenderedDocument> {
    const { form, seal } = await this.signingCopy(application);
    const rendered = await this.renderForm(form, seal, this.clock.now());
    this.reportMissingGlyphs(application.id, 'application_form', rendered);
    return rendered;
  }

  private async renderForm(form: ApplicationFormDocument, seal: DocumentSeal, creationDate: Date): Promise<RenderedDocument> {
    const rendered = await renderApplicationForm(form, { verification: { code: formatVerificationCode(seal.code), url: this.verificationUrl(seal.code) }, creationDate });
    return { ...rendered, seal };
  }

  private async renderReceipt(receipt: ReceiptDocument, creationDate: Date): Promise<RenderedDocument> {
    const seal = sealDocument(receipt);
    const rendered = await renderReceipt(receipt, { verification: { code: formatVerificationCode(seal.code), url: this.verificationUrl(seal.code) }, creationDate });
    return { ...rendered, seal };
  }

  /** Characters the font lacks are printed as □; each render reports them once. */
  private reportMissingGlyphs(applicationId: number, kind: DocumentKind, rendered: RenderedPdf): void {
    if (!rendered.missingGlyphs.length) return;
    this.logger.event('warn', 'documents', 'characters missing from the font were printed as □', { applicationId, kind, codePoints: rendered.missingGlyphs });
  }

  private async sources(application: ApplicationEntity): Promise<Sources> {
    const [call, enterprise, profiles] = await Promise.all([
      this.calls.find(application.callId),
      this.accounts.findEnterpriseById(application.enterpriseId),
      this.repository.profiles([application.enterpriseId]),
    ]);
    return {
      application,
      call: call!,
      enterprise: { name: enterprise?.name ?? '', uscc: enterprise?.uscc ?? '' },
      profile: profiles.get(application.enterpriseId) ?? {},
    };
  }

  private async formInput({ application, call, enterprise, profile }: Sources, draft: boolean, eligibility: EligibilityReport | null): Promise<ApplicationFormInput> {
    const attachments = await this.repository.attachments(application.id);
    return {
      applicationId: application.id,
      draft,
      call: { id: call.id, title: call.title, year: call.year, category: call.category as ProgrammeCategoryCode, level: call.level, attachmentSlots: call.attachmentSlots },
      enterprise,
      profile,
      data: application.data,
      eligibility,
      attachments: attachments.map(({ slotKey, fileName, size, sha256 }) => ({ slotKey, fileName, size, sha256 })),
      receiptNo: draft ? null : application.receiptNo,
      submittedAt: draft ? null : application.submittedAt!.toISOString(),
    };
  }

  /** The settings of the call version the application was checked against (as the application journey does). */
  private async settingsOf(application: ApplicationEntity, call: CallEntity): Promise<CallSettings> {
    const version = await this.calls.findVersion(application.callId, application.callVersionNo);
    return version ? (version.snapshot as { settings: CallSettings }).settings : call.settings;
  }
}

/** Submitted (with a receipt) and not editable again: its data is what was submitted. */
export function isArchivable(application: ApplicationEntity): boolean {
  return application.receiptNo !== null && application.submittedAt !== null && !isDraftDocumentState(application.state);
}

/** The submission's documents are archived: its outbox rows (and those of earlier submissions, superseded) are done. */
async function closeOutbox(manager: EntityManager, applicationId: number, submittedAt: Date, now: Date): Promise<void> {
  await manager.getRepository(DocumentOutboxEntity).update({ applicationId, submittedAt: LessThanOrEqual(submittedAt), doneAt: IsNull() }, { doneAt: now });
}

function hasBoth(rows: DocumentEntity[]): boolean {
  return rows.some((row) => row.kind === 'application_form') && rows.some((row) => row.kind === 'receipt');
}

/** `2026-06-01T02:00:00.000Z` → `20260601T020000000Z`: sortable and free of characters S3 tools quote. */
function compactInstant(instant: Date): string {
  return instant.toISOString().replace(/[-:.]/g, '');
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
