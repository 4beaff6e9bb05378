import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity';

/**
 * An archived document (the submitted 申报书 or its receipt): the PDF lives in S3 under `object_key`, written before
 * this row commits, and is never rewritten. `code` (the verification code printed on every page) is the first 12 hex
 * digits of `content_sha256`, the SHA-256 of the document's canonical content. The facts the public verification
 * page states (receipt number, enterprise, call, submission time) are kept as they were printed.
 */
@Entity('document')
@Index('UQ_document_code', ['code'], { unique: true })
@Index('UQ_document_object_key', ['objectKey'], { unique: true })
@Index('IDX_document_application', ['applicationId', 'kind'])
export class DocumentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** application_form or receipt. */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ name: 'application_id', type: 'int' })
  applicationId: number;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_document_application' })
  application?: ApplicationEntity;

  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Column({ name: 'content_sha256', type: 'varchar', length: 64 })
  contentSha256: string;

  @Column({ name: 'object_key', type: 'varchar', length: 255 })
  objectKey: string;

  /** Bytes of the PDF. */
  @Column({ type: 'int' })
  size: number;

  @Column({ name: 'receipt_no', type: 'varchar', length: 32 })
  receiptNo: string;

  /** The submission the document records (the application's submitted_at then). */
  @Column({ name: 'submitted_at', type: 'datetime' })
  submittedAt: Date;

  @Column({ name: 'enterprise_name', type: 'varchar', length: 100 })
  enterpriseName: string;

  @Column({ name: 'call_title', type: 'varchar', length: 200 })
  callTitle: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
