import {
  type CalendarRangeView,
  CalendarRangeViewSchema,
  CalendarStatusSchema,
  type CalendarYearInput,
  CalendarYearSummarySchema,
  type CalendarYearView,
  CalendarYearViewSchema,
  WorkingCalendar,
} from '@shifan/domain';
import { apiFetch, apiSend, useApiQuery, useOptionalQuery } from '@shifan/ui';
import { useMemo } from 'react';

/** The whole calendar as the server counts with it (public; every covered year with its days). */
export const CALENDAR_PATH = '/api/calendar';
export const CALENDAR_STATUS_PATH = '/api/calendar/status';
export const CALENDAR_YEARS_PATH = '/api/admin/calendar/years';

export const CalendarYearListSchema = CalendarYearSummarySchema.array();

export function calendarYearPath(year: number): string {
  return `${CALENDAR_YEARS_PATH}/${year}`;
}

/** The domain's calendar from the API's answer: the same data, so the same end dates as the server. */
export function workingCalendarOf(view: CalendarRangeView): WorkingCalendar {
  return WorkingCalendar.from({
    years: view.years.map((year) => ({ ...year, days: view.days.filter((day) => day.date.startsWith(`${year.year}-`)) })),
  });
}

/** The server's working-day calendar for counting in the browser; null while it loads (or when it failed). */
export function useWorkingCalendar(): WorkingCalendar | null {
  const query = useApiQuery(CALENDAR_PATH, CalendarRangeViewSchema);
  return useMemo(() => (query.data ? workingCalendarOf(query.data) : null), [query.data]);
}

/** The officers' warning (city officers and administrators only; pass false to ask nothing). */
export function useCalendarStatus(allowed: boolean) {
  return useOptionalQuery(allowed ? CALENDAR_STATUS_PATH : null, CalendarStatusSchema);
}

export function fetchCalendarYear(year: number, signal?: AbortSignal): Promise<CalendarYearView> {
  return apiFetch(calendarYearPath(year), { signal }, CalendarYearViewSchema);
}

export function saveCalendarYear(input: CalendarYearInput): Promise<CalendarYearView> {
  return apiSend(calendarYearPath(input.year), 'PUT', input, CalendarYearViewSchema);
}

export function deleteCalendarYear(year: number): Promise<void> {
  return apiSend(calendarYearPath(year), 'DELETE');
}
