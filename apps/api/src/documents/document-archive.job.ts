import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CLEANUP_FIRST_RUN_MS, CLEANUP_GRACE_MS, CLEANUP_INTERVAL_MS } from '../attachments/attachment-cleanup.job';
import { JsonLogger } from '../common/logging/json-logger';
import { ObjectStorage } from '../storage/object-storage';
import { DOCUMENT_PREFIX, DocumentArchiver } from './document-archiver';
import { DocumentsRepository } from './documents.repository';

const BATCH = 500;
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
 * Keeps the archive whole, after start-up and then hourly, on unref'd timers (the attachment cleanup's pattern):
 * - removes `documents/` objects no row names that are older than an hour: what an archiving left behind when its
 *   transaction failed or was superseded after the PDFs were put (objects go up before rows, so no row lacks its
 *   object);
 * - queues the archiving of submissions that have none five minutes after submitting (the process stopped before its
 *   queued archiving ran).
 * Safe on several instances: removal is idempotent, and archiving checks under the application's row lock.
 */
@Injectable()
export class DocumentArchiveJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly timers: NodeJS.Timeout[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: ObjectStorage,
    private readonly repository: DocumentsRepository,
    private readonly archiver: DocumentArchiver,
    private readonly logger: JsonLogger,
  ) {}

  onApplicationBootstrap(): void {
    const scheduled = () => void this.run().catch((error: unknown) => this.logger.event('error', 'documents', 'archive maintenance failed', { error: (error as Error).message }));
    this.timers.push(setTimeout(scheduled, CLEANUP_FIRST_RUN_MS).unref(), setInterval(scheduled, CLEANUP_INTERVAL_MS).unref());
  }

  async onModuleDestroy(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.length = 0;
    await this.queue.catch(() => undefined);
  }

  /** One run, after any that is running. `now` lets tests look ahead. */
  run(now: Date = new Date()): Promise<DocumentMaintenanceReport> {
    const run = this.queue.catch(() => undefined).then(() => this.sweep(now));
    this.queue = run;
    return run;
  }

  private async sweep(now: Date): Promise<DocumentMaintenanceReport> {
    const orphans = await this.removeOrphans(now.getTime() - CLEANUP_GRACE_MS);
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
