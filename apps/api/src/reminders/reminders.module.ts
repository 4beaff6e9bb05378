import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuditModule } from '../audit/audit.module';
import { DeadlineReminderJob } from './deadline-reminder.job';

/** Reminders to enterprises before a call's deadline (mail through the mail outbox, and in the app). */
@Module({
  imports: [AuditModule, ApplicationsModule],
  providers: [DeadlineReminderJob],
  exports: [DeadlineReminderJob],
})
export class RemindersModule {}
