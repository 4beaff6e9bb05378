import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, LessThanOrEqual } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { MailPort } from '../auth/mail.port';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobScheduler, nextAttemptAfter, outboxErrorText } from '../jobs/job-scheduler';
import { MailOutboxEntity } from './mail-outbox.entity';
import { type ApplicationFacts, type ComposedMail, portalUrl } from './mail-texts';

/** The job's name in the scheduler and in `job_lease`. */
export const MAIL_OUTBOX_JOB = 'mail.outbox';
/** Mails sent per run (the rest wait for the next run). */
const BATCH = 200;

export interface OutboxMail {
  kind: string;
  subject: string;
  body: string;
  applicationId?: number | null;
  callId?: number | null;
}

export interface MailOutboxReport {
  sent: number;
  failed: number;
  /** Mails given up after MAIL_MAX_ATTEMPTS failures (their rows keep the last error). */
  gaveUp: number;
}

/**
 * Mail that reports a change is queued in the change's own transaction (so it goes out exactly when the change
 * commits, and sending can neither happen inside the transaction nor fail it), and sent by the `mail.outbox` job
 * (every MAIL_OUTBOX_INTERVAL_SECONDS, one process at a time under its lease) through the MailPort: SMTP, or the
 * .eml files of the embedded default. A failed send is retried with back-off (OUTBOX_RETRY_BASE_SECONDS doubling up
 * to OUTBOX_RETRY_MAX_SECONDS) and given up after MAIL_MAX_ATTEMPTS.
 */
@Injectable()
export class MailOutbox implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailPort,
    private readonly scheduler: JobScheduler,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const intervalMs = this.config.jobs.mailOutboxIntervalMs;
    this.scheduler.register({ name: MAIL_OUTBOX_JOB, intervalMs, firstRunMs: Math.min(intervalMs, 5_000), run: (now) => this.work(now) });
  }

  /** The enterprise's contact addresses: the one it registered with and those of its active accounts, each once. */
  async enterpriseAddresses(manager: EntityManager, enterpriseId: number): Promise<string[]> {
    const [enterprise, accounts] = await Promise.all([
      manager.getRepository(EnterpriseEntity).findOne({ where: { id: enterpriseId }, select: { id: true, email: true } }),
      manager.getRepository(AccountEntity).find({ where: { enterpriseId, status: 'active' }, select: { id: true, email: true }, order: { id: 'ASC' } }),
    ]);
    const addresses = new Map<string, string>();
    for (const address of [enterprise?.email, ...accounts.map((account) => account.email)]) {
      const trimmed = address?.trim();
      if (trimmed && trimmed.includes('@') && !addresses.has(trimmed.toLowerCase())) addresses.set(trimmed.toLowerCase(), trimmed);
    }
    return [...addresses.values()];
  }

  /** In the caller's transaction: one row per recipient. Answers how many were queued. */
  async enqueue(manager: EntityManager, recipients: string[], mail: OutboxMail, now: Date): Promise<number> {
    if (!recipients.length) return 0;
    await manager.getRepository(MailOutboxEntity).insert(
      recipients.map((recipient) => ({
        kind: mail.kind,
        recipient,
        subject: mail.subject.slice(0, 300),
        body: mail.body,
        applicationId: mail.applicationId ?? null,
        callId: mail.callId ?? null,
        createdAt: now,
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        sentAt: null,
        gaveUpAt: null,
      })),
    );
    return recipients.length;
  }

  /** In the caller's transaction: the mail to every contact address of the enterprise. */
  async enqueueForEnterprise(manager: EntityManager, enterpriseId: number, mail: OutboxMail, now: Date): Promise<number> {
    return this.enqueue(manager, await this.enterpriseAddresses(manager, enterpriseId), mail, now);
  }

  /**
   * In the caller's transaction: a mail about the application to every contact address of its enterprise, composed
   * from the application's facts and its link in the enterprise portal. Answers how many were queued.
   */
  async enqueueAboutApplication(
    manager: EntityManager,
    application: { id: number; enterpriseId: number; callId: number; receiptNo: string | null },
    call: { title: string },
    kind: string,
    compose: (facts: ApplicationFacts, link: string) => ComposedMail,
    now: Date,
  ): Promise<number> {
    const enterprise = await manager.getRepository(EnterpriseEntity).findOne({ where: { id: application.enterpriseId }, select: { id: true, name: true } });
    const facts: ApplicationFacts = { applicationId: application.id, callTitle: call.title, enterpriseName: enterprise?.name ?? '', receiptNo: application.receiptNo };
    const { subject, body } = compose(facts, `${portalUrl(this.config)}/applications/${application.id}`);
    return this.enqueueForEnterprise(manager, application.enterpriseId, { kind, subject, body, applicationId: application.id, callId: application.callId }, now);
  }

  /** One pass: sends the rows that are due, oldest first. */
  async work(now: Date): Promise<MailOutboxReport> {
    const report: MailOutboxReport = { sent: 0, failed: 0, gaveUp: 0 };
    const repository = this.dataSource.getRepository(MailOutboxEntity);
    const rows = await repository.find({ where: { sentAt: IsNull(), nextAttemptAt: LessThanOrEqual(now) }, order: { id: 'ASC' }, take: BATCH });
    for (const row of rows) {
      try {
        await this.mail.send({ to: row.recipient, subject: row.subject, text: row.body, kind: row.kind });
        await repository.update({ id: row.id }, { sentAt: now, nextAttemptAt: null, attempts: row.attempts + 1, lastError: null });
        report.sent++;
      } catch (error) {
        const attempts = row.attempts + 1;
        const lastError = outboxErrorText(error);
        if (attempts >= this.config.mail.maxAttempts) {
          await repository.update({ id: row.id }, { attempts, lastError, nextAttemptAt: null, gaveUpAt: now });
          report.gaveUp++;
          this.logger.event('error', 'mail', 'mail given up after MAIL_MAX_ATTEMPTS failures', { mailId: row.id, kind: row.kind, attempts, error: lastError });
        } else {
          const nextAttemptAt = nextAttemptAfter(now, attempts, this.config.jobs);
          await repository.update({ id: row.id }, { attempts, lastError, nextAttemptAt });
          report.failed++;
          this.logger.event('warn', 'mail', 'sending a mail failed; retried later', { mailId: row.id, kind: row.kind, attempts, nextAttemptAt: nextAttemptAt.toISOString(), error: lastError });
        }
      }
    }
    if (rows.length) this.logger.event('info', 'mail', 'mail outbox worked off', { ...report });
    return report;
  }
}
