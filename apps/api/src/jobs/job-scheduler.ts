import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobLeaseEntity } from './job-lease.entity';

/** A job other modules register (in their `onModuleInit`); `run` gets the scheduler's "now" (the Clock's, or a test's). */
export interface ScheduledJob {
  /** Unique, at most 64 characters: the key of its `job_lease` row, e.g. `documents.outbox`. */
  name: string;
  /** A run is due once this long has passed since the last run finished, on any process. */
  intervalMs: number;
  /** The first attempt after start-up (default: a few seconds, out of the way of the start itself). */
  firstRunMs?: number;
  run(now: Date): Promise<unknown>;
}

/** What became of one attempt to run a job. */
export interface JobRunResult {
  name: string;
  /** True when this process ran the job (whether it succeeded or failed). */
  ran: boolean;
  /**
   * Why it did not run: `leased` (another process holds the lease), `not-due` (a run finished less than the interval
   * ago), `stopped` (the application is shutting down).
   */
  skipped?: 'leased' | 'not-due' | 'stopped';
  outcome?: 'succeeded' | 'failed';
  /** What the job's `run` returned. */
  result?: unknown;
  error?: string;
  startedAt?: Date;
  finishedAt?: Date;
}

/** The first run of a job that does not say otherwise, after start-up. */
export const DEFAULT_FIRST_RUN_MS = 10_000;
/** A timer never fires sooner than this after the previous attempt (clocks of two machines may disagree a little). */
const MIN_DELAY_MS = 1_000;
/** After the database did not answer, a timer tries again this soon (or after the interval, if shorter). */
const RETRY_AFTER_ERROR_MS = 60_000;
const MAX_ERROR_LENGTH = 1000;

interface Registered {
  job: ScheduledJob;
  timer: NodeJS.Timeout | null;
  /** Attempts on this process run one after another (a timer's and a test's `runNow` never overlap). */
  queue: Promise<unknown>;
}

