import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { EnterpriseEntity } from '../accounts/enterprise.entity';

/** A claim that a registered USCC belongs to someone else (issue #12); the claimant's identity stays in this row. */
@Entity('uscc_dispute')
@Index('UQ_uscc_dispute_case_no', ['caseNo'], { unique: true })
@Index('IDX_uscc_dispute_status', ['status'])
export class UsccDisputeEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'case_no', type: 'varchar', length: 24 })
  caseNo: string;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ name: 'enterprise_id', type: 'int' })
  enterpriseId: number;

  @ManyToOne(() => EnterpriseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'FK_uscc_dispute_enterprise' })
  enterprise?: EnterpriseEntity;

  @Column({ name: 'claimed_name', type: 'varchar', length: 100 })
  claimedName: string;

  @Column({ name: 'contact_name', type: 'varchar', length: 50 })
  contactName: string;

  @Column({ type: 'varchar', length: 11 })
  mobile: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'text' })
  statement: string;

  /** awaiting_documents, open, upheld or dismissed. */
  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Column({ name: 'upload_token_hash', type: 'varchar', length: 64, nullable: true })
  uploadTokenHash: string | null;

  @Column({ name: 'upload_token_expires_at', type: 'datetime', nullable: true })
  uploadTokenExpiresAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'filed_at', type: 'datetime' })
  filedAt: Date;

  @Column({ name: 'decided_at', type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by', type: 'int', nullable: true })
  decidedBy: number | null;

  /** The administrator account created for the claimant when the dispute was upheld. */
  @Column({ name: 'new_account_id', type: 'int', nullable: true })
  newAccountId: number | null;

  @VersionColumn({ type: 'int' })
  version: number;
}
