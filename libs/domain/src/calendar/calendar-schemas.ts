import { z } from 'zod';
import { bilingual } from '../forms/form-meta';
import { type IsoDate, dayOfWeek, isIsoDate, yearOf } from '../shared/iso-date';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_ENTERABLE_YEAR, describeYears } from './working-days';

/**
 * Shapes of the working-day calendar's API (issue #12): entering a year from the State Council notice, reading the
 * calendar, and the officers' warning that next year is missing. Shared by the API and the reviewer app.
 */

export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;

export const CALENDAR_DAY_KIND_LABELS = {
  holiday: { zh: '放假', en: 'Day off' },
  workday: { zh: '调休上班', en: 'Worked weekend (调休)' },
} as const;

const yearField = z
  .number({ error: bilingual('请填写年份', 'Enter the year') })
  .int()
  .min(CALENDAR_FIRST_YEAR, { error: bilingual(`年份不能早于${CALENDAR_FIRST_YEAR}年`, `The year cannot be before ${CALENDAR_FIRST_YEAR}`) })
  .max(CALENDAR_LAST_ENTERABLE_YEAR, { error: bilingual(`年份不能晚于${CALENDAR_LAST_ENTERABLE_YEAR}年`, `The year cannot be after ${CALENDAR_LAST_ENTERABLE_YEAR}`) });

export const CalendarDaySchema = z.object({
  date: z.iso.date({ error: bilingual('应为有效日期（YYYY-MM-DD）', 'Must be a valid date (YYYY-MM-DD)') }),
  kind: z.enum(CALENDAR_DAY_KINDS, { error: bilingual('请选择放假或调休上班', 'Choose day off or worked weekend') }),
  name: z
    .string()
    .trim()
    .min(1, { error: bilingual('请填写节日名称', 'Enter the holiday’s name') })
    .max(100, { error: bilingual('节日名称不能超过100个字', 'The name is at most 100 characters') })
    .describe('The holiday the day belongs to, e.g. 春节'),
});
export type CalendarDayInput = z.infer<typeof CalendarDaySchema>;

/**
 * A year as entered from the State Council notice: its 文号 and every exceptional day. Each date lies in that year and
 * appears once; a day off may fall on any day (the notice lists weekend days of a holiday too), a worked day (调休上班)
 * only on a Saturday or Sunday.
 */
export const CalendarYearInputSchema = z
  .object({
    year: yearField,
    noticeNumber: z
      .string()
      .trim()
      .min(1, { error: bilingual('请填写国务院办公厅通知的文号', 'Enter the State Council notice number (文号)') })
      .max(100, { error: bilingual('文号不能超过100个字', 'The notice number is at most 100 characters') })
      .describe('文号 of the State Council General Office notice, e.g. 国办发明电〔2025〕7号'),
    days: z
      .array(CalendarDaySchema)
      .min(1, { error: bilingual('请至少填写一天', 'Enter at least one day') })
      .max(366, { error: bilingual('最多366天', 'At most 366 days') }),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.days.forEach((day, index) => {
      if (!isIsoDate(day.date)) return;
      if (yearOf(day.date) !== input.year) {
        ctx.addIssue({ code: 'custom', path: ['days', index, 'date'], message: bilingual(`日期不在${input.year}年内`, `The date is not in ${input.year}`) });
      }
      if (seen.has(day.date)) ctx.addIssue({ code: 'custom', path: ['days', index, 'date'], message: bilingual('日期重复', 'This date is listed twice') });
      seen.add(day.date);
      if (day.kind === 'workday' && !isWeekend(day.date)) {
        ctx.addIssue({ code: 'custom', path: ['days', index, 'kind'], message: bilingual('调休上班只能是周六或周日', 'A worked day (调休) can only be a Saturday or Sunday') });
      }
    });
  })
  .meta({ id: 'CalendarYearInput' });
export type CalendarYearInput = z.infer<typeof CalendarYearInputSchema>;

