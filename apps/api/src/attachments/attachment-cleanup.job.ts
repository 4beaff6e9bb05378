import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ObjectStorage } from '../storage/object-storage';
import { AttachmentsRepository } from './attachments.repository';
import { ATTACHMENT_PREFIX, spoolDirectoryOf, TMP_PREFIX } from './attachments.service';

export interface CleanupReport {
  /** Temporary upload objects removed (older than the grace period). */
  temporary: string[];
  /** Objects under attachments/ that no attachment row names, older than the grace period. */
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

/**
 * Removes what failed uploads and deletes leave behind: `tmp/` objects and spool files older than an hour, and
 * `attachments/` objects older than an hour that no committed row names. Runs shortly after start-up and then hourly
 * on unref'd timers (they never keep the process alive).
 *
 * Safe on several instances at once without coordination: removing an object is idempotent, and the grace period
 * is far longer than the life of an upload between its temporary object and its commit (the final object is copied
 * inside the transaction that inserts its row, so a final object older than an hour without a row can never get one).
 * Ages are judged by the storage server's clock (the objects' Last-Modified) against real time, not the app's Clock.
 */
@Injectable()
export class AttachmentCleanupJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly timers: NodeJS.Timeout[] = [];
  /** Runs one after another on this instance (a scheduled run and a call from a test or the CLI never overlap). */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly spoolDirectory: string;

  constructor(
    private readonly storage: ObjectStorage,
    private readonly repository: AttachmentsRepository,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.spoolDirectory = spoolDirectoryOf(config);
  }

  onApplicationBootstrap(): void {
    const scheduled = () => void this.run().catch((error: unknown) => this.logger.event('error', 'attachments', 'cleanup failed', { error: (error as Error).message }));
    this.timers.push(setTimeout(scheduled, CLEANUP_FIRST_RUN_MS).unref(), setInterval(scheduled, CLEANUP_INTERVAL_MS).unref());
  }

  async onModuleDestroy(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.length = 0;
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
