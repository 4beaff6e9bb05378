import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per scheduled job, shared by every API process on the database: who holds the job's lease and until when,
 * and how its last run went. A process runs a job only after taking the lease with one atomic UPDATE, and not before
 * `intervalMs` has passed since the last run finished (on whichever process).
 */
@Entity('job_lease')
export class JobLeaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  /** The process holding the lease (`host:pid:random`), null when free. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  holder: string | null;

  @Column({ name: 'lease_until', type: 'datetime', nullable: true })
  leaseUntil: Date | null;

  @Column({ name: 'last_started_at', type: 'datetime', nullable: true })
  lastStartedAt: Date | null;

  @Column({ name: 'last_finished_at', type: 'datetime', nullable: true })
  lastFinishedAt: Date | null;

  /** succeeded or failed. */
  @Column({ name: 'last_outcome', type: 'varchar', length: 16, nullable: true })
  lastOutcome: string | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;
}
