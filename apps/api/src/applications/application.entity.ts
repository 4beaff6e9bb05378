import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { CallEntity } from '../calls/call.entity';

/** One enterprise's application to one call. `data` is the form as last saved; `version` guards every save. */
@Entity('application')
@Index('UQ_application_call_enterprise', ['callId', 'enterpriseId'], { unique: true })
@Index('UQ_application_receipt', ['receiptNo'], { unique: true })
@Index('IDX_application_enterprise', ['enterpriseId'])
@Index('IDX_application_call_unit', ['callId', 'recommendingUnitCode', 'state'])
export class ApplicationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'call_id', type: 'int' })
  callId: number;

  @ManyToOne(() => CallEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'FK_application_call' })
  call?: CallEntity;

  @Column({ name: 'enterprise_id', type: 'int' })
  enterpriseId: number;

  @ManyToOne(() => EnterpriseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'FK_application_enterprise' })
  enterprise?: EnterpriseEntity;

  @Column({ name: 'call_version_no', type: 'int' })
  callVersionNo: number;

  @Column({ type: 'varchar', length: 32 })
  state: string;

  @Column({ type: 'json' })
  data: Record<string, unknown>;

  /** The eligibility report of the last save or submit. */
  @Column({ type: 'json', nullable: true })
  eligibility: Record<string, unknown> | null;

  /** The enterprise profile the last submission was checked against (what its archived 申报书 prints). */
  @Column({ name: 'submitted_profile', type: 'json', nullable: true })
  submittedProfile: Record<string, unknown> | null;

  @Column({ name: 'receipt_no', type: 'varchar', length: 32, nullable: true })
  receiptNo: string | null;

  @Column({ name: 'submitted_at', type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'created_by', type: 'int' })
  createdBy: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  /** The district that reviews it: the project's district, else the registered one (set at submission). */
  @Column({ name: 'recommending_unit_code', type: 'varchar', length: 6, nullable: true })
  recommendingUnitCode: string | null;

  /** The district's order of recommendation within a call (1 = first). */
  @Column({ name: 'unit_priority', type: 'int', nullable: true })
  unitPriority: number | null;

  /** The latest return, revision or rejection notice (ReviewNotice). */
  @Column({ name: 'review_notice', type: 'json', nullable: true })
  reviewNotice: Record<string, unknown> | null;

  /** Last day (Beijing) to resubmit after the city's request for revision. */
  @Column({ name: 'revision_due_on', type: 'varchar', length: 10, nullable: true })
  revisionDueOn: string | null;

  @VersionColumn({ type: 'int' })
  version: number;
}
