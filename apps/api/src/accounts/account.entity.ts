import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/**
 * A person who signs in: enterprise staff (bound to a USCC) or bureau staff and experts. The accounts feature
 * adds sessions, lockout and invitations on top of this table.
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

  @Column({ type: 'varchar', length: 18, nullable: true })
  uscc: string | null;

  @Column({ name: 'district_code', type: 'varchar', length: 6, nullable: true })
  districtCode: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @VersionColumn({ type: 'int' })
  version: number;
}
