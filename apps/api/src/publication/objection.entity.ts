import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity';
import { PublicNoticeEntity } from './public-notice.entity';

/** An objection to a project of a 公示: a case from received to upheld or dismissed. The identity stays internal. */
@Entity('objection')
@Index('UQ_objection_case_no', ['caseNo'], { unique: true })
@Index('IDX_objection_notice', ['noticeId'])
export class ObjectionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @Column({ name: 'notice_id', type: 'int' })
  noticeId: number;

  @ManyToOne(() => PublicNoticeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'notice_id', foreignKeyConstraintName: 'FK_objection_notice' })
  notice?: PublicNoticeEntity;

  @Column({ name: 'application_id', type: 'int' })
  applicationId: number;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_objection_application' })
  application?: ApplicationEntity;

  @Column({ name: 'objector_kind', type: 'varchar', length: 16 })
  objectorKind: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'identity_number', type: 'varchar', length: 18 })
  identityNumber: string;

  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Column({ type: 'text' })
  statement: string;

  @Column({ type: 'text' })
  evidence: string;

  /** An organisation's sealed letter: where it is stored and what it was. */
  @Column({ name: 'sealed_letter', type: 'json', nullable: true })
  sealedLetter: { objectKey: string; fileName: string; contentType: string; size: number; sha256: string } | null;

  @Column({ name: 'upload_token_hash', type: 'varchar', length: 64, nullable: true })
  uploadTokenHash: string | null;

  @Column({ name: 'upload_token_expires_at', type: 'datetime', nullable: true })
  uploadTokenExpiresAt: Date | null;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ name: 'upheld_action', type: 'varchar', length: 20, nullable: true })
  upheldAction: string | null;

  @Column({ name: 'received_at', type: 'datetime' })
  receivedAt: Date;

  @Column({ name: 'decided_at', type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by', type: 'int', nullable: true })
  decidedBy: number | null;

  @VersionColumn({ type: 'int' })
  version: number;
}
