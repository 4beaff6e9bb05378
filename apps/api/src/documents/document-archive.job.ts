import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { CLEANUP_FIRST_RUN_MS, CLEANUP_GRACE_MS, CLEANUP_INTERVAL_MS } from '../attachments/attachment-cleanup.job';
import { Clock } from '../common/clock';
import { JsonLogger } from '../common/logging/json-logger';
import { JobScheduler, wallTime } from '../jobs/job-scheduler';
import { ObjectStorage } from '../storage/object-storage';
import { DOCUMENT_PREFIX, DocumentArchiver } from './document-archiver';
import { DocumentsRepository } from './documents.repository';

const BATCH = 500;
/** The job's name in the scheduler and in `job_lease`. */
export const DOCUMENT_MAINTENANCE_JOB = 'documents.maintenance';
/** A submission whose archiving has not happened this long after it is archived by the job. */
export const ARCHIVE_REPAIR_AFTER_MS = 5 * 60 * 1000;
/** Submissions queued for archiving per run (the rest wait for the next run). */
const REPAIR_LIMIT = 200;

export interface DocumentMaintenanceReport {
  /** Objects under documents/ that no row names, older than an hour, removed. */
  orphans: string[];
  /** Applications whose current submission had no archived documents, queued for archiving. */
  queued: number[];
}

/**
 * Keeps the archive whole, after start-up and then hourly, as the scheduled job `documents.maintenance`:
 * - removes `documents/` objects no row names that are older than an hour: what an archiving left behind when its
 *   transaction failed or was superseded after the PDFs were put (objects go up before rows, so no row lacks its
 *   object);
 * - queues the archiving of submissions that have none five minutes after submitting (the process stopped before its
 *   queued archiving ran, and the submission predates the document outbox, e.g. imported or seeded history).
 * Safe on several instances: removal is idempotent, and archiving checks under the application's row lock.
 */
@Injectable()
export class DocumentArchiveJob implements OnModuleInit, OnModuleDestroy {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: ObjectStorage,
    private readonly repository: DocumentsRepository,
    private readonly archiver: DocumentArchiver,
    private readonly logger: JsonLogger,
    private readonly scheduler: JobScheduler,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: DOCUMENT_MAINTENANCE_JOB, intervalMs: CLEANUP_INTERVAL_MS, firstRunMs: CLEANUP_FIRST_RUN_MS, run: (now) => this.run(now, wallTime(now, this.clock)) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  /**
   * One run, after any that is running. `now` (the Clock's time) decides which submissions are overdue; `storageNow`
   * (real time, default `now`) how old an object is. Tests pass instants ahead.
   */
  run(now: Date = new Date(), storageNow: Date = now): Promise<DocumentMaintenanceReport> {
    const run = this.queue.catch(() => undefined).then(() => this.sweep(now, storageNow));
    this.queue = run;
    return run;
  }

  private async sweep(now: Date, storageNow: Date): Promise<DocumentMaintenanceReport> {
    const orphans = await this.removeOrphans(storageNow.getTime() - CLEANUP_GRACE_MS);
    const queued = await this.repository.unarchivedSubmissions(new Date(now.getTime() - ARCHIVE_REPAIR_AFTER_MS), REPAIR_LIMIT);
    for (const applicationId of queued) this.archiver.archiveLater(applicationId);
    if (orphans.length || queued.length) this.logger.event('info', 'documents', 'archive maintenance', { orphansRemoved: orphans, archivingQueued: queued });
    return { orphans, queued };
  }

  private async removeOrphans(cutoff: number): Promise<string[]> {
    const removed: string[] = [];
    const batch: string[] = [];
    const flush = async () => {
      const keys = batch.splice(0);
      if (!keys.length) return;
      const named = await this.repository.namedKeys(keys);
      const orphans = keys.filter((key) => !named.has(key));
      if (orphans.length) await this.storage.removeMany(orphans);
      removed.push(...orphans);
    };
    for await (const object of this.storage.list(DOCUMENT_PREFIX)) {
      if (object.lastModified.getTime() >= cutoff) continue;
      batch.push(object.key);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    return removed;
  }
}
