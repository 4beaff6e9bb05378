import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity';

/**
 * One printed 签字盖章用 copy of an application's 申报书: the 核验码 of the content it was printed from (first 12 hex
 * digits of `content_sha256`), who printed it and when. A scan uploaded to a signed slot is tied to the latest one.
 */
@Entity('signing_copy')
@Index('IDX_signing_copy_application', ['applicationId', 'id'])
@Index('IDX_signing_copy_code', ['code'])
export class SigningCopyEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'application_id', type: 'int' })
  applicationId: number;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_signing_copy_application' })
  application?: ApplicationEntity;

  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Column({ name: 'content_sha256', type: 'varchar', length: 64 })
  contentSha256: string;

  /** The account that printed it. */
  @Column({ name: 'printed_by', type: 'int' })
  printedBy: number;

  @Column({ name: 'printed_at', type: 'datetime' })
  printedAt: Date;
}
