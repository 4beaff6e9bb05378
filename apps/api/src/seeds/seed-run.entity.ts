import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per seed set applied, so each runs once: a second start keeps the first start's data. */
@Entity('seed_run')
export class SeedRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'applied_at', type: 'datetime' })
  appliedAt: Date;
}
