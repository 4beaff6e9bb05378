import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ObjectStorage } from '../storage/object-storage';
import { type AuditCheckpoint, CheckpointSigner, writeCheckpoint } from './audit-checkpoint';

/** Writes the signed checkpoint of the committed audit head to S3, every AUDIT_CHECKPOINT_INTERVAL_SECONDS. */
@Injectable()
export class AuditCheckpointService implements OnApplicationBootstrap, OnApplicationShutdown {
  static readonly JOB_NAME = 'audit-checkpoint';
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: ObjectStorage,
    private readonly signer: CheckpointSigner,
    private readonly clock: Clock,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get intervalMs(): number {
    return this.config.audit.checkpointIntervalSeconds * 1000;
  }

  async checkpoint(now: Date): Promise<AuditCheckpoint | null> {
    const written = await writeCheckpoint(this.dataSource, this.storage, this.signer, now);
    if (written) this.logger.event('info', 'audit', 'audit checkpoint written', { seq: written.seq, hash: written.hash });
    return written;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.checkpoint(this.clock.now()).catch((error: unknown) => this.logger.event('error', 'audit', 'audit checkpoint failed', { error: (error as Error).message }));
    }, this.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
