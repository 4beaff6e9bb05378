import { AccountEntity } from '../accounts/account.entity';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { AuditHeadEntity } from '../audit/audit-head.entity';
import { AuditLogEntity } from '../audit/audit-log.entity';
import { OneTimeTokenEntity } from '../auth/one-time-token.entity';
import { RateLimitEntity } from '../auth/rate-limit.entity';
import { SessionEntity } from '../auth/session.entity';
import { SignInFailureEntity } from '../auth/sign-in-failure.entity';
import { EnterpriseDocumentEntity } from '../verification/enterprise-document.entity';
import { UsccDisputeEntity } from '../verification/uscc-dispute.entity';
import { DisputeDocumentEntity } from '../verification/dispute-document.entity';
import { DistrictEntity } from '../catalogue/district.entity';
import { RecommendingUnitEntity } from '../catalogue/recommending-unit.entity';
import { IndustryFieldEntity } from '../catalogue/industry-field.entity';
import { ProgrammeCategoryEntity } from '../catalogue/programme-category.entity';
import { SeedRunEntity } from '../seeds/seed-run.entity';
import { ApplicationEventEntity } from '../applications/application-event.entity';
import { ApplicationEntity } from '../applications/application.entity';
import { EnterpriseProfileEntity } from '../applications/enterprise-profile.entity';
import { NotificationEntity } from '../applications/notification.entity';
import { ReceiptCounterEntity } from '../applications/receipt-counter.entity';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { CallVersionEntity } from '../calls/call-version.entity';
import { CallEntity } from '../calls/call.entity';
import { DocumentEntity } from '../documents/document.entity';
import { IndicatorValueEntity } from '../dashboard/indicator-value.entity';
import { UpwardOutcomeEntity } from '../dashboard/upward-outcome.entity';
import { ObjectionEntity } from '../publication/objection.entity';
import { PublicNoticeEntity } from '../publication/public-notice.entity';
import { ExpertEntity } from '../review/expert.entity';
import { FormalCheckEntity } from '../review/formal-check.entity';
import { ReviewAssignmentEntity } from '../review/review-assignment.entity';
import { ReviewPanelEntity } from '../review/review-panel.entity';
import { CalendarDayEntity } from '../calendar/calendar-day.entity';
import { CalendarYearEntity } from '../calendar/calendar-year.entity';
import { JobLeaseEntity } from '../jobs/job-lease.entity';
import { DocumentOutboxEntity } from '../documents/document-outbox.entity';
import { SigningCopyEntity } from '../documents/signing-copy.entity';
import { SlotTemplateEntity } from '../attachments/slot-template.entity';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { DeadlineReminderEntity } from '../reminders/deadline-reminder.entity';

/** Every entity of the schema; the drift test compares them with what the migrations build. */
export const ENTITIES = [
  SeedRunEntity,
  ProgrammeCategoryEntity,
  IndustryFieldEntity,
  DistrictEntity,
  RecommendingUnitEntity,
  EnterpriseEntity,
  AccountEntity,
  SessionEntity,
  OneTimeTokenEntity,
  RateLimitEntity,
  SignInFailureEntity,
  EnterpriseDocumentEntity,
  UsccDisputeEntity,
  DisputeDocumentEntity,
  AuditLogEntity,
  AuditHeadEntity,
  CallEntity,
  CallVersionEntity,
  EnterpriseProfileEntity,
  ApplicationEntity,
  ReceiptCounterEntity,
  ApplicationEventEntity,
  NotificationEntity,
  AttachmentEntity,
  DocumentEntity,
  FormalCheckEntity,
  ExpertEntity,
  ReviewPanelEntity,
  ReviewAssignmentEntity,
  PublicNoticeEntity,
  ObjectionEntity,
  IndicatorValueEntity,
  UpwardOutcomeEntity,
  CalendarYearEntity,
  CalendarDayEntity,
  JobLeaseEntity,
  DocumentOutboxEntity,
  SigningCopyEntity,
  SlotTemplateEntity,
  MailOutboxEntity,
  DeadlineReminderEntity,
];
