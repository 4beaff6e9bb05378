import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AttachmentsModule } from '../attachments/attachments.module';
import { AuditModule } from '../audit/audit.module';
import { CallsModule } from '../calls/calls.module';
import { DocumentArchiveModule } from './document-archive.module';
import { DocumentArchiveJob } from './document-archive.job';
import { DocumentsController } from './documents.controller';
import { DemoSigningSeed } from './demo-signing.seed';
import { DocumentsService } from './documents.service';

/** Document downloads, public verification and the officers' Excel summary (issue #6). */
@Module({
  imports: [DocumentArchiveModule, ApplicationsModule, AuditModule, CallsModule, AttachmentsModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, DocumentArchiveJob, DemoSigningSeed],
  exports: [DocumentArchiveJob, DocumentsService],
})
export class DocumentsModule {}