function isWeekend(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

export const CalendarYearSummarySchema = z
  .object({
    year: z.number().int(),
    noticeNumber: z.string(),
    holidays: z.number().int().describe('Days off listed'),
    workdays: z.number().int().describe('Weekend days worked in lieu (调休上班)'),
    updatedAt: z.string().describe('ISO instant of the last change'),
  })
  .meta({ id: 'CalendarYearSummary' });
export type CalendarYearSummary = z.infer<typeof CalendarYearSummarySchema>;

export const CalendarYearViewSchema = CalendarYearSummarySchema.extend({ days: z.array(CalendarDaySchema) }).meta({ id: 'CalendarYearView' });
export type CalendarYearView = z.infer<typeof CalendarYearViewSchema>;

/** The calendar for a range of dates, as the apps need it to count working days the way the server does. */
export const CalendarRangeViewSchema = z
  .object({
    coveredYears: z.array(z.number().int()).describe('Every year entered, ascending'),
    from: z.string(),
    to: z.string(),
    years: z.array(z.object({ year: z.number().int(), noticeNumber: z.string() })).describe('Covered years that overlap the range'),
    days: z.array(CalendarDaySchema).describe('Holidays and worked weekends within the range, in date order'),
  })
  .meta({ id: 'CalendarRange' });
export type CalendarRangeView = z.infer<typeof CalendarRangeViewSchema>;

export const CalendarStatusSchema = z
  .object({
    today: z.string().describe('Beijing date of the server clock'),
    coveredYears: z.array(z.number().int()),
    currentYearMissing: z.boolean(),
    nextYear: z.number().int(),
    nextYearMissing: z.boolean(),
    warnFrom: z.string().describe('From this Beijing date on, a missing next year is warned about'),
    warning: z.boolean().describe('Whether officers should be told to enter a year now'),
  })
  .meta({ id: 'CalendarStatus' });
export type CalendarStatus = z.infer<typeof CalendarStatusSchema>;

/** `MM-DD`, e.g. 11-01: the day of the year from which a missing next year is warned about (`CALENDAR_WARN_FROM`). */
export const MONTH_DAY_PATTERN = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Whether officers must enter a year: the current year is missing (calculations fail today), or it is on or after
 * `warnFromMonthDay` (Beijing date) and next year is missing — the State Council usually publishes next year's schedule
 * in October–December, and every 公示 from late December runs into the new year.
 */
export function calendarStatus(coveredYears: readonly number[], today: IsoDate, warnFromMonthDay: string): CalendarStatus {
  if (!isIsoDate(today)) throw new RangeError(`Not a valid YYYY-MM-DD date: ${JSON.stringify(today)}`);
  if (!MONTH_DAY_PATTERN.test(warnFromMonthDay)) throw new RangeError(`Not a valid MM-DD day: ${JSON.stringify(warnFromMonthDay)}`);
  const year = yearOf(today);
  const covered = [...new Set(coveredYears)].sort((a, b) => a - b);
  const currentYearMissing = !covered.includes(year);
  const nextYearMissing = !covered.includes(year + 1);
  const warnFrom = `${year}-${warnFromMonthDay}`;
  return { today, coveredYears: covered, currentYearMissing, nextYear: year + 1, nextYearMissing, warnFrom, warning: currentYearMissing || (nextYearMissing && today >= warnFrom) };
}

/** The message of `CALENDAR_OUT_OF_RANGE` for one date, naming the years that are covered. */
export function calendarRangeMessage(date: string, coveredYears: readonly number[]): { zh: string; en: string } {
  const years = describeYears(coveredYears);
  return {
    zh: `工作日历未录入${date.slice(0, 4)}年的节假日安排，无法计算${date}前后的工作日（已录入：${years === 'none' ? '无' : years}）。请管理员在“工作日历”中录入国务院办公厅的通知后再试。`,
    en: `The working-day calendar has no holiday schedule for ${date.slice(0, 4)}, so working days around ${date} cannot be counted (covered: ${years}). An administrator must enter the State Council notice under “Working-day calendar” first.`,
  };
}
