import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity';
import { StoredFileColumns } from '../storage/stored-file.columns';

/** A file attached to an application slot; the object lives in S3 under `object_key`, written before this row commits. */
@Entity('attachment')
@Index('IDX_attachment_application', ['applicationId'])
@Index('UQ_attachment_object_key', ['objectKey'], { unique: true })
export class AttachmentEntity extends StoredFileColumns {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'application_id', type: 'int' })
  applicationId: number;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_attachment_application' })
  application?: ApplicationEntity;

  @Column({ name: 'slot_key', type: 'varchar', length: 64 })
  slotKey: string;

  /** In a signed slot: the 核验码 of the 签字盖章用 copy the scan was printed from (the latest printed when uploaded). */
  @Column({ name: 'signing_code', type: 'varchar', length: 12, nullable: true })
  signingCode: string | null;

  @Column({ name: 'uploaded_by', type: 'int' })
  uploadedBy: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
