import { isMissing } from './draft';
import { addDays, addMonths, addYears, beijingDate, compareIsoDates, dayOfWeek, fromEpochDay, isIsoDate, parseIsoDate, toEpochDay, yearOf } from './iso-date';
import { roundTo } from './rounding';

describe('iso dates', () => {
  it('parses real calendar days only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2023-13-01')).toBeUndefined();
    expect(parseIsoDate('2023-00-10')).toBeUndefined();
    expect(parseIsoDate('2023-1-1')).toBeUndefined();
    expect(isIsoDate(20240101)).toBe(false);
  });
  it('does day, month and year arithmetic without time zones', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(dayOfWeek('2024-10-12')).toBe(6);
    expect(dayOfWeek('1969-12-31')).toBe(3);
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-03-15', -15)).toBe('2022-12-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2025-09-30', -2)).toBe('2023-09-30');
    expect(fromEpochDay(toEpochDay('2017-01-01'))).toBe('2017-01-01');
    expect(compareIsoDates('2024-01-02', '2024-01-01')).toBe(1);
    expect(yearOf('2026-05-01')).toBe(2026);
    expect(() => toEpochDay('2024-02-30')).toThrow(RangeError);
  });
  it('reads the Beijing date of an instant', () => {
    expect(beijingDate(new Date('2025-09-30T15:59:59Z'))).toBe('2025-09-30');
    expect(beijingDate(new Date('2025-09-30T16:00:00Z'))).toBe('2025-10-01');
  });
});

describe('roundTo', () => {
  it('rounds half away from zero without float noise', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(85.066666, 2)).toBe(85.07);
    expect(roundTo(5e-324, 2)).toBe(0);
    expect(roundTo(1e21, 2)).toBe(1e21);
    expect(roundTo(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('isMissing', () => {
  it('treats undefined, null, blank text and NaN as not given', () => {
    expect([undefined, null, '', '  ', Number.NaN].map(isMissing)).toEqual([true, true, true, true, true]);
    expect([0, false, 'x', []].map(isMissing)).toEqual([false, false, false, false]);
  });
});
