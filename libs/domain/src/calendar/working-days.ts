import { type IsoDate, addDays, dayOfWeek, isIsoDate, yearOf } from '../shared/iso-date';
import { ADJUSTED_WORKING_DAYS, HOLIDAY_DATA_LAST_YEAR, STATUTORY_DAYS_OFF } from './holiday-data';

/**
 * Working days of mainland China: Monday to Friday, minus statutory holidays, plus the weekend days worked in lieu
 * (调休). Used for notice periods (公示) and revision deadlines. Dates are `YYYY-MM-DD`.
 */

/** The first year this library vouches for (the plan starts in 2017); the last is whatever the data covers (≥ 2026). */
export const CALENDAR_FIRST_YEAR = 2017;
export const CALENDAR_LAST_YEAR = HOLIDAY_DATA_LAST_YEAR;

/** Thrown for a date outside the years whose holiday schedule is known: guessing would silently shift deadlines. */
export class CalendarRangeError extends RangeError {
  constructor(readonly date: string) {
    super(`No holiday schedule for ${date}: the working-day calendar covers ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`);
    this.name = 'CalendarRangeError';
  }
}

function requireCoveredDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const year = yearOf(date);
  if (year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) throw new CalendarRangeError(date);
}

export function isWorkingDay(date: IsoDate): boolean {
  requireCoveredDate(date);
  if (ADJUSTED_WORKING_DAYS.has(date)) return true;
  if (STATUTORY_DAYS_OFF.has(date)) return false;
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6;
}

/**
 * The n-th working day after `date` (which itself does not count); negative `n` counts backwards, 0 returns `date`.
 * Example: addWorkingDays('2024-09-30', 5) is '2024-10-12' (National Day 10-01…07; Saturday 10-12 is worked).
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  requireCoveredDate(date);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current)) remaining -= 1;
  }
  return current;
}

/** Working days in the interval (from, to]: after `from`, up to and including `to`. Negative when `to` is before `from`. */
export function countWorkingDays(from: IsoDate, to: IsoDate): number {
  requireCoveredDate(from);
  requireCoveredDate(to);
  if (to < from) return -countWorkingDays(to, from);
  let count = 0;
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
    if (isWorkingDay(current)) count += 1;
  }
  return count;
}

/**
 * The last day of a period of `workingDays` working days that starts on `startOn`: the start counts as day 1 when
 * it is a working day, otherwise the period begins on the next working day. A 5-working-day 公示 from Monday
 * 2024-09-30 runs 09-30, 10-08, 10-09, 10-10, 10-11 and ends on 2024-10-11.
 */
export function workingPeriodEnd(startOn: IsoDate, workingDays: number): IsoDate {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError(`workingDays must be an integer ≥ 1, got ${workingDays}`);
  return isWorkingDay(startOn) ? addWorkingDays(startOn, workingDays - 1) : addWorkingDays(startOn, workingDays);
}
