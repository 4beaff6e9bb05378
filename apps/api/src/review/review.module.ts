import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ApplicationsModule } from '../applications/applications.module';
import { AttachmentsModule } from '../attachments/attachments.module';
import { AuditModule } from '../audit/audit.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CallsModule } from '../calls/calls.module';
import { DocumentsModule } from '../documents/documents.module';
import { PanelsService } from './panels.service';
import { RankingService } from './ranking.service';
import { ReviewController } from './review.controller';
import { ReviewDocumentsService } from './review-documents.service';
import { ReviewRepository } from './review.repository';
import { ReviewService } from './review.service';
import { ReviewWorkflow } from './review-workflow';
import { ScoringService } from './scoring.service';

/** The review pipeline (issue #7): district review, formal check, experts, panels, scoring, ranking. */
@Module({
  imports: [AuditModule, CallsModule, AccountsModule, ApplicationsModule, AttachmentsModule, DocumentsModule, CalendarModule],
  controllers: [ReviewController],
  providers: [ReviewRepository, ReviewWorkflow, ReviewService, PanelsService, ScoringService, RankingService, ReviewDocumentsService],
  exports: [ReviewRepository, ReviewWorkflow, RankingService],
})
export class ReviewModule {}
