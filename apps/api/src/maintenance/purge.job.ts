import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { SIGN_IN_THROTTLE_POLICY } from '@shifan/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { OneTimeTokenEntity } from '../auth/one-time-token.entity';
import { RateLimitEntity } from '../auth/rate-limit.entity';
import { SessionEntity } from '../auth/session.entity';
import { SignInFailureEntity } from '../auth/sign-in-failure.entity';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { JobScheduler } from '../jobs/job-scheduler';

/** The job's name in the scheduler and in `job_lease`. */
export const PURGE_JOB = 'auth.purge';
const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface PurgeReport {
  sessions: number;
  tokens: number;
  rateLimits: number;
  signInFailures: number;
}

/**
 * Deletes what the sign-in machinery no longer needs, every PURGE_INTERVAL_HOURS (one process at a time, under the
 * job's lease), in one transaction with its audit record:
 * - sessions that ended (signed out, revoked) or expired more than SESSION_RETENTION_DAYS ago;
 * - one-time tokens (password resets, invitations) used or expired more than TOKEN_RETENTION_DAYS ago — kept that
 *   long so that "was a reset link used, and when?" can still be answered;
 * - rate-limit windows that started more than RATE_LIMIT_RETENTION_HOURS ago (every window is an hour at most), and
 *   sign-in failure records the throttle has forgotten (SIGN_IN_THROTTLE_POLICY.failureMemoryHours) at least that long.
 * The audit trail itself is never purged.
 */
@Injectable()
export class PurgeJob implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly scheduler: JobScheduler,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: PURGE_JOB, intervalMs: this.config.retention.purgeIntervalMs, firstRunMs: 60_000, run: (now) => this.run(now) });
  }

  async run(now: Date): Promise<PurgeReport> {
    const { sessionDays, tokenDays, rateLimitHours } = this.config.retention;
    const sessionCutoff = new Date(now.getTime() - sessionDays * DAY);
    const tokenCutoff = new Date(now.getTime() - tokenDays * DAY);
    const rateLimitCutoff = new Date(now.getTime() - rateLimitHours * HOUR);
    const failureCutoff = new Date(now.getTime() - Math.max(rateLimitHours, SIGN_IN_THROTTLE_POLICY.failureMemoryHours) * HOUR);
    const report = await inTransaction(this.dataSource, async (manager) => {
      const sessions = await manager
        .createQueryBuilder()
        .delete()
        .from(SessionEntity)
        .where('expires_at < :cutoff OR (ended_at IS NOT NULL AND ended_at < :cutoff)', { cutoff: sessionCutoff })
        .execute();
      const tokens = await manager
        .createQueryBuilder()
        .delete()
        .from(OneTimeTokenEntity)
        .where('expires_at < :cutoff OR (used_at IS NOT NULL AND used_at < :cutoff)', { cutoff: tokenCutoff })
        .execute();
      const rateLimits = await manager.createQueryBuilder().delete().from(RateLimitEntity).where('window_start < :cutoff', { cutoff: rateLimitCutoff }).execute();
      const signInFailures = await manager
        .createQueryBuilder()
        .delete()
        .from(SignInFailureEntity)
        .where('last_failure_at < :cutoff AND (blocked_until IS NULL OR blocked_until < :now)', { cutoff: failureCutoff, now })
        .execute();
      const counts: PurgeReport = { sessions: sessions.affected ?? 0, tokens: tokens.affected ?? 0, rateLimits: rateLimits.affected ?? 0, signInFailures: signInFailures.affected ?? 0 };
      if (counts.sessions || counts.tokens || counts.rateLimits || counts.signInFailures) {
        await this.audit.record(manager, { action: 'maintenance.purged', actor: null, detail: { ...counts, retention: { sessionDays, tokenDays, rateLimitHours } } });
      }
      return counts;
    });
    this.logger.event('info', 'maintenance', 'expired sign-in records purged', { ...report });
    return report;
  }
}
