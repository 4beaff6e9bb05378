import { Injectable } from '@nestjs/common';
import type { CalendarDay, CalendarYearData } from '@shifan/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { CalendarDayEntity } from './calendar-day.entity';
import { CalendarYearEntity } from './calendar-year.entity';

export interface StoredCalendarYear extends CalendarYearData {
  updatedAt: Date;
  updatedBy: number | null;
  days: CalendarDay[];
}

/** Every stored year with its days, in year and date order; also used by the seeds, inside their transaction. */
export async function loadCalendarYears(manager: EntityManager): Promise<StoredCalendarYear[]> {
  const [years, days] = await Promise.all([manager.find(CalendarYearEntity, { order: { year: 'ASC' } }), manager.find(CalendarDayEntity, { order: { date: 'ASC' } })]);
  const byYear = new Map<number, CalendarDay[]>(years.map((year) => [year.year, []]));
  for (const day of days) byYear.get(day.year)?.push({ date: day.date, kind: day.kind, name: day.name });
  return years.map((year) => ({ year: year.year, noticeNumber: year.noticeNumber, updatedAt: year.updatedAt, updatedBy: year.updatedBy, days: byYear.get(year.year)! }));
}

/** The only code that touches the calendar tables. */
@Injectable()
export class CalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  all(): Promise<StoredCalendarYear[]> {
    return loadCalendarYears(this.dataSource.manager);
  }

  /** The year's row, locked for the rest of the transaction (null when the year has not been entered). */
  findYearForUpdate(manager: EntityManager, year: number): Promise<CalendarYearEntity | null> {
    if (manager.connection.options.type === 'better-sqlite3') return manager.getRepository(CalendarYearEntity).findOneBy({ year });
    return manager.getRepository(CalendarYearEntity).findOne({ where: { year }, lock: { mode: 'pessimistic_write' } });
  }

  daysOf(manager: EntityManager, year: number): Promise<CalendarDayEntity[]> {
    return manager.find(CalendarDayEntity, { where: { year }, order: { date: 'ASC' } });
  }

  /** Writes the year and replaces all its days. */
  async saveYear(manager: EntityManager, year: CalendarYearEntity, days: readonly CalendarDay[], exists: boolean): Promise<void> {
    if (exists) {
      await manager.update(CalendarYearEntity, { year: year.year }, { noticeNumber: year.noticeNumber, updatedAt: year.updatedAt, updatedBy: year.updatedBy });
      await manager.delete(CalendarDayEntity, { year: year.year });
    } else {
      await manager.insert(CalendarYearEntity, year);
    }
    if (days.length > 0) await manager.insert(CalendarDayEntity, days.map((day) => ({ date: day.date, year: year.year, kind: day.kind, name: day.name })));
  }

  async deleteYear(manager: EntityManager, year: number): Promise<void> {
    await manager.delete(CalendarDayEntity, { year });
    await manager.delete(CalendarYearEntity, { year });
  }
}
