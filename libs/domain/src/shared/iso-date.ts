/**
 * Calendar dates as `YYYY-MM-DD` strings, with arithmetic on day numbers counted from 1970-01-01. Nothing here
 * reads the machine's time zone, so the browser (anywhere) and the server give the same answers.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Beijing time is UTC+8 all year (no daylight saving since 1991). */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Parses a strict `YYYY-MM-DD` string that names a real calendar day; `undefined` otherwise. */
export function parseIsoDate(value: string): DateParts | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function requireDate(value: string): DateParts {
  const parts = parseIsoDate(value);
  if (!parts) throw new RangeError(`Not a valid YYYY-MM-DD date: ${JSON.stringify(value)}`);
  return parts;
}

/** Days since 1970-01-01 (negative before it). */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = requireDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromEpochDay(epochDay: number): IsoDate {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/** Adds calendar months; a day past the end of the target month is clamped (2024-02-29 + 12 months = 2025-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Negative when `a` is before `b`, zero when equal, positive when after. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

export function yearOf(date: IsoDate): number {
  return requireDate(date).year;
}

/** The calendar date in Beijing (UTC+8) at an instant; deadlines are Beijing dates. */
export function beijingDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}
