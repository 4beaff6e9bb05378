import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { addDays, beijingDate } from '@shifan/domain';
import { DataSource } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity';
import { ApplicationsRepository } from '../applications/applications.repository';
import { AuditService } from '../audit/audit.service';
import { CallEntity } from '../calls/call.entity';
import { JsonLogger } from '../common/logging/json-logger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { JobScheduler } from '../jobs/job-scheduler';
import { MailOutbox } from '../mail/mail-outbox';
import { deadlineReminderMail } from '../mail/mail-texts';
import { DeadlineReminderEntity } from './deadline-reminder.entity';

/** The job's name in the scheduler and in `job_lease`. */
export const DEADLINE_REMINDER_JOB = 'calls.deadline-reminders';
/** States of an application that has not been submitted (again) yet. */
export const UNSUBMITTED_STATES = ['draft', 'withdrawn'] as const;
const DAY = 86_400_000;

export interface ReminderReport {
  /** Applications reminded in this run, by call. */
  reminded: { callId: number; applicationId: number; recipients: number }[];
}

/**
 * The deadline reminder (issue #12): every DEADLINE_REMINDER_INTERVAL_HOURS (one process at a time, under the job's
 * lease) it finds the open calls whose last day (Beijing date, by the server's Clock) is at most
 * DEADLINE_REMINDER_DAYS ahead, and for each application in them that is not submitted (a draft, or withdrawn and not
 * submitted again) it queues a bilingual mail to the enterprise's contact addresses and an in-app notification —
 * once per (call, application): the `deadline_reminder` row, unique on the pair, is inserted in the same transaction,
 * so neither a second run nor a second process reminds anyone twice. "At most N days ahead" rather than "exactly N"
 * lets a run missed on the day (a restart, a call opened late) still remind.
 */
@Injectable()
export class DeadlineReminderJob implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly mailOutbox: MailOutbox,
    private readonly audit: AuditService,
    private readonly scheduler: JobScheduler,
    private readonly logger: JsonLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: DEADLINE_REMINDER_JOB, intervalMs: this.config.reminders.intervalMs, firstRunMs: 30_000, run: (now) => this.run(now) });
  }

  async run(now: Date): Promise<ReminderReport> {
    const today = beijingDate(now);
    const days = this.config.reminders.deadlineDays;
    // deadline_at is the first instant after the last day (00:00 Beijing the day after): last day ≤ today + N.
    const latestDeadlineAt = new Date(`${addDays(today, days + 1)}T00:00:00+08:00`);
    const calls = await this.dataSource
      .getRepository(CallEntity)
      .createQueryBuilder('call')
      .where('call.status = :open', { open: 'open' })
      .andWhere('call.opens_at <= :now AND call.deadline_at > :now AND call.deadline_at <= :latest', { now, latest: latestDeadlineAt })
      .orderBy('call.id', 'ASC')
      .getMany();
    const report: ReminderReport = { reminded: [] };
    for (const call of calls) {
      const lastDay = call.settings.schedule.applicationDeadline;
      const daysLeft = Math.max(0, Math.round((Date.parse(lastDay) - Date.parse(today)) / DAY));
      const pending = await this.dataSource
        .getRepository(ApplicationEntity)
        .createQueryBuilder('application')
        .leftJoin(DeadlineReminderEntity, 'reminder', 'reminder.call_id = application.call_id AND reminder.application_id = application.id')
        .where('application.call_id = :callId', { callId: call.id })
        .andWhere('application.state IN (:...states)', { states: UNSUBMITTED_STATES })
        .andWhere('reminder.id IS NULL')
        .orderBy('application.id', 'ASC')
        .getMany();
      for (const application of pending) {
        const recipients = await this.remind(call, application, lastDay, daysLeft, now);
        if (recipients !== null) report.reminded.push({ callId: call.id, applicationId: application.id, recipients });
      }
    }
    if (report.reminded.length) this.logger.event('info', 'reminders', 'deadline reminders queued', { applications: report.reminded.length, days });
    return report;
  }

  /** One application, one transaction; null when it was reminded meanwhile (by another process). */
  private async remind(call: CallEntity, application: ApplicationEntity, lastDay: string, daysLeft: number, now: Date): Promise<number | null> {
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        // First the record that makes it once only: a concurrent reminder of the same pair fails here, before any mail.
        const reminder = manager.getRepository(DeadlineReminderEntity);
        await reminder.insert({ callId: call.id, applicationId: application.id, deadlineOn: lastDay, recipients: 0, sentAt: now });
        const recipients = await this.mailOutbox.enqueueAboutApplication(manager, application, call, 'deadline-reminder', (facts, link) => deadlineReminderMail(facts, lastDay, daysLeft, link), now);
        await reminder.update({ callId: call.id, applicationId: application.id }, { recipients });
        const title = call.title.slice(0, 150);
        await this.applications.notify(manager, {
          enterpriseId: application.enterpriseId,
          accountId: null,
          applicationId: application.id,
          kind: 'deadline_reminder',
          titleZh: `申报截止提醒：${title}将于${lastDay}截止，您的申报尚未提交`,
          titleEn: `Deadline reminder: ${title} closes on ${lastDay}; not submitted yet`,
          createdAt: now,
        });
        await this.audit.record(manager, { action: 'application.deadline_reminded', actor: null, target: { type: 'application', id: application.id }, detail: { callId: call.id, lastDay, recipients } });
        return recipients;
      });
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
  }
}

function isDuplicateKey(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
