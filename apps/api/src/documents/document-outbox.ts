import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, LessThanOrEqual } from 'typeorm';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobScheduler, nextAttemptAfter, outboxErrorText } from '../jobs/job-scheduler';
import { ARCHIVE_MAX_DEFER_MS, DocumentArchiver } from './document-archiver';
import { DocumentOutboxEntity } from './document-outbox.entity';

/** When the outbox job first tries a fresh submission: after the in-process archiving's longest deferral, plus time to render. */
export const OUTBOX_FIRST_ATTEMPT_AFTER_MS = ARCHIVE_MAX_DEFER_MS + 20_000;

/** The job's name in the scheduler and in `job_lease`. */
export const DOCUMENT_OUTBOX_JOB = 'documents.outbox';
/** Rows worked off per run (the rest wait for the next run, an interval later). */
const BATCH = 100;

export interface DocumentOutboxReport {
  /** Applications whose submission now has its archived 申报书 and receipt. */
  archived: number[];
  /** Rows closed without archiving: the submission was withdrawn or superseded before its documents were archived. */
  superseded: number[];
  /** Applications whose archiving failed this time (retried with back-off). */
  failed: number[];
}

/**
 * The durable side of archiving a submission's documents. The submit (and every resubmission) inserts a row in its own
 * transaction, so an acknowledged submission always has one; the `documents.outbox` job (every
 * DOCUMENT_OUTBOX_INTERVAL_SECONDS, one process at a time under its lease) archives what the rows name through
 * DocumentArchiver — idempotent under the application's row lock, so the immediate attempt after the commit, a
 * download or a second process can get there first — and closes them; a failure is retried with back-off
 * (OUTBOX_RETRY_BASE_SECONDS doubling up to OUTBOX_RETRY_MAX_SECONDS), for as long as it takes.
 */
@Injectable()
export class DocumentOutbox implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly archiver: DocumentArchiver,
    private readonly scheduler: JobScheduler,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const intervalMs = this.config.jobs.documentOutboxIntervalMs;
    this.scheduler.register({ name: DOCUMENT_OUTBOX_JOB, intervalMs, firstRunMs: Math.min(intervalMs, 5_000), run: (now) => this.work(now) });
  }

  /**
   * In the submit's transaction: the submission's documents are owed. The row's first attempt is due only after the
   * in-process archiving (`archiveLater`, which waits for a pause in a deadline burst) has had its chance, so the job
   * does not render PDFs in the middle of a burst; after a crash it still archives within
   * OUTBOX_FIRST_ATTEMPT_AFTER_MS + one job interval.
   */
  async enqueue(manager: EntityManager, submission: { applicationId: number; receiptNo: string; submittedAt: Date }, now: Date): Promise<void> {
    const nextAttemptAt = new Date(now.getTime() + OUTBOX_FIRST_ATTEMPT_AFTER_MS);
    await manager.getRepository(DocumentOutboxEntity).insert({ ...submission, createdAt: now, attempts: 0, nextAttemptAt, lastError: null, doneAt: null });
  }

  /** One pass over the rows that are due. */
  async work(now: Date): Promise<DocumentOutboxReport> {
    const report: DocumentOutboxReport = { archived: [], superseded: [], failed: [] };
    const rows = await this.dataSource.getRepository(DocumentOutboxEntity).find({
      where: { doneAt: IsNull(), nextAttemptAt: LessThanOrEqual(now) },
      order: { id: 'ASC' },
      take: BATCH,
    });
    for (const row of rows) {
      try {
        const documents = await this.archiver.archiveSubmission(row.applicationId);
        // Archived now or before (the rows are closed by the archiver), or no longer archivable: close this one.
        await this.close(row.id, now);
        (documents ? report.archived : report.superseded).push(row.applicationId);
      } catch (error) {
        const attempts = row.attempts + 1;
        const message = outboxErrorText(error);
        const next = nextAttemptAfter(now, attempts, this.config.jobs);
        await this.dataSource.getRepository(DocumentOutboxEntity).update({ id: row.id }, { attempts, nextAttemptAt: next, lastError: message });
        report.failed.push(row.applicationId);
        this.logger.event('error', 'documents', 'archiving a submission failed; retried later', { applicationId: row.applicationId, attempts, nextAttemptAt: next.toISOString(), error: message });
      }
    }
    if (rows.length) this.logger.event('info', 'documents', 'document outbox worked off', { ...report });
    return report;
  }

  private async close(id: number, now: Date): Promise<void> {
    await this.dataSource.getRepository(DocumentOutboxEntity).update({ id, doneAt: IsNull() }, { doneAt: now });
  }
}
