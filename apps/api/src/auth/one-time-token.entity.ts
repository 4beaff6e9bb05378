import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A single-use token for a password reset or an invitation; only its SHA-256 is stored. */
@Entity('one_time_token')
@Index('IDX_one_time_token_account', ['accountId'])
export class OneTimeTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'account_id', type: 'int' })
  accountId: number;

  /** reset or invitation. */
  @Column({ type: 'varchar', length: 16 })
  purpose: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'datetime', nullable: true })
  usedAt: Date | null;
}
