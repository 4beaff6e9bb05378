import { type IsoDate, addDays, dayOfWeek, isIsoDate, yearOf } from '../shared/iso-date';

/**
 * Working days of mainland China: Monday to Friday, minus statutory holidays, plus the weekend days worked in lieu
 * (调休). Used for notice periods (公示) and revision deadlines. Dates are `YYYY-MM-DD`.
 *
 * The calendar is data, not code: each year's schedule is announced by the State Council General Office in the
 * autumn before (国务院办公厅关于<year>年部分节假日安排的通知, with its 文号), entered by an administrator and stored
 * in the database. Every calculation takes a `WorkingCalendar` built from that data; a date in a year that has not
 * been entered throws `CalendarRangeError` rather than guessing.
 */

/** The first year the portal vouches for (the plan starts in 2017). */
export const CALENDAR_FIRST_YEAR = 2017;
/** The last year an administrator may enter (a guard against typos such as 20277). */
export const CALENDAR_LAST_ENTERABLE_YEAR = 2100;

export type CalendarDayKind = 'holiday' | 'workday';

/** One exceptional day of a year: a day off (`holiday`, on any weekday) or a weekend day worked in lieu (`workday`). */
export interface CalendarDay {
  date: IsoDate;
  kind: CalendarDayKind;
  /** The holiday it belongs to, e.g. 春节 (for a `workday`: the holiday it makes up for). */
  name: string;
}

/** A year's schedule as announced in the State Council notice numbered `noticeNumber` (文号). */
export interface CalendarYearData {
  year: number;
  noticeNumber: string;
  days: readonly CalendarDay[];
}

export interface WorkingCalendarData {
  years: readonly CalendarYearData[];
}

/** `2017–2026`, or `2017–2024, 2026` when a year is missing; `none` when empty. */
export function describeYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 0) return 'none';
  const ranges: string[] = [];
  let start = sorted[0];
  let previous = sorted[0];
  for (const year of [...sorted.slice(1), Number.NaN]) {
    if (year === previous + 1) {
      previous = year;
      continue;
    }
    ranges.push(start === previous ? String(start) : `${start}–${previous}`);
    start = year;
    previous = year;
  }
  return ranges.join(', ');
}

/** Thrown for a date in a year whose holiday schedule is not known: guessing would silently shift deadlines. */
export class CalendarRangeError extends RangeError {
  constructor(
    readonly date: string,
    readonly coveredYears: readonly number[],
  ) {
    super(`No holiday schedule for ${date}: the working-day calendar covers ${describeYears(coveredYears)}`);
    this.name = 'CalendarRangeError';
  }
}

/** The working-day calendar of the years given: pure, immutable, and the same in any time zone. */
export class WorkingCalendar {
  /** Covered years, ascending. */
  readonly years: readonly number[];
  private readonly noticeNumbers = new Map<number, string>();
  private readonly days = new Map<IsoDate, CalendarDay>();

  private constructor(data: WorkingCalendarData) {
    for (const year of data.years) {
      if (this.noticeNumbers.has(year.year)) throw new RangeError(`Year ${year.year} is given twice`);
      this.noticeNumbers.set(year.year, year.noticeNumber);
      for (const day of year.days) {
        if (!isIsoDate(day.date) || yearOf(day.date) !== year.year) throw new RangeError(`${day.date} is not a date of ${year.year}`);
        this.days.set(day.date, { date: day.date, kind: day.kind, name: day.name });
      }
    }
    this.years = [...this.noticeNumbers.keys()].sort((a, b) => a - b);
  }

  static from(data: WorkingCalendarData): WorkingCalendar {
    return new WorkingCalendar(data);
  }

  /** Whether the year of `date` has been entered (false for a malformed date). */
  covers(date: IsoDate): boolean {
    return isIsoDate(date) && this.noticeNumbers.has(yearOf(date));
  }

  coversYear(year: number): boolean {
    return this.noticeNumbers.has(year);
  }

  /** The 文号 of the State Council notice a covered year was entered from. */
  noticeNumberOf(year: number): string | undefined {
    return this.noticeNumbers.get(year);
  }

  /** The holiday or adjusted working day on `date`, if it is one. */
  dayOf(date: IsoDate): CalendarDay | undefined {
    this.requireCovered(date);
    return this.days.get(date);
  }

  private requireCovered(date: IsoDate): void {
    if (!isIsoDate(date)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${JSON.stringify(date)}`);
    if (!this.noticeNumbers.has(yearOf(date))) throw new CalendarRangeError(date, this.years);
  }

  isWorkingDay(date: IsoDate): boolean {
    this.requireCovered(date);
    const special = this.days.get(date);
    if (special) return special.kind === 'workday';
    const weekday = dayOfWeek(date);
    return weekday !== 0 && weekday !== 6;
  }

  /**
   * The n-th working day after `date` (which itself does not count); negative `n` counts backwards, 0 returns `date`.
   * Example: addWorkingDays('2024-09-30', 5) is '2024-10-12' (National Day 10-01…07; Saturday 10-12 is worked).
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
    this.requireCovered(date);
    const step = n < 0 ? -1 : 1;
    let remaining = Math.abs(n);
    let current = date;
    while (remaining > 0) {
      current = addDays(current, step);
      if (this.isWorkingDay(current)) remaining -= 1;
    }
    return current;
  }

  /** Working days in the interval (from, to]: after `from`, up to and including `to`. Negative when `to` is before `from`. */
  countWorkingDays(from: IsoDate, to: IsoDate): number {
    this.requireCovered(from);
    this.requireCovered(to);
    if (to < from) return -this.countWorkingDays(to, from);
    let count = 0;
    for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
      if (this.isWorkingDay(current)) count += 1;
    }
    return count;
  }

  /**
   * The last day of a period of `workingDays` working days that starts on `startOn`: the start counts as day 1 when
   * it is a working day, otherwise the period begins on the next working day. A 5-working-day 公示 from Monday
   * 2024-09-30 runs 09-30, 10-08, 10-09, 10-10, 10-11 and ends on 2024-10-11.
   */
  workingPeriodEnd(startOn: IsoDate, workingDays: number): IsoDate {
    if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError(`workingDays must be an integer ≥ 1, got ${workingDays}`);
    return this.isWorkingDay(startOn) ? this.addWorkingDays(startOn, workingDays - 1) : this.addWorkingDays(startOn, workingDays);
  }
}
