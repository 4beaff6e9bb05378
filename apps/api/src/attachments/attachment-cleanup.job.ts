import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobScheduler, wallTime } from '../jobs/job-scheduler';
import { ObjectStorage } from '../storage/object-storage';
import { AttachmentsRepository } from './attachments.repository';
import { ATTACHMENT_PREFIX, spoolDirectoryOf, TMP_PREFIX } from './attachments.service';
import { SlotTemplatesRepository } from './slot-templates.repository';
import { TEMPLATE_PREFIX } from './slot-templates.service';

export interface CleanupReport {
  /** Temporary upload objects removed (older than the grace period). */
  temporary: string[];
  /** Objects under attachments/ (or templates/) that no attachment (or slot template) row names, older than the grace period. */
  orphans: string[];
  /** Spool files of uploads that never finished (a crashed process), older than the grace period. */
  spoolFiles: number;
}

/** Anything younger than this is left alone: it may belong to an upload still on its way to its commit. */
export const CLEANUP_GRACE_MS = 60 * 60 * 1000;
export const CLEANUP_INTERVAL_MS = 60 * 60 * 1000;
/** The first run after start-up, out of the way of the start itself. */
export const CLEANUP_FIRST_RUN_MS = 10_000;
const BATCH = 500;
/** The job's name in the scheduler and in `job_lease`. */
export const ATTACHMENT_CLEANUP_JOB = 'attachments.cleanup';

/**
 * Removes what failed uploads and deletes leave behind: `tmp/` objects and spool files older than an hour, and
 * `attachments/` and `templates/` objects older than an hour that no committed row names. Runs shortly after start-up and then hourly,
 * as the scheduled job `attachments.cleanup` (one process at a time, under its lease in `job_lease`).
 *
 * Safe on several instances at once even without the lease: removing an object is idempotent, and the grace period
 * is far longer than the life of an upload between its temporary object and its commit (the final object is copied
 * inside the transaction that inserts its row, so a final object older than an hour without a row can never get one).
 * Ages are judged by the storage server's clock (the objects' Last-Modified) against real time, not the app's Clock.
 */
@Injectable()
export class AttachmentCleanupJob implements OnModuleInit, OnModuleDestroy {
  /** Runs one after another on this instance (a scheduled run and a call from a test or the CLI never overlap). */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly spoolDirectory: string;

  constructor(
    private readonly storage: ObjectStorage,
    private readonly repository: AttachmentsRepository,
    private readonly templates: SlotTemplatesRepository,
    private readonly logger: JsonLogger,
    private readonly scheduler: JobScheduler,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.spoolDirectory = spoolDirectoryOf(config);
  }

  onModuleInit(): void {
    this.scheduler.register({ name: ATTACHMENT_CLEANUP_JOB, intervalMs: CLEANUP_INTERVAL_MS, firstRunMs: CLEANUP_FIRST_RUN_MS, run: (now) => this.run(wallTime(now, this.clock)) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  /** One sweep, after any that is running. `now` lets tests look an hour or more ahead. */
  run(now: Date = new Date()): Promise<CleanupReport> {
    const sweep = this.queue.catch(() => undefined).then(() => this.sweep(now));
    this.queue = sweep;
    return sweep;
  }

  private async sweep(now: Date): Promise<CleanupReport> {
    const cutoff = now.getTime() - CLEANUP_GRACE_MS;
    const temporary: string[] = [];
    const orphans: string[] = [];

    const batch: string[] = [];
    for await (const object of this.storage.list(TMP_PREFIX)) {
      if (object.lastModified.getTime() >= cutoff) continue;
      batch.push(object.key);
      if (batch.length >= BATCH) temporary.push(...(await this.removeBatch(batch.splice(0))));
    }
    temporary.push(...(await this.removeBatch(batch.splice(0))));

    const orphansOf = async (keys: string[]) => {
      const named = await this.repository.namedKeys(keys);
      return this.removeBatch(keys.filter((key) => !named.has(key)));
    };
    for await (const object of this.storage.list(ATTACHMENT_PREFIX)) {
      if (object.lastModified.getTime() >= cutoff) continue;
      batch.push(object.key);
      if (batch.length >= BATCH) orphans.push(...(await orphansOf(batch.splice(0))));
    }
    if (batch.length) orphans.push(...(await orphansOf(batch.splice(0))));
    // Slot templates (issue #13) are written the same way: copied inside the transaction that inserts their row.
    const templateOrphansOf = async (keys: string[]) => {
      const named = await this.templates.namedKeys(keys);
      return this.removeBatch(keys.filter((key) => !named.has(key)));
    };
    for await (const object of this.storage.list(TEMPLATE_PREFIX)) {
      if (object.lastModified.getTime() >= cutoff) continue;
      batch.push(object.key);
      if (batch.length >= BATCH) orphans.push(...(await templateOrphansOf(batch.splice(0))));
    }
    if (batch.length) orphans.push(...(await templateOrphansOf(batch.splice(0))));

    const spoolFiles = await this.removeStaleSpoolFiles(cutoff);
    const report = { temporary, orphans, spoolFiles };
    if (temporary.length || orphans.length || spoolFiles) {
      this.logger.event('info', 'attachments', 'cleanup removed leftovers', { temporary, orphans, spoolFiles });
    } else {
      this.logger.event('debug', 'attachments', 'cleanup found nothing to remove');
    }
    return report;
  }

  private async removeBatch(keys: string[]): Promise<string[]> {
    if (!keys.length) return [];
    await this.storage.removeMany(keys);
    return keys;
  }

  private async removeStaleSpoolFiles(cutoff: number): Promise<number> {
    let names: string[];
    try {
      names = await fs.promises.readdir(this.spoolDirectory);
    } catch {
      return 0; // no upload has happened on this instance yet
    }
    let removed = 0;
    for (const name of names) {
      const file = path.join(this.spoolDirectory, name);
      const stat = await fs.promises.stat(file).catch(() => null);
      if (!stat?.isFile() || stat.mtimeMs >= cutoff) continue;
      await fs.promises.rm(file, { force: true });
      removed++;
    }
    return removed;
  }
}
