import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, DataSource } from 'typeorm';
import { CLEANUP_FIRST_RUN_MS, CLEANUP_GRACE_MS, CLEANUP_INTERVAL_MS } from '../attachments/attachment-cleanup.job';
import { Clock } from '../common/clock';
import { JsonLogger } from '../common/logging/json-logger';
import { JobScheduler, wallTime } from '../jobs/job-scheduler';
import { ObjectStorage } from '../storage/object-storage';
import { DisputeDocumentEntity } from './dispute-document.entity';
import { DISPUTE_DOCUMENT_PREFIX } from './disputes.service';
import { EnterpriseDocumentEntity } from './enterprise-document.entity';
import { ENTERPRISE_DOCUMENT_PREFIX } from './verification.service';

/** The job's name in the scheduler and in `job_lease`. */
export const VERIFICATION_CLEANUP_JOB = 'verification.cleanup';
const BATCH = 500;

/**
 * Removes the objects of 企业认证 and dispute documents that no committed row names and that are older than the
 * attachments' grace period (an hour): what a process that stopped between the copy to the final key and the commit
 * left behind. (Temporary upload objects under `tmp/` are the attachments cleanup's.) Same schedule and safety as that
 * job: hourly under its lease, and a final object older than an hour without a row can never get one.
 */
@Injectable()
export class VerificationCleanupJob implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    private readonly scheduler: JobScheduler,
    private readonly clock: Clock,
    private readonly logger: JsonLogger,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: VERIFICATION_CLEANUP_JOB, intervalMs: CLEANUP_INTERVAL_MS, firstRunMs: CLEANUP_FIRST_RUN_MS, run: (now) => this.run(wallTime(now, this.clock)) });
  }

  /** One sweep; `now` lets tests look an hour or more ahead (ages are the storage server's Last-Modified). */
  async run(now: Date = new Date()): Promise<string[]> {
    const cutoff = now.getTime() - CLEANUP_GRACE_MS;
    const removed: string[] = [];
    const sweeps = [
      { prefix: ENTERPRISE_DOCUMENT_PREFIX, entity: EnterpriseDocumentEntity },
      { prefix: DISPUTE_DOCUMENT_PREFIX, entity: DisputeDocumentEntity },
    ] as const;
    for (const { prefix, entity } of sweeps) {
      const batch: string[] = [];
      const sweep = async () => {
        const keys = batch.splice(0);
        if (!keys.length) return;
        const rows = await this.dataSource.getRepository(entity).find({ select: { objectKey: true }, where: { objectKey: In(keys) } });
        const named = new Set(rows.map((row) => row.objectKey));
        const orphans = keys.filter((key) => !named.has(key));
        if (orphans.length) await this.storage.removeMany(orphans);
        removed.push(...orphans);
      };
      for await (const object of this.storage.list(prefix)) {
        if (object.lastModified.getTime() >= cutoff) continue;
        batch.push(object.key);
        if (batch.length >= BATCH) await sweep();
      }
      await sweep();
    }
    if (removed.length) this.logger.event('info', 'verification', 'cleanup removed objects no row names', { removed });
    return removed;
  }
}
