import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuditModule } from '../audit/audit.module';
import { CallsModule } from '../calls/calls.module';
import { AttachmentCleanupJob } from './attachment-cleanup.job';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';

@Module({
  imports: [AuditModule, CallsModule, ApplicationsModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsRepository, AttachmentsService, AttachmentCleanupJob],
  exports: [AttachmentsService, AttachmentCleanupJob],
})
export class AttachmentsModule {}
