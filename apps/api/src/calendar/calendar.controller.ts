import { Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import type { CalendarYearInput } from '@shifan/domain';
import { type Actor, CurrentActor } from '../auth/actor';
import { Endpoint } from '../common/http/endpoint';
import { Validated } from '../common/http/validated';
import * as contract from './calendar.contract';
import { CalendarService } from './calendar.service';

@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('calendar')
  @Endpoint(contract.getCalendar)
  range(@Validated('query') query: { fromYear?: number; toYear?: number }) {
    return this.calendar.range(query.fromYear, query.toYear);
  }

  @Get('calendar/status')
  @Endpoint(contract.getCalendarStatus)
  status() {
    return this.calendar.status();
  }

  @Get('admin/calendar/years')
  @Endpoint(contract.listCalendarYears)
  years() {
    return this.calendar.years();
  }

  @Get('admin/calendar/years/:year')
  @Endpoint(contract.getCalendarYear)
  year(@Validated('params') params: { year: number }) {
    return this.calendar.year(params.year);
  }

  @Put('admin/calendar/years/:year')
  @Endpoint(contract.saveCalendarYear)
  save(@CurrentActor() actor: Actor, @Validated('params') params: { year: number }, @Validated('body') body: CalendarYearInput) {
    return this.calendar.saveYear(actor, params.year, body);
  }

  @Delete('admin/calendar/years/:year')
  @HttpCode(204)
  @Endpoint(contract.deleteCalendarYear)
  async remove(@CurrentActor() actor: Actor, @Validated('params') params: { year: number }) {
    await this.calendar.deleteYear(actor, params.year);
  }
}
