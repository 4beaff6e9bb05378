import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuditModule } from '../audit/audit.module';
import { CallsModule } from '../calls/calls.module';
import { AttachmentCleanupJob } from './attachment-cleanup.job';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';
import { DemoTemplatesSeed } from './demo-templates.seed';
import { SlotTemplatesController } from './slot-templates.controller';
import { SlotTemplatesRepository } from './slot-templates.repository';
import { SlotTemplatesService } from './slot-templates.service';

@Module({
  imports: [AuditModule, CallsModule, ApplicationsModule],
  controllers: [AttachmentsController, SlotTemplatesController],
  providers: [AttachmentsRepository, AttachmentsService, AttachmentCleanupJob, SlotTemplatesRepository, SlotTemplatesService, DemoTemplatesSeed],
  exports: [AttachmentsService, AttachmentCleanupJob, SlotTemplatesService],
})
export class AttachmentsModule {}
