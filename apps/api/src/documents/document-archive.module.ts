import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CallsModule } from '../calls/calls.module';
import { DocumentArchiver } from './document-archiver';
import { DocumentOutbox } from './document-outbox';
import { DocumentsRepository } from './documents.repository';

/**
 * Rendering and archiving of an application's documents, without the HTTP side: the application journey imports it
 * to archive the 申报书 and receipt at each submission (through the document outbox), and DocumentsModule serves them.
 */
@Module({
  imports: [AuditModule, CallsModule, AccountsModule],
  providers: [DocumentsRepository, DocumentArchiver, DocumentOutbox],
  exports: [DocumentsRepository, DocumentArchiver, DocumentOutbox],
})
export class DocumentArchiveModule {}
