import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A signed-in session. The cookie carries a random token; only its SHA-256 is stored, so a database leak does not
 * hand out sessions. The CSRF token is stored the same way.
 */
@Entity('session')
@Index('IDX_session_account', ['accountId'])
export class SessionEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'account_id', type: 'int' })
  accountId: number;

  @Column({ name: 'csrf_hash', type: 'varchar', length: 64 })
  csrfHash: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'datetime' })
  lastSeenAt: Date;

  /** The absolute end: sign-in time plus SESSION_POLICY.absoluteHours. */
  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @Column({ name: 'ended_at', type: 'datetime', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  address: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;
}
