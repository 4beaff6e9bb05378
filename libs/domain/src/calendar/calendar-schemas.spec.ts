import { decodeLocalizedMessage } from '../i18n/localized-text';
import { CalendarYearInputSchema, calendarRangeMessage, calendarStatus } from './calendar-schemas';
import { seededCalendarData, seededCalendarYear } from './holiday-data';

const year2027 = {
  year: 2027,
  noticeNumber: '国办发明电〔2026〕9号',
  days: [
    { date: '2027-01-01', kind: 'holiday', name: '元旦' },
    { date: '2027-02-20', kind: 'workday', name: '春节' },
  ],
};

function issues(input: unknown) {
  const result = CalendarYearInputSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: decodeLocalizedMessage(issue.message, 'en') }));
}

describe('entering a year of the working-day calendar', () => {
  it('accepts a year as the State Council announces it, and every seeded year', () => {
    expect(issues(year2027)).toEqual([]);
    for (const year of seededCalendarData().years) expect(issues({ ...year, days: [...year.days] })).toEqual([]);
  });

  it('refuses a date outside the year, a date given twice and a worked weekday, naming the field', () => {
    const found = issues({
      ...year2027,
      days: [
        { date: '2028-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-04', kind: 'workday', name: '元旦' },
      ],
    });
    expect(found).toEqual([
      { path: 'days.0.date', message: 'The date is not in 2027' },
      { path: 'days.2.date', message: 'This date is listed twice' },
      { path: 'days.3.kind', message: 'A worked day (调休) can only be a Saturday or Sunday' },
    ]);
  });

  it('refuses a missing or over-long notice number, an over-long name, an unknown kind and a malformed date', () => {
    const paths = (input: unknown) => issues(input).map((issue) => issue.path);
    expect(paths({ ...year2027, noticeNumber: '  ' })).toEqual(['noticeNumber']);
    expect(paths({ ...year2027, noticeNumber: '号'.repeat(101) })).toEqual(['noticeNumber']);
    expect(paths({ ...year2027, days: [{ date: '2027-01-01', kind: 'holiday', name: '节'.repeat(101) }] })).toEqual(['days.0.name']);
    expect(paths({ ...year2027, days: [{ date: '2027-01-01', kind: 'rest', name: '元旦' }] })).toEqual(['days.0.kind']);
    expect(paths({ ...year2027, days: [{ date: '2027-02-30', kind: 'holiday', name: '元旦' }] })).toEqual(['days.0.date']);
    expect(paths({ ...year2027, days: [] })).toEqual(['days']);
    expect(paths({ ...year2027, year: 2016 })).toContain('year');
    expect(paths({ ...year2027, year: 20270 })).toContain('year');
  });

  it('knows no seeded year beyond 2026', () => {
    expect(() => seededCalendarYear(2027)).toThrow('No seeded calendar for 2027');
    expect(seededCalendarYear(2026)).toMatchObject({ year: 2026, noticeNumber: '国办发明电〔2025〕7号' });
  });
});

describe('the officers’ warning that next year is missing', () => {
  const seeded = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

  it('stays quiet before 1 November and warns from 1 November while next year is missing', () => {
    expect(calendarStatus(seeded, '2026-10-31', '11-01')).toEqual({
      today: '2026-10-31',
      coveredYears: seeded,
      currentYearMissing: false,
      nextYear: 2027,
      nextYearMissing: true,
      warnFrom: '2026-11-01',
      warning: false,
    });
    expect(calendarStatus(seeded, '2026-11-01', '11-01')).toMatchObject({ nextYearMissing: true, warning: true });
    expect(calendarStatus(seeded, '2026-12-31', '11-01').warning).toBe(true);
  });

  it('stops warning once next year is entered, and follows the setting', () => {
    expect(calendarStatus([...seeded, 2027], '2026-11-15', '11-01')).toMatchObject({ nextYearMissing: false, warning: false });
    expect(calendarStatus(seeded, '2026-10-20', '10-15').warning).toBe(true);
  });

  it('always warns when the current year itself is missing', () => {
    expect(calendarStatus(seeded, '2027-01-05', '11-01')).toMatchObject({ currentYearMissing: true, nextYearMissing: true, warning: true });
  });

  it('refuses a malformed date or setting', () => {
    expect(() => calendarStatus(seeded, '2026-13-01', '11-01')).toThrow(RangeError);
    expect(() => calendarStatus(seeded, '2026-11-01', '11-31x')).toThrow(RangeError);
  });
});

describe('the out-of-range message', () => {
  it('names the date and the covered years in both languages', () => {
    const message = calendarRangeMessage('2027-01-01', [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(message.zh).toContain('2027年');
    expect(message.zh).toContain('2027-01-01');
    expect(message.zh).toContain('2017–2026');
    expect(message.en).toContain('2027-01-01');
    expect(message.en).toContain('covered: 2017–2026');
    expect(calendarRangeMessage('2027-01-01', []).zh).toContain('已录入：无');
  });
});
