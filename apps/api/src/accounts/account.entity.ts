import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { EnterpriseEntity } from './enterprise.entity';

/**
 * A person who signs in: enterprise staff (bound to an enterprise) or bureau staff and experts. Sessions, one-time
 * tokens and the lockout counters hang off it.
 */
@Entity('account')
@Index('UQ_account_username', ['username'], { unique: true })
export class AccountEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Sign-in name: the USCC for an enterprise administrator, a chosen name for everyone else. */
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 32 })
  role: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'recommending_unit_code', type: 'varchar', length: 6, nullable: true })
  recommendingUnitCode: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @VersionColumn({ type: 'int' })
  version: number;

  @Column({ name: 'enterprise_id', type: 'int', nullable: true })
  enterpriseId: number | null;

  @ManyToOne(() => EnterpriseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'FK_account_enterprise' })
  enterprise?: EnterpriseEntity;

  /** active, invited (no password yet) or disabled. */
  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: string;

  @Column({ type: 'varchar', length: 11, nullable: true })
  mobile: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ name: 'password_changed_at', type: 'datetime', nullable: true })
  passwordChangedAt: Date | null;

  @Column({ name: 'last_sign_in_at', type: 'datetime', nullable: true })
  lastSignInAt: Date | null;
}
