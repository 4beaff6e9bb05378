import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** An enterprise that registered itself, identified by its 统一社会信用代码. */
@Entity('enterprise')
@Index('UQ_enterprise_uscc', ['uscc'], { unique: true })
export class EnterpriseEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'contact_name', type: 'varchar', length: 50 })
  contactName: string;

  @Column({ type: 'varchar', length: 11 })
  mobile: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  /**
   * unverified → pending → verified / rejected (issue #12): whether an officer accepted its 营业执照 and 授权书.
   * Only a verified enterprise may submit. Enterprises that existed before the rule were marked verified.
   */
  @Column({ name: 'verification_status', type: 'varchar', length: 16, default: 'unverified' })
  verificationStatus: string;

  /** Why the officer rejected the documents. */
  @Column({ name: 'verification_reason', type: 'text', nullable: true })
  verificationReason: string | null;

  /** The 推荐单位 whose officers decide: the profile's recommendingUnitCode when the documents were sent. */
  @Column({ name: 'verification_unit_code', type: 'varchar', length: 6, nullable: true })
  verificationUnitCode: string | null;

  @Column({ name: 'verification_requested_at', type: 'datetime', nullable: true })
  verificationRequestedAt: Date | null;

  @Column({ name: 'verification_decided_at', type: 'datetime', nullable: true })
  verificationDecidedAt: Date | null;

  @Column({ name: 'verification_decided_by', type: 'int', nullable: true })
  verificationDecidedBy: number | null;

  @VersionColumn({ type: 'int' })
  version: number;
}
