import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fixed-window counters shared by every API instance (kept in the database, not in memory). */
@Entity('rate_limit')
export class RateLimitEntity {
  @PrimaryColumn({ name: 'bucket_key', type: 'varchar', length: 191 })
  bucketKey: string;

  @Column({ name: 'window_start', type: 'datetime' })
  windowStart: Date;

  @Column({ type: 'int' })
  hits: number;
}
