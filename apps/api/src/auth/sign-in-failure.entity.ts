import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins of one login, either from one client address (a pair) or from all addresses together (address
 * null). Keyed by the login as typed (normalised), not the account, so unknown logins are counted and answered
 * exactly like known ones. See SIGN_IN_THROTTLE_POLICY.
 */
@Entity('sign_in_failure')
@Index('IDX_sign_in_failure_login', ['login'])
export class SignInFailureEntity {
  /** SHA-256 of the login and the address (or `*` for the login-wide row). */
  @PrimaryColumn({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash: string;

  @Column({ type: 'varchar', length: 191 })
  login: string;

  /** The client address of a pair; null on the login-wide row. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  address: string | null;

  @Column({ type: 'int' })
  failures: number;

  @Column({ name: 'last_failure_at', type: 'datetime' })
  lastFailureAt: Date;

  /** Password checks of this pair (or, on the login-wide row, of the login) are refused until then. */
  @Column({ name: 'blocked_until', type: 'datetime', nullable: true })
  blockedUntil: Date | null;
}
