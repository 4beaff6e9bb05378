import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobScheduler } from '../jobs/job-scheduler';
import { ObjectStorage } from '../storage/object-storage';
import { type AuditCheckpoint, CheckpointSigner, writeCheckpoint } from './audit-checkpoint';

export const AUDIT_CHECKPOINT_JOB = 'audit.checkpoint';

/**
 * Writes the signed checkpoint of the committed audit head to S3: the `audit.checkpoint` job, every
 * AUDIT_CHECKPOINT_INTERVAL_SECONDS on one process at a time (the scheduler's lease).
 */
@Injectable()
export class AuditCheckpointService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    private readonly signer: CheckpointSigner,
    private readonly logger: JsonLogger,
    private readonly scheduler: JobScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const intervalMs = this.config.audit.checkpointIntervalSeconds * 1000;
    this.scheduler.register({ name: AUDIT_CHECKPOINT_JOB, intervalMs, firstRunMs: Math.min(intervalMs, 60_000), run: (now) => this.checkpoint(now) });
  }

  async checkpoint(now: Date): Promise<AuditCheckpoint | null> {
    const written = await writeCheckpoint(this.dataSource, this.storage, this.signer, now);
    if (written) this.logger.event('info', 'audit', 'audit checkpoint written', { seq: written.seq, hash: written.hash });
    return written;
  }
}
