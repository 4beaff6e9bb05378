import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UsccDisputeEntity } from './uscc-dispute.entity';
import { StoredFileColumns } from '../storage/stored-file.columns';

/** One of the two documents of a dispute (营业执照, 授权书); one per kind, a new upload replaces it. */
@Entity('dispute_document')
@Index('UQ_dispute_document_kind', ['disputeId', 'kind'], { unique: true })
export class DisputeDocumentEntity extends StoredFileColumns {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'dispute_id', type: 'int' })
  disputeId: number;

  @ManyToOne(() => UsccDisputeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dispute_id', foreignKeyConstraintName: 'FK_dispute_document_dispute' })
  dispute?: UsccDisputeEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ name: 'uploaded_at', type: 'datetime' })
  uploadedAt: Date;
}
