import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One audit record. Records are appended, never changed: each carries the SHA-256 of the previous record and its
 * own, computed over its canonical content (audit-chain.ts), so any later edit breaks the chain.
 */
@Entity('audit_log')
@Index('IDX_audit_log_occurred_at', ['occurredAt'])
@Index('IDX_audit_log_action', ['action'])
export class AuditLogEntity {
  /** 1, 2, 3, … assigned under the chain head's lock, so the sequence has no gaps. */
  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ name: 'occurred_at', type: 'varchar', length: 24 })
  occurredAt: string;

  @Column({ name: 'actor_id', type: 'int', nullable: true })
  actorId: number | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 64, nullable: true })
  actorName: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 32, nullable: true })
  actorRole: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32, nullable: true })
  targetType: string | null;

  @Column({ name: 'target_id', type: 'varchar', length: 64, nullable: true })
  targetId: string | null;

  /** JSON with the facts of the event (never secrets). */
  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  address: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
