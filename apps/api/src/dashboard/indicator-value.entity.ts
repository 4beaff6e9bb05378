import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An Annex 1 indicator's value for a year, as recorded by a city officer. */
@Entity('indicator_value')
@Index('UQ_indicator_value_code_year', ['code', 'year'], { unique: true })
export class IndicatorValueEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'int' })
  year: number;

  /** Decimal text, so the value is kept exactly in every database. */
  @Column({ type: 'varchar', length: 32 })
  value: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by', type: 'int' })
  recordedBy: number;

  @Column({ name: 'recorded_at', type: 'datetime' })
  recordedAt: Date;
}
