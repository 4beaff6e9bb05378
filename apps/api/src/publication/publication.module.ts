import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuditModule } from '../audit/audit.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CallsModule } from '../calls/calls.module';
import { ReviewModule } from '../review/review.module';
import { PublicationController } from './publication.controller';
import { PublicationRepository } from './publication.repository';
import { PublicationService } from './publication.service';

/** Publication (issue #8): 公示 with objections, the approved list and open data, the programme dashboard. */
@Module({
  imports: [AuditModule, CallsModule, ApplicationsModule, ReviewModule, CalendarModule],
  controllers: [PublicationController],
  providers: [PublicationRepository, PublicationService],
})
export class PublicationModule {}
