import { SEEDED_CALENDAR_YEARS, seededCalendar, seededCalendarData } from './holiday-data';
import { CALENDAR_FIRST_YEAR, CalendarRangeError, WorkingCalendar, describeYears } from './working-days';

const calendar = seededCalendar();
const isWorkingDay = (date: string) => calendar.isWorkingDay(date);
const addWorkingDays = (date: string, n: number) => calendar.addWorkingDays(date, n);
const countWorkingDays = (from: string, to: string) => calendar.countWorkingDays(from, to);
const workingPeriodEnd = (startOn: string, n: number) => calendar.workingPeriodEnd(startOn, n);
const HOLIDAY_DATA_LAST_YEAR = SEEDED_CALENDAR_YEARS.last;
const ADJUSTED_WORKING_DAYS = seededCalendarData().years.flatMap((year) => year.days.filter((day) => day.kind === 'workday').map((day) => day.date));

/**
 * The adjusted working weekends (调休上班) of each year, as announced in the State Council General Office's
 * 国务院办公厅关于<year>年部分节假日安排的通知 (published on gov.cn the autumn/winter before; 2020 amended by the
 * Spring Festival extension notice of 2020-01-27; 2025 is 国办发明电〔2024〕12号).
 */
const ADJUSTED_WORKING_WEEKENDS: Record<number, string[]> = {
  2017: ['2017-01-22', '2017-02-04', '2017-04-01', '2017-05-27', '2017-09-30'],
  2018: ['2018-02-11', '2018-02-24', '2018-04-08', '2018-04-28', '2018-09-29', '2018-09-30', '2018-12-29'],
  2019: ['2019-02-02', '2019-02-03', '2019-04-28', '2019-05-05', '2019-09-29', '2019-10-12'],
  2020: ['2020-01-19', '2020-04-26', '2020-05-09', '2020-06-28', '2020-09-27', '2020-10-10'],
  2021: ['2021-02-07', '2021-02-20', '2021-04-25', '2021-05-08', '2021-09-18', '2021-09-26', '2021-10-09'],
  2022: ['2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09'],
  2023: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
  2024: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  2025: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  2026: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

describe('isWorkingDay', () => {
  it.each(Object.entries(ADJUSTED_WORKING_WEEKENDS))('knows every adjusted working weekend of %s', (year, days) => {
    for (const day of days) expect(isWorkingDay(day)).toBe(true);
    expect([...ADJUSTED_WORKING_DAYS].filter((day) => day.startsWith(year)).sort()).toEqual(days);
  });
  it('treats the National Day week as days off and ordinary weekends as rest', () => {
    expect(['2024-10-01', '2024-10-04', '2024-10-07'].map(isWorkingDay)).toEqual([false, false, false]);
    expect(isWorkingDay('2024-10-08')).toBe(true);
    expect(isWorkingDay('2024-10-19')).toBe(false);
    expect(isWorkingDay('2024-10-21')).toBe(true);
  });
  it('follows the 2020 Spring Festival extension to 2 February', () => {
    expect(isWorkingDay('2020-01-31')).toBe(false);
    expect(isWorkingDay('2020-02-01')).toBe(false);
    expect(isWorkingDay('2020-02-03')).toBe(true);
  });
  it('names holidays and adjusted days', () => {
    expect(calendar.dayOf('2025-01-29')).toEqual({ date: '2025-01-29', kind: 'holiday', name: '春节' });
    expect(calendar.dayOf('2024-09-29')).toMatchObject({ kind: 'workday', name: '国庆节' });
    expect(calendar.dayOf('2024-09-30')).toBeUndefined();
  });
  it('gives the same answer in any time zone', () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(isWorkingDay('2024-09-30')).toBe(true);
      expect(isWorkingDay('2024-09-29')).toBe(true);
      process.env.TZ = 'Pacific/Kiritimati';
      expect(isWorkingDay('2024-10-01')).toBe(false);
    } finally {
      process.env.TZ = original;
    }
  });
  it('refuses dates outside the covered years and malformed dates', () => {
    expect(CALENDAR_FIRST_YEAR).toBe(2017);
    expect(HOLIDAY_DATA_LAST_YEAR).toBe(2026);
    expect(calendar.years).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(() => isWorkingDay('2016-12-30')).toThrow(CalendarRangeError);
    expect(() => isWorkingDay(`${HOLIDAY_DATA_LAST_YEAR + 1}-01-04`)).toThrow(CalendarRangeError);
    expect(() => isWorkingDay('2024-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('2024/10/08')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('counts a 5-working-day period from Monday 2024-09-30 across National Day to the worked Saturday 10-12', () => {
    expect(addWorkingDays('2024-09-30', 5)).toBe('2024-10-12');
  });
  it('counts 5 working days from 2025-01-27 across the Spring Festival to 2025-02-10', () => {
    // 01-28…02-04 off; 02-05, 02-06, 02-07, Saturday 02-08 (worked), Monday 02-10.
    expect(addWorkingDays('2025-01-27', 5)).toBe('2025-02-10');
  });
  it('starts from a holiday as well', () => {
    expect(addWorkingDays('2024-10-03', 1)).toBe('2024-10-08');
  });
  it('returns the date itself for 0 and counts backwards for negative n', () => {
    expect(addWorkingDays('2024-10-05', 0)).toBe('2024-10-05');
    expect(addWorkingDays('2024-10-08', -1)).toBe('2024-09-30');
    expect(addWorkingDays('2024-10-08', -2)).toBe('2024-09-29');
  });
  it('rejects a fractional n', () => {
    expect(() => addWorkingDays('2024-10-08', 1.5)).toThrow(RangeError);
  });
  it('throws rather than guesses when the count runs past the covered years', () => {
    expect(() => addWorkingDays(`${HOLIDAY_DATA_LAST_YEAR}-12-28`, 10)).toThrow(CalendarRangeError);
  });
});

describe('workingPeriodEnd and countWorkingDays', () => {
  it('ends a 5-working-day 公示 from Monday 2024-09-30 on Friday 10-11 (the start counts)', () => {
    expect(workingPeriodEnd('2024-09-30', 5)).toBe('2024-10-11');
  });
  it('ends a 5-working-day 公示 from 2025-01-27 on the worked Saturday 02-08', () => {
    expect(workingPeriodEnd('2025-01-27', 5)).toBe('2025-02-08');
  });
  it('begins a period that starts on a holiday with the next working day', () => {
    expect(workingPeriodEnd('2024-10-01', 1)).toBe('2024-10-08');
    expect(() => workingPeriodEnd('2024-10-01', 0)).toThrow(RangeError);
  });
  it('counts working days in (from, to]', () => {
    expect(countWorkingDays('2024-09-30', '2024-10-12')).toBe(5);
    expect(countWorkingDays('2024-10-12', '2024-09-30')).toBe(-5);
    expect(countWorkingDays('2024-10-01', '2024-10-01')).toBe(0);
  });
});

describe('a calendar entered as data', () => {
  // 2027 as an administrator would enter it: 元旦 Friday 01-01 to Sunday 01-03, and an invented worked Saturday 01-09.
  const entered = WorkingCalendar.from({
    years: [
      ...seededCalendarData().years,
      {
        year: 2027,
        noticeNumber: '国办发明电〔2026〕9号',
        days: [
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-01-02', kind: 'holiday', name: '元旦' },
          { date: '2027-01-03', kind: 'holiday', name: '元旦' },
          { date: '2027-01-09', kind: 'workday', name: '元旦' },
        ],
      },
    ],
  });

  it('counts a 公示 across New Year once next year is entered, and refuses it before', () => {
    // 12-28 Mon … 12-31 Thu are 4 days, 2027-01-01 is off, Monday 01-04 is the 5th.
    expect(() => calendar.workingPeriodEnd('2026-12-28', 5)).toThrow(CalendarRangeError);
    expect(entered.workingPeriodEnd('2026-12-28', 5)).toBe('2027-01-04');
    expect(entered.addWorkingDays('2027-01-04', 5)).toBe('2027-01-09');
    expect(entered.isWorkingDay('2027-01-09')).toBe(true);
    expect(entered.isWorkingDay('2027-01-10')).toBe(false);
    expect(entered.noticeNumberOf(2027)).toBe('国办发明电〔2026〕9号');
    expect(entered.covers('2027-06-30')).toBe(true);
    expect(entered.covers('2028-01-01')).toBe(false);
    expect(entered.covers('2027-02-30')).toBe(false);
    expect(entered.coversYear(2016)).toBe(false);
  });

  it('names the date and the covered years when it cannot answer', () => {
    let error: unknown;
    try {
      calendar.addWorkingDays('2026-12-28', 5);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CalendarRangeError);
    expect((error as CalendarRangeError).date).toBe('2027-01-01');
    expect((error as CalendarRangeError).coveredYears).toEqual(calendar.years);
    expect((error as Error).message).toBe('No holiday schedule for 2027-01-01: the working-day calendar covers 2017–2026');
  });

  it('describes gaps in the covered years', () => {
    expect(describeYears([2026, 2024, 2025, 2028, 2030, 2031])).toBe('2024–2026, 2028, 2030–2031');
    expect(describeYears([])).toBe('none');
    const gap = WorkingCalendar.from({ years: [{ year: 2028, noticeNumber: 'x', days: [] }] });
    expect(() => gap.isWorkingDay('2027-12-31')).toThrow('covers 2028');
  });

  it('refuses inconsistent data', () => {
    expect(() => WorkingCalendar.from({ years: [{ year: 2027, noticeNumber: 'a', days: [] }, { year: 2027, noticeNumber: 'b', days: [] }] })).toThrow('given twice');
    expect(() => WorkingCalendar.from({ years: [{ year: 2027, noticeNumber: 'a', days: [{ date: '2028-01-01', kind: 'holiday', name: '元旦' }] }] })).toThrow('not a date of 2027');
  });

  it('treats an empty calendar as covering nothing', () => {
    const empty = WorkingCalendar.from({ years: [] });
    expect(empty.years).toEqual([]);
    expect(() => empty.isWorkingDay('2026-01-05')).toThrow('covers none');
  });
});
