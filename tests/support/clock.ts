import { beijingDate, toEpochDay } from '@shifan/domain';

/**
 * `CLOCK_OFFSET_DAYS` that puts a spawned portal's clock on the Beijing date `target`, whatever today is: tests that
 * depend on the date (a 公示 over New Year, the autumn warning about next year's calendar) name their date instead
 * of running on the wall clock. (The offset is in whole days: the time of day stays the machine's.)
 */
export function clockOffsetTo(target: string, now: Date = new Date()): string {
  return String(toEpochDay(target) - toEpochDay(beijingDate(now)));
}

/** The Beijing date of an instant seen through a portal started with `offsetDays`. */
export function shiftedBeijingDate(offsetDays: string | number, now: Date = new Date()): string {
  return beijingDate(new Date(now.getTime() + Number(offsetDays) * 86_400_000));
}
