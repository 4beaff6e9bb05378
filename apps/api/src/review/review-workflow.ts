import { Injectable } from '@nestjs/common';
import { type ApplicationAction, type ApplicationState, beijingDate, transition, type WorkflowRole } from '@shifan/domain';
import type { EntityManager } from 'typeorm';
import type { ApplicationEntity } from '../applications/application.entity';
import { ApplicationsRepository } from '../applications/applications.repository';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import type { CallEntity } from '../calls/call.entity';
import { AppError } from '../common/errors/app-error';
import { MailOutbox } from '../mail/mail-outbox';
import { statusChangeMail } from '../mail/mail-texts';

export interface MoveOptions {
  role: WorkflowRole;
  /** Applications of the call already shortlisted (for the quota guard). */
  shortlistedCount?: number;
  /** Last day of the call's public notice (for the approve guard). */
  noticeEndsOn?: string | null;
  note?: string | null;
  detail?: Record<string, unknown>;
  notify?: { kind: string; zh: string; en: string };
}

/**
 * Moves an application through @shifan/domain's transition table on behalf of a reviewer, inside the caller's
 * transaction: the state change, the timeline event, the audit entry and the enterprise's notification (in the app,
 * and queued in the mail outbox for its contact addresses) together.
 */
@Injectable()
export class ReviewWorkflow {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly audit: AuditService,
    private readonly mailOutbox: MailOutbox,
  ) {}

  async move(manager: EntityManager, actor: Actor | null, application: ApplicationEntity, call: CallEntity, action: ApplicationAction, now: Date, options: MoveOptions): Promise<ApplicationEntity> {
    const result = transition({
      state: application.state as ApplicationState,
      action,
      role: options.role,
      context: {
        today: beijingDate(now),
        applicationDeadline: call.settings.schedule.applicationDeadline,
        revisionDeadline: application.revisionDueOn,
        quota: call.settings.quota,
        shortlistedCount: options.shortlistedCount ?? 0,
        noticeEndsOn: options.noticeEndsOn ?? null,
      },
    });
    if (!result.ok) throw new AppError(result.error);
    const from = application.state;
    application.state = result.to;
    application.updatedAt = now;
    const saved = await this.applications.save(manager, application);
    await this.applications.addEvent(manager, {
      applicationId: saved.id,
      occurredAt: now,
      action,
      fromState: from,
      toState: saved.state,
      actorId: actor?.accountId ?? null,
      actorName: actor?.displayName ?? '系统',
      note: options.note ?? null,
    });
    await this.audit.record(manager, {
      action: `application.${action}`,
      actor,
      target: { type: 'application', id: saved.id },
      detail: { from, to: saved.state, ...(options.detail ?? {}) },
    });
    if (options.notify) {
      await this.applications.notify(manager, {
        enterpriseId: saved.enterpriseId,
        accountId: null,
        applicationId: saved.id,
        kind: options.notify.kind,
        titleZh: `${options.notify.zh}:${call.title}`,
        titleEn: `${options.notify.en}: ${call.title}`,
        createdAt: now,
      });
      // The same news by mail to the enterprise's contact addresses, sent by the mail outbox job after this commits.
      const notify = options.notify;
      await this.mailOutbox.enqueueAboutApplication(manager, saved, call, 'status-change', (facts, link) => statusChangeMail(facts, { zh: notify.zh, en: notify.en, note: options.note }, link), now);
    }
    return saved;
  }
}
