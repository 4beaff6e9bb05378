import { type CalendarDayInput, CALENDAR_DAY_KIND_LABELS, addDays, dayOfWeek } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { CALENDAR_TEXTS, monthText } from './calendar-texts';

const WEEKDAYS = { zh: ['日', '一', '二', '三', '四', '五', '六'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };

/** Consecutive days of one kind and name, e.g. 国庆节 10-01…10-07. */
interface Run {
  name: string;
  from: string;
  to: string;
}

interface MonthRow {
  month: number;
  holidays: Run[];
  workdays: Run[];
}

function runsOf(days: readonly CalendarDayInput[]): Run[] {
  const runs: Run[] = [];
  for (const day of [...days].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const last = runs.at(-1);
    if (last && last.name === day.name && addDays(last.to, 1) === day.date) last.to = day.date;
    else runs.push({ name: day.name, from: day.date, to: day.date });
  }
  return runs;
}

/** A year's holidays and 调休 days in a table by month (months without any are left out). */
export function CalendarYearTable({ year, days }: { year: number; days: readonly CalendarDayInput[] }) {
  const { t, locale } = useLocale();
  const rows = useMemo<MonthRow[]>(() => {
    const result: MonthRow[] = [];
    for (let month = 1; month <= 12; month += 1) {
      const prefix = `${year}-${String(month).padStart(2, '0')}-`;
      const inMonth = days.filter((day) => day.date.startsWith(prefix));
      if (inMonth.length === 0) continue;
      result.push({ month, holidays: runsOf(inMonth.filter((day) => day.kind === 'holiday')), workdays: runsOf(inMonth.filter((day) => day.kind === 'workday')) });
    }
    return result;
  }, [year, days]);

  const dayText = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}(${WEEKDAYS[locale === 'en' ? 'en' : 'zh'][dayOfWeek(date)]})`;
  const runTags = (runs: Run[], color: string) =>
    runs.length === 0 ? (
      <Typography.Text type="secondary">{t(CALENDAR_TEXTS.none)}</Typography.Text>
    ) : (
      runs.map((run) => (
        <Tag key={run.from} color={color} style={{ marginBottom: 4 }}>
          {run.name} {run.from === run.to ? dayText(run.from) : `${dayText(run.from)}–${dayText(run.to)}`}
        </Tag>
      ))
    );

  const columns: TableColumnsType<MonthRow> = [
    { key: 'month', title: t(CALENDAR_TEXTS.month), width: 100, render: (_, row) => t(monthText(row.month)) },
    { key: 'holidays', title: t(CALENDAR_DAY_KIND_LABELS.holiday), render: (_, row) => runTags(row.holidays, 'red') },
    { key: 'workdays', title: t(CALENDAR_DAY_KIND_LABELS.workday), render: (_, row) => runTags(row.workdays, 'blue') },
  ];
  return <Table<MonthRow> rowKey="month" size="small" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} data-testid={`calendar-year-${year}`} />;
}
