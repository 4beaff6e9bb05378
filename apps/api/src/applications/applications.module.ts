import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CallsModule } from '../calls/calls.module';
import { DocumentArchiveModule } from '../documents/document-archive.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { ProfileService } from './profile.service';

@Module({
  imports: [AuditModule, CallsModule, AccountsModule, DocumentArchiveModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsRepository, ApplicationsService, ProfileService],
  exports: [ApplicationsService, ApplicationsRepository],
})
export class ApplicationsModule {}
