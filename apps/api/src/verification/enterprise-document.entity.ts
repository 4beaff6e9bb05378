import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EnterpriseEntity } from '../accounts/enterprise.entity';
import { StoredFileColumns } from '../storage/stored-file.columns';

/** A verification document of an enterprise (营业执照 or 授权书); one per kind, a new upload replaces it. */
@Entity('enterprise_document')
@Index('UQ_enterprise_document_kind', ['enterpriseId', 'kind'], { unique: true })
export class EnterpriseDocumentEntity extends StoredFileColumns {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'enterprise_id', type: 'int' })
  enterpriseId: number;

  @ManyToOne(() => EnterpriseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'FK_enterprise_document_enterprise' })
  enterprise?: EnterpriseEntity;

  /** business_licence or authorisation_letter. */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ name: 'uploaded_by', type: 'int' })
  uploadedBy: number;

  @Column({ name: 'uploaded_at', type: 'datetime' })
  uploadedAt: Date;
}