/**
 * Runs scheduled jobs on every API process, but each job on one process at a time and at most once per interval
 * across all of them, coordinated through the job's `job_lease` row:
 *
 * - before a run the process takes the lease with one atomic UPDATE (`… WHERE name = ? AND (lease_until IS NULL OR
 *   lease_until < now OR holder = me)`, after an INSERT-if-missing of the row), so two processes never run the same
 *   job at once; while the run lasts the holder extends the lease every third of JOBS_LEASE_SECONDS, and a crashed
 *   holder's lease simply expires, after which another process takes the job over;
 * - a scheduled attempt (not `runNow`) also requires that the last run finished at least `intervalMs` ago, in the same
 *   UPDATE, so a job that just ran on one process is not run again by another;
 * - afterwards the lease is released and `last_finished_at`, `last_outcome` and `last_error` recorded.
 *
 * Timers (unref'd, started on application bootstrap, only with JOBS_ENABLED) wake each job when its next run is due
 * by its row; tests and the CLI turn them off and call `runNow`.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly jobs = new Map<string, Registered>();
  private readonly holder = `${os.hostname().slice(0, 60)}:${process.pid}:${randomBytes(6).toString('hex')}`;
  private started = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(job: ScheduledJob): void {
    if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(job.name)) throw new Error(`job name "${job.name}" must be 1–64 lowercase letters, digits, dots, dashes or underscores`);
    if (this.jobs.has(job.name)) throw new Error(`job "${job.name}" is registered twice`);
    if (!(job.intervalMs > 0)) throw new Error(`job "${job.name}" needs a positive interval`);
    const entry: Registered = { job, timer: null, queue: Promise.resolve() };
    this.jobs.set(job.name, entry);
    if (this.started) this.schedule(entry, job.firstRunMs ?? DEFAULT_FIRST_RUN_MS);
  }

  /** The names of the registered jobs. */
  names(): string[] {
    return [...this.jobs.keys()].sort();
  }

  /**
   * Runs the job now on this process if no other process holds its lease, whether or not it is due (operators and
   * tests). `now` is what the job is told the time is (default: the Clock's).
   */
  async runNow(name: string, now?: Date): Promise<JobRunResult> {
    return this.attempt(this.entry(name), now ?? this.clock.now(), true);
  }

  /** What a timer does: runs the job if it is due (its last run finished at least its interval ago) and not leased. */
  async runIfDue(name: string, now?: Date): Promise<JobRunResult> {
    return this.attempt(this.entry(name), now ?? this.clock.now(), false);
  }

  onApplicationBootstrap(): void {
    this.started = true;
    if (!this.config.jobs.enabled) {
      this.logger.event('info', 'jobs', 'job timers off (JOBS_ENABLED=false)', { jobs: this.names() });
      return;
    }
    for (const entry of this.jobs.values()) this.schedule(entry, entry.job.firstRunMs ?? DEFAULT_FIRST_RUN_MS);
  }

  /** At shutdown: no new runs; those under way finish (and release their leases). */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const entry of this.jobs.values()) {
      if (entry.timer) clearTimeout(entry.timer);
      entry.timer = null;
    }
    await Promise.all([...this.jobs.values()].map((entry) => entry.queue.catch(() => undefined)));
  }

  private entry(name: string): Registered {
    const entry = this.jobs.get(name);
    if (!entry) throw new Error(`no job named "${name}" is registered (registered: ${this.names().join(', ') || 'none'})`);
    return entry;
  }

  private schedule(entry: Registered, delayMs: number): void {
    if (this.stopped || !this.config.jobs.enabled) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      void this.tick(entry);
    }, Math.max(0, delayMs)).unref();
  }

  private async tick(entry: Registered): Promise<void> {
    const { job } = entry;
    let next = Math.min(job.intervalMs, RETRY_AFTER_ERROR_MS);
    try {
      const result = await this.attempt(entry, this.clock.now(), false);
      if (result.skipped === 'stopped') return;
      next = await this.untilDue(job);
    } catch (error) {
      // The database did not answer (or the job threw outside its run): try again in a minute at most.
      this.logger.event('error', 'jobs', 'job scheduling failed', { job: job.name, error: messageOf(error) });
    }
    this.schedule(entry, next);
  }

  /**
   * How long until the job is due by its row: its last run's end plus the interval (never sooner than a second). While
   * another process holds the lease: when the lease ends, so that a holder that crashed mid-run is taken over then.
   */
  private async untilDue(job: ScheduledJob): Promise<number> {
    const row = await this.dataSource.getRepository(JobLeaseEntity).findOneBy({ name: job.name });
    const now = this.clock.now().getTime();
    if (row?.holder && row.leaseUntil && row.leaseUntil.getTime() > now) return Math.min(job.intervalMs, Math.max(MIN_DELAY_MS, row.leaseUntil.getTime() - now + MIN_DELAY_MS));
    const finished = row?.lastFinishedAt?.getTime();
    const due = finished === undefined ? now : finished + job.intervalMs;
    return Math.min(job.intervalMs, Math.max(MIN_DELAY_MS, due - now));
  }

  private attempt(entry: Registered, now: Date, force: boolean): Promise<JobRunResult> {
    const run = entry.queue.catch(() => undefined).then(() => this.runLeased(entry.job, now, force));
    entry.queue = run;
    return run;
  }

  private async runLeased(job: ScheduledJob, now: Date, force: boolean): Promise<JobRunResult> {
    if (this.stopped) return { name: job.name, ran: false, skipped: 'stopped' };
    const taken = await this.takeLease(job, now, force);
    if (taken !== true) return { name: job.name, ran: false, skipped: taken };

    const startedAt = this.clock.now();
    const heartbeat = setInterval(() => void this.extendLease(job.name).catch(() => undefined), Math.max(1000, Math.floor(this.config.jobs.leaseMs / 3))).unref();
    let outcome: 'succeeded' | 'failed' = 'succeeded';
    let result: unknown;
    let error: string | undefined;
    try {
      result = await job.run(now);
    } catch (thrown) {
      outcome = 'failed';
      error = messageOf(thrown);
      this.logger.event('error', 'jobs', 'job failed', { job: job.name, error });
    } finally {
      clearInterval(heartbeat);
    }
    const finishedAt = this.clock.now();
    await this.releaseLease(job.name, finishedAt, outcome, error);
    this.logger.event(outcome === 'failed' ? 'warn' : 'debug', 'jobs', 'job ran', { job: job.name, outcome, durationMs: finishedAt.getTime() - startedAt.getTime() });
    return { name: job.name, ran: true, outcome, result, error, startedAt, finishedAt };
  }

  /**
   * INSERT-if-missing, then one atomic UPDATE that succeeds only when the lease is free, expired or already ours (and,
   * unless forced, the last run finished at least an interval ago). Answers true, or why not.
   */
  private async takeLease(job: ScheduledJob, now: Date, force: boolean): Promise<true | 'leased' | 'not-due'> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(JobLeaseEntity)
      .values({ name: job.name, holder: null, leaseUntil: null, lastStartedAt: null, lastFinishedAt: null, lastOutcome: null, lastError: null })
      .orIgnore()
      .execute();
    const query = this.dataSource
      .createQueryBuilder()
      .update(JobLeaseEntity)
      .set({ holder: this.holder, leaseUntil: new Date(now.getTime() + this.config.jobs.leaseMs), lastStartedAt: now })
      .where('name = :name', { name: job.name })
      .andWhere('(holder IS NULL OR lease_until IS NULL OR lease_until < :now OR holder = :me)', { now, me: this.holder });
    if (!force) query.andWhere('(last_finished_at IS NULL OR last_finished_at <= :dueBefore)', { dueBefore: new Date(now.getTime() - job.intervalMs) });
    const updated = await query.execute();
    if ((updated.affected ?? 0) > 0) return true;
    if (force) return 'leased';
    // Tell the two refusals apart for the caller (a read after the refusal; only informative).
    const row = await this.dataSource.getRepository(JobLeaseEntity).findOneBy({ name: job.name });
    return row?.holder && row.leaseUntil && row.leaseUntil.getTime() >= now.getTime() && row.holder !== this.holder ? 'leased' : 'not-due';
  }

  private async extendLease(name: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(JobLeaseEntity)
      .set({ leaseUntil: new Date(this.clock.now().getTime() + this.config.jobs.leaseMs) })
      .where('name = :name AND holder = :me', { name, me: this.holder })
      .execute();
  }

  private async releaseLease(name: string, finishedAt: Date, outcome: 'succeeded' | 'failed', error: string | undefined): Promise<void> {
    const updated = await this.dataSource
      .createQueryBuilder()
      .update(JobLeaseEntity)
      .set({ holder: null, leaseUntil: null, lastFinishedAt: finishedAt, lastOutcome: outcome, lastError: error ? error.slice(0, MAX_ERROR_LENGTH) : null })
      .where('name = :name AND holder = :me', { name, me: this.holder })
      .execute();
    if (!updated.affected) this.logger.event('warn', 'jobs', 'job outlived its lease; another process may have run it meanwhile (raise JOBS_LEASE_SECONDS)', { job: name });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The wall-clock instant matching a job's `now`: for jobs that compare with timestamps the storage server wrote
 * (objects' Last-Modified), which follow real time even when the Clock is shifted (CLOCK_OFFSET_DAYS). A `now` ahead
 * of the Clock (a test looking ahead) stays ahead by as much.
 */
export function wallTime(now: Date, clock: Clock): Date {
  return new Date(Date.now() + (now.getTime() - clock.now().getTime()));
}

/** Back-off of an outbox row after its `attempts`-th failure: base × 2^(attempts−1), at most `maxMs`. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30));
}

/** When an outbox row is tried again after its `attempts`-th failure (OUTBOX_RETRY_BASE_SECONDS doubling up to OUTBOX_RETRY_MAX_SECONDS). */
export function nextAttemptAfter(now: Date, attempts: number, jobs: { retryBaseMs: number; retryMaxMs: number }): Date {
  return new Date(now.getTime() + retryDelayMs(attempts, jobs.retryBaseMs, jobs.retryMaxMs));
}

/** A failure's message as an outbox row keeps it. */
export function outboxErrorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
}
