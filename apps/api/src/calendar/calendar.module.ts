import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CalendarController } from './calendar.controller';
import { CalendarRepository } from './calendar.repository';
import { CalendarService } from './calendar.service';

/** The working-day calendar as data (issue #12): entered years, the public calendar, the officers' warning. */
@Module({ imports: [AuditModule], controllers: [CalendarController], providers: [CalendarRepository, CalendarService], exports: [CalendarService] })
export class CalendarModule {}
