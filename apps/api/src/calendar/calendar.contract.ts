import { CalendarRangeViewSchema, CalendarStatusSchema, CalendarYearInputSchema, CalendarYearSummarySchema, CalendarYearViewSchema, ErrorBodySchema } from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const tags = ['calendar'];
const error = (description: string) => ({ description, schema: ErrorBodySchema });
const YearParams = z.object({ year: z.coerce.number().int().min(1000).max(9999) });

export const getCalendar = defineEndpoint({
  method: 'get',
  path: '/api/calendar',
  operationId: 'getWorkingCalendar',
  summary: 'The working-day calendar: covered years and their holidays and worked weekends (调休), whole years from fromYear to toYear',
  description: 'Public, so that every app counts working days with the same data as the server. Without bounds: every covered year.',
  tags,
  access: { kind: 'public' },
  request: { query: z.object({ fromYear: z.coerce.number().int().min(1000).max(9999).optional(), toYear: z.coerce.number().int().min(1000).max(9999).optional() }) },
  responses: { 200: { description: 'The calendar for the years asked', schema: CalendarRangeViewSchema }, 400: error('toYear before fromYear (VALIDATION_FAILED)') },
});

export const getCalendarStatus = defineEndpoint({
  method: 'get',
  path: '/api/calendar/status',
  operationId: 'getWorkingCalendarStatus',
  summary: 'Covered years and whether next year must be entered now (from CALENDAR_WARN_FROM, by the server clock’s Beijing date)',
  tags,
  access: { kind: 'permission', permission: 'calendar.read' },
  responses: { 200: { description: 'The calendar’s status', schema: CalendarStatusSchema } },
});

export const listCalendarYears = defineEndpoint({
  method: 'get',
  path: '/api/admin/calendar/years',
  operationId: 'listCalendarYears',
  summary: 'Every year entered, with its State Council notice number (文号) and day counts',
  tags,
  access: { kind: 'permission', permission: 'calendar.read' },
  responses: { 200: { description: 'The years, ascending', schema: z.array(CalendarYearSummarySchema) } },
});

export const getCalendarYear = defineEndpoint({
  method: 'get',
  path: '/api/admin/calendar/years/{year}',
  operationId: 'getCalendarYear',
  summary: 'One year with all its holidays and worked weekends',
  tags,
  access: { kind: 'permission', permission: 'calendar.read' },
  request: { params: YearParams },
  responses: { 200: { description: 'The year', schema: CalendarYearViewSchema }, 404: error('The year has not been entered (NOT_FOUND)') },
});

export const saveCalendarYear = defineEndpoint({
  method: 'put',
  path: '/api/admin/calendar/years/{year}',
  operationId: 'saveCalendarYear',
  summary: 'Enter a year from the State Council notice, or replace it whole; audited (calendar.year_saved)',
  description: 'The body’s `year` must be the path’s. Every day replaces the year’s previous days; a 公示 or deadline already computed keeps its dates.',
  tags,
  access: { kind: 'permission', permission: 'calendar.manage' },
  request: { params: YearParams, body: CalendarYearInputSchema },
  responses: {
    200: { description: 'The year as saved', schema: CalendarYearViewSchema },
    400: error('Invalid year, notice number or days (VALIDATION_FAILED, with field paths)'),
    409: error('Another administrator entered the same new year at the same moment (CONFLICT)'),
  },
});

export const deleteCalendarYear = defineEndpoint({
  method: 'delete',
  path: '/api/admin/calendar/years/{year}',
  operationId: 'deleteCalendarYear',
  summary: 'Delete a year that has not started yet (by the Beijing date); audited (calendar.year_deleted)',
  tags,
  access: { kind: 'permission', permission: 'calendar.manage' },
  request: { params: YearParams },
  responses: { 204: { description: 'Deleted' }, 404: error('The year has not been entered (NOT_FOUND)'), 409: error('The year has started (CALENDAR_YEAR_STARTED)') },
});
