import chineseDays from 'chinese-days/dist/chinese-days.json';
import type { CalendarYearData, WorkingCalendarData } from './working-days';
import { WorkingCalendar } from './working-days';

/**
 * Mainland China's statutory holidays and adjusted working days (调休) for 2017–2026 as published each year by the
 * State Council General Office (国务院办公厅关于…部分节假日安排的通知), taken from the `chinese-days` package's
 * documented JSON (dist/chinese-days.json; each year in its source cites the gov.cn notice). We read the data rather
 * than the package's functions: those parse dates in the machine's local time zone and give wrong days west of UTC.
 *
 * This is the seed of the `calendar_year`/`calendar_day` tables (migration WorkingCalendar1764950400000) and a fixture
 * for tests; the running portal reads the calendar from the database, where administrators enter each new year.
 */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const data: ChineseDaysData = chineseDays;

/** The years this file seeds; later years are entered by an administrator (工作日历 page). */
export const SEEDED_CALENDAR_YEARS = { first: 2017, last: 2026 } as const;

/**
 * The 文号 of each seeded year's State Council notice (and of amendments that changed the year's schedule: the 2019
 * May Day change and the 2020 Spring Festival extension).
 */
export const SEEDED_NOTICE_NUMBERS: Readonly<Record<number, string>> = {
  2017: '国办发明电〔2016〕17号',
  2018: '国办发明电〔2017〕12号',
  2019: '国办发明电〔2018〕15号、国办发明电〔2019〕2号',
  2020: '国办发明电〔2019〕16号、国办发明电〔2020〕1号',
  2021: '国办发明电〔2020〕27号',
  2022: '国办发明电〔2021〕11号',
  2023: '国办发明电〔2022〕16号',
  2024: '国办发明电〔2023〕7号',
  2025: '国办发明电〔2024〕12号',
  2026: '国办发明电〔2025〕7号',
};

/** The Chinese name in the package's `English,中文,n` value. */
const zhName = (raw: string) => raw.split(',')[1] ?? raw;

/** One seeded year, as an administrator would enter it: holidays and adjusted working days in date order. */
export function seededCalendarYear(year: number): CalendarYearData {
  const noticeNumber = SEEDED_NOTICE_NUMBERS[year];
  if (noticeNumber === undefined) throw new RangeError(`No seeded calendar for ${year}`);
  const prefix = `${year}-`;
  const days = [
    ...Object.entries(data.holidays)
      .filter(([date]) => date.startsWith(prefix))
      .map(([date, raw]) => ({ date, kind: 'holiday' as const, name: zhName(raw) })),
    ...Object.entries(data.workdays)
      .filter(([date]) => date.startsWith(prefix))
      .map(([date, raw]) => ({ date, kind: 'workday' as const, name: zhName(raw) })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  return { year, noticeNumber, days };
}

/** The seeded years 2017–2026 as calendar data. */
export function seededCalendarData(): WorkingCalendarData {
  const years: CalendarYearData[] = [];
  for (let year = SEEDED_CALENDAR_YEARS.first; year <= SEEDED_CALENDAR_YEARS.last; year += 1) years.push(seededCalendarYear(year));
  return { years };
}

/** The 2017–2026 calendar, for tests and tools (the portal itself reads the database). */
export function seededCalendar(): WorkingCalendar {
  return WorkingCalendar.from(seededCalendarData());
}
