import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A year of the working-day calendar, entered from the State Council notice numbered `noticeNumber` (文号). */
@Entity('calendar_year')
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ name: 'notice_number', type: 'varchar', length: 100 })
  noticeNumber: string;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  /** The administrator who entered it last; null for the years seeded by the migration. */
  @Column({ name: 'updated_by', type: 'int', nullable: true })
  updatedBy: number | null;
}
