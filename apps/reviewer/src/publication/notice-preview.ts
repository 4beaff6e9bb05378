import { addDays, CalendarRangeError, type IsoDate, isIsoDate, publicNoticePeriod, type WorkingCalendar } from '@shifan/domain';

/** A run of consecutive days with the same holiday name (e.g. 国庆节 10-01…10-07). */
export interface DayRun {
  /** As entered from the State Council notice, e.g. 国庆节. */
  name: string;
  from: IsoDate;
  to: IsoDate;
  days: number;
}

export type NoticePreview =
  | {
      kind: 'ok';
      startsOn: IsoDate;
      endsOn: IsoDate;
      workingDays: number;
      /** Calendar days from the first to the last day, both included. */
      calendarDays: number;
      /** Statutory holidays within the period that do not count. */
      holidays: DayRun[];
      /** Weekend days worked in lieu (调休) within the period, which do count. */
      adjustedWorkdays: DayRun[];
      /** Plain weekend days within the period that do not count. */
      weekendDays: number;
    }
  | { kind: 'invalid' }
  /** The server's calendar has not arrived yet. */
  | { kind: 'loading' }
  | { kind: 'out_of_range'; date: string; coveredYears: readonly number[] };

function pushRun(runs: DayRun[], date: IsoDate, name: string): void {
  const last = runs.at(-1);
  if (last && last.name === name && addDays(last.to, 1) === date) {
    last.to = date;
    last.days += 1;
  } else {
    runs.push({ name, from: date, to: date, days: 1 });
  }
}

/**
 * The notice period that `startsOn` and `workingDays` give, as the API computes it (`publicNoticePeriod` on the
 * server's calendar, from `GET /api/calendar`; the start counts when it is a working day), with the holidays it skips
 * and the adjusted working days it counts.
 */
export function noticePreview(calendar: WorkingCalendar | null, startsOn: string | null | undefined, workingDays: number | null | undefined): NoticePreview {
  if (!startsOn || !isIsoDate(startsOn) || !workingDays || !Number.isInteger(workingDays) || workingDays < 1) return { kind: 'invalid' };
  if (!calendar) return { kind: 'loading' };
  try {
    const period = publicNoticePeriod(calendar, startsOn, workingDays);
    const holidays: DayRun[] = [];
    const adjustedWorkdays: DayRun[] = [];
    let weekendDays = 0;
    let calendarDays = 0;
    for (let day = period.startsOn; day <= period.endsOn; day = addDays(day, 1)) {
      calendarDays += 1;
      const name = calendar.dayOf(day)?.name;
      if (calendar.isWorkingDay(day)) {
        if (name) pushRun(adjustedWorkdays, day, name);
      } else if (name) {
        pushRun(holidays, day, name);
      } else {
        weekendDays += 1;
      }
    }
    return { kind: 'ok', startsOn: period.startsOn, endsOn: period.endsOn, workingDays, calendarDays, holidays, adjustedWorkdays, weekendDays };
  } catch (error) {
    if (error instanceof CalendarRangeError) return { kind: 'out_of_range', date: error.date, coveredYears: error.coveredYears };
    return { kind: 'invalid' };
  }
}
