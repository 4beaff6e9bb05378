import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CalendarYearEntity } from './calendar-year.entity';

/** A holiday (`holiday`, a day off on any day) or a weekend worked in lieu (`workday`, 调休上班) of a calendar year. */
@Entity('calendar_day')
@Index('IDX_calendar_day_year', ['year'])
export class CalendarDayEntity {
  /** `YYYY-MM-DD`. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'int' })
  year: number;

  @ManyToOne(() => CalendarYearEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'year', referencedColumnName: 'year', foreignKeyConstraintName: 'FK_calendar_day_year' })
  yearRow?: CalendarYearEntity;

  @Column({ type: 'varchar', length: 8 })
  kind: 'holiday' | 'workday';

  @Column({ type: 'varchar', length: 100 })
  name: string;
}
