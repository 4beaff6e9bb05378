import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

/** A member of the expert pool (专家库), linked to the expert account that signs in to score. */
@Entity('expert')
@Index('UQ_expert_account', ['accountId'], { unique: true })
export class ExpertEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'account_id', type: 'int', nullable: true })
  accountId: number | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_expert_account' })
  account?: AccountEntity;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  employer: string;

  @Column({ name: 'employer_uscc', type: 'varchar', length: 18, nullable: true })
  employerUscc: string | null;

  @Column({ type: 'varchar', length: 50 })
  title: string;

  /** Sub-field codes of the plan (e.g. `1.2`). */
  @Column({ type: 'json' })
  fields: string[];

  @Column({ type: 'varchar', length: 11 })
  mobile: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** ExpertRelation[]: organisations the expert declared they must not review. */
  @Column({ type: 'json' })
  relations: { uscc: string; name: string; kind: string; note?: string }[];

  @Column({ name: 'co_applications', type: 'json' })
  coApplications: { partnerUscc: string; partnerName: string; date: string }[];

  @Column({ type: 'int' })
  available: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @VersionColumn({ type: 'int' })
  version: number;
}
