import { Inject, Injectable } from '@nestjs/common';
import {
  beijingDate,
  type CalendarRangeView,
  CalendarRangeError,
  calendarRangeMessage,
  type CalendarStatus,
  calendarStatus,
  type CalendarYearInput,
  type CalendarYearSummary,
  type CalendarYearView,
  localizedMessage,
  WorkingCalendar,
  yearOf,
} from '@shifan/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { CalendarRepository, type StoredCalendarYear } from './calendar.repository';

/** The `CALENDAR_OUT_OF_RANGE` answer for a date the calendar does not cover, naming the date and the covered years. */
export function calendarOutOfRange(error: CalendarRangeError, path?: string): AppError {
  const text = calendarRangeMessage(error.date, error.coveredYears);
  return new AppError('CALENDAR_OUT_OF_RANGE', path ? [{ path, code: 'CALENDAR_OUT_OF_RANGE', message: localizedMessage(text) }] : [], text);
}

interface Cached {
  years: StoredCalendarYear[];
  calendar: WorkingCalendar;
  loadedAt: number;
}

/**
 * The working-day calendar as stored in the database (issue #12). Every working-day count of the API goes through
 * `compute`, which answers a date outside the entered years with 422 CALENDAR_OUT_OF_RANGE instead of a crash. The
 * calendar is kept in memory for CALENDAR_CACHE_SECONDS and dropped at once when this instance changes it.
 */
@Injectable()
export class CalendarService {
  private cached: Cached | null = null;
  private loading: Promise<Cached> | null = null;
  private generation = 0;
  private readonly cacheMs: number;
  private readonly warnFrom: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CalendarRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cacheMs = config.calendar.cacheSeconds * 1000;
    this.warnFrom = config.calendar.warnFrom;
  }

  private async load(): Promise<Cached> {
    if (this.cached && performance.now() - this.cached.loadedAt < this.cacheMs) return this.cached;
    if (!this.loading) {
      const generation = this.generation;
      this.loading = this.repository
        .all()
        .then((years) => {
          const loaded = { years, calendar: WorkingCalendar.from({ years }), loadedAt: performance.now() };
          // A change committed while this was loading makes it stale: use it for this caller only.
          if (generation === this.generation) this.cached = loaded;
          return loaded;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }

  private invalidate(): void {
    this.generation += 1;
    this.cached = null;
  }

  async calendar(): Promise<WorkingCalendar> {
    return (await this.load()).calendar;
  }

  /**
   * Runs a working-day calculation on the current calendar; a date outside the entered years becomes
   * 422 CALENDAR_OUT_OF_RANGE (with `path` as the field that led there, when given).
   */
  async compute<T>(work: (calendar: WorkingCalendar) => T, path?: string): Promise<T> {
    const calendar = await this.calendar();
    try {
      return work(calendar);
    } catch (error) {
      if (error instanceof CalendarRangeError) throw calendarOutOfRange(error, path);
      throw error;
    }
  }

  private today(): string {
    return beijingDate(this.clock.now());
  }

  async status(): Promise<CalendarStatus> {
    return calendarStatus((await this.calendar()).years, this.today(), this.warnFrom);
  }

  async range(fromYear: number | undefined, toYear: number | undefined): Promise<CalendarRangeView> {
    const { years } = await this.load();
    const first = fromYear ?? years[0]?.year ?? yearOf(this.today());
    const last = toYear ?? years.at(-1)?.year ?? first;
    if (last < first) throw new AppError('VALIDATION_FAILED', [{ path: 'toYear', code: 'too_small', message: localizedMessage({ zh: '结束年份不能早于开始年份', en: 'toYear cannot be before fromYear' }) }]);
    const chosen = years.filter((year) => year.year >= first && year.year <= last);
    return {
      coveredYears: years.map((year) => year.year),
      from: `${first}-01-01`,
      to: `${last}-12-31`,
      years: chosen.map((year) => ({ year: year.year, noticeNumber: year.noticeNumber })),
      days: chosen.flatMap((year) => year.days),
    };
  }

  async years(): Promise<CalendarYearSummary[]> {
    return (await this.repository.all()).map(summaryOf);
  }

  async year(year: number): Promise<CalendarYearView> {
    const found = (await this.repository.all()).find((stored) => stored.year === year);
    if (!found) throw new AppError('NOT_FOUND');
    return { ...summaryOf(found), days: found.days };
  }

  /** Enters a year, or replaces it whole: one transaction with its audit record. */
  async saveYear(actor: Actor, year: number, input: CalendarYearInput): Promise<CalendarYearView> {
    if (input.year !== year) {
      throw new AppError('VALIDATION_FAILED', [{ path: 'year', code: 'custom', message: localizedMessage({ zh: `年份应为${year}`, en: `The year must be ${year}, as in the address` }) }]);
    }
    const days = [...input.days].sort((a, b) => (a.date < b.date ? -1 : 1));
    const now = this.clock.now();
    await inTransaction(this.dataSource, async (manager) => {
      const existing = await this.repository.findYearForUpdate(manager, year);
      const previous = existing ? await this.repository.daysOf(manager, year) : [];
      try {
        await this.repository.saveYear(manager, { year, noticeNumber: input.noticeNumber, updatedAt: now, updatedBy: actor.accountId }, days, existing !== null);
      } catch (error) {
        // Two administrators entering the same new year at once: the second insert meets the first one's key.
        if (!existing && isDuplicateKey(error)) throw new AppError('CONFLICT');
        throw error;
      }
      await this.audit.record(manager, {
        action: 'calendar.year_saved',
        actor,
        target: { type: 'calendar_year', id: year },
        detail: {
          year,
          noticeNumber: input.noticeNumber,
          holidays: days.filter((day) => day.kind === 'holiday').length,
          workdays: days.filter((day) => day.kind === 'workday').length,
          replaced: existing
            ? { noticeNumber: existing.noticeNumber, holidays: previous.filter((day) => day.kind === 'holiday').length, workdays: previous.filter((day) => day.kind === 'workday').length }
            : null,
        },
      });
    });
    this.invalidate();
    return this.year(year);
  }

  /** Deletes a year that has not started yet (a year entered by mistake); audited. */
  async deleteYear(actor: Actor, year: number): Promise<void> {
    if (year <= yearOf(this.today())) throw new AppError('CALENDAR_YEAR_STARTED');
    await inTransaction(this.dataSource, async (manager) => {
      const existing = await this.repository.findYearForUpdate(manager, year);
      if (!existing) throw new AppError('NOT_FOUND');
      const days = await this.repository.daysOf(manager, year);
      await this.repository.deleteYear(manager, year);
      await this.audit.record(manager, {
        action: 'calendar.year_deleted',
        actor,
        target: { type: 'calendar_year', id: year },
        detail: { year, noticeNumber: existing.noticeNumber, holidays: days.filter((day) => day.kind === 'holiday').length, workdays: days.filter((day) => day.kind === 'workday').length },
      });
    });
    this.invalidate();
  }
}

function summaryOf(year: StoredCalendarYear): CalendarYearSummary {
  return {
    year: year.year,
    noticeNumber: year.noticeNumber,
    holidays: year.days.filter((day) => day.kind === 'holiday').length,
    workdays: year.days.filter((day) => day.kind === 'workday').length,
    updatedAt: year.updatedAt.toISOString(),
  };
}

function isDuplicateKey(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
