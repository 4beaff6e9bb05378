import chineseDays from 'chinese-days/dist/chinese-days.json';

/**
 * Mainland China's statutory holidays and adjusted working days (调休) as published each year by the State Council
 * General Office (国务院办公厅关于…部分节假日安排的通知), taken from the `chinese-days` package's documented JSON
 * (dist/chinese-days.json; each year in its source cites the gov.cn notice). We read the data rather than the
 * package's functions: those parse dates in the machine's local time zone and give wrong days west of UTC.
 */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const data: ChineseDaysData = chineseDays;

/** Dates that are days off although they may fall on a weekday. */
export const STATUTORY_DAYS_OFF: ReadonlySet<string> = new Set(Object.keys(data.holidays));

/** Weekend dates that are working days (调休上班). */
export const ADJUSTED_WORKING_DAYS: ReadonlySet<string> = new Set(Object.keys(data.workdays));

/** The last year the data covers (the State Council publishes each year's schedule in the autumn before). */
export const HOLIDAY_DATA_LAST_YEAR = Math.max(...[...STATUTORY_DAYS_OFF].map((date) => Number(date.slice(0, 4))));

/** The name of a holiday or adjusted working day, as `English,中文,n` in the package. */
export function holidayName(date: string): { zh: string; en: string } | undefined {
  const raw = data.holidays[date] ?? data.workdays[date];
  if (raw === undefined) return undefined;
  const [en, zh] = raw.split(',');
  return { zh, en };
}
