import { beijingDate, toEpochDay, yearOf } from '@shifan/domain';
import { ApiClient } from './api-client';

const DAY = 86_400_000;

/**
 * The Beijing date the date-sensitive browser tests run on (publication, review pipeline): a fixed day, so that
 * they pass whatever the machine's date is — the portal is started with `CLOCK_OFFSET_DAYS` landing on it and the
 * browser's clock is set to the same instant. `E2E_TODAY` moves it (e.g. `E2E_TODAY=2027-01-05` proves the tests
 * hold in a year the seeded calendar does not cover: `ensureCalendarCovers` enters a fixture year first).
 */
export const E2E_TODAY: string = process.env.E2E_TODAY ?? '2026-06-01';

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
  return beijingDate(new Date(now.getTime() + Number(offsetDays) * DAY));
}

/**
 * Makes sure the portal's working-day calendar covers `E2E_TODAY`'s year and the next (a notice or a deadline may run
 * into it): a year the seeds do not have is entered by the administrator as a test fixture with New Year's Day only.
 */
export async function ensureCalendarCovers(url: string, today: string = E2E_TODAY): Promise<void> {
  const admin = await ApiClient.signIn(url, 'admin', 'Shifan@2026');
  const covered = ((await admin.get('/api/calendar')).body.coveredYears as number[]) ?? [];
  for (const year of [yearOf(today), yearOf(today) + 1]) {
    if (covered.includes(year)) continue;
    const days = [1, 2, 3].map((day) => ({ date: `${year}-01-0${day}`, kind: 'holiday', name: '元旦' }));
    const saved = await admin.put(`/api/admin/calendar/years/${year}`, { year, noticeNumber: 'E2E 测试用（仅元旦）', days });
    if (saved.status !== 200) throw new Error(`entering ${year} answered ${saved.status}: ${JSON.stringify(saved.body)}`);
  }
}
