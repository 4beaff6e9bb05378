import { seededCalendarData } from '@shifan/domain';
import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * The working-day calendar as data (issue #12): one row per year entered from the State Council notice (文号), one
 * row per holiday or worked weekend (调休上班). Seeded here with 2017–2026 — reference data every installation needs,
 * production included; later years are entered by an administrator (工作日历).
 */
export class WorkingCalendar1764950400000 implements MigrationInterface {
  name = 'WorkingCalendar1764950400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'calendar_year',
        columns: [
          { name: 'year', type: 'integer', isPrimary: true },
          { name: 'notice_number', type: 'varchar', length: '100' },
          { name: 'updated_at', type: 'datetime' },
          { name: 'updated_by', type: 'integer', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'calendar_day',
        columns: [
          { name: 'date', type: 'varchar', length: '10', isPrimary: true },
          { name: 'year', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '8' },
          { name: 'name', type: 'varchar', length: '100' },
        ],
        indices: [{ name: 'IDX_calendar_day_year', columnNames: ['year'] }],
        foreignKeys: [{ name: 'FK_calendar_day_year', columnNames: ['year'], referencedTableName: 'calendar_year', referencedColumnNames: ['year'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
      }),
    );
    // The seeded years are fixed here (2017–2026), whatever a later version of the holiday package adds. Plain SQL with
    // `?` parameters, which both drivers take, so the migration does not depend on the entities as they will evolve.
    for (const year of seededCalendarData().years) {
      await queryRunner.query('INSERT INTO calendar_year (year, notice_number, updated_at, updated_by) VALUES (?, ?, ?, NULL)', [year.year, year.noticeNumber, '2025-12-06 00:00:00']);
      const placeholders = year.days.map(() => '(?, ?, ?, ?)').join(', ');
      await queryRunner.query(`INSERT INTO calendar_day (date, year, kind, name) VALUES ${placeholders}`, year.days.flatMap((day) => [day.date, year.year, day.kind, day.name]));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('calendar_day');
    await queryRunner.dropTable('calendar_year');
  }
}
