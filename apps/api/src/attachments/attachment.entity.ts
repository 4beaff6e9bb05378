import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity';

/** A file attached to an application slot; the object lives in S3 under `object_key`, written before this row commits. */
@Entity('attachment')
@Index('IDX_attachment_application', ['applicationId'])
@Index('UQ_attachment_object_key', ['objectKey'], { unique: true })
export class AttachmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'application_id', type: 'int' })
  applicationId: number;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_attachment_application' })
  application?: ApplicationEntity;

  @Column({ name: 'slot_key', type: 'varchar', length: 64 })
  slotKey: string;

  /** Sanitised original name. */
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  /** Decided from the file's magic bytes, not its name. */
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'object_key', type: 'varchar', length: 255 })
  objectKey: string;

  @Column({ name: 'uploaded_by', type: 'int' })
  uploadedBy: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
