import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity';

/**
 * A submission whose 申报书 and receipt must be archived, written in the submit's own transaction: the durable
 * promise that an acknowledged submission gets its archived documents, whatever happens to the process after the
 * commit. The `documents.outbox` job works the rows off (retrying with back-off) and sets `done_at`.
 */
@Entity('document_outbox')
@Index('IDX_document_outbox_due', ['doneAt', 'nextAttemptAt'])
@Index('IDX_document_outbox_application', ['applicationId'])
export class DocumentOutboxEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'application_id', type: 'int' })
  applicationId: number;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_document_outbox_application' })
  application?: ApplicationEntity;

  /** The receipt number the submission was acknowledged with. */
  @Column({ name: 'receipt_no', type: 'varchar', length: 32 })
  receiptNo: string;

  /** The submission (the application's submitted_at then). */
  @Column({ name: 'submitted_at', type: 'datetime' })
  submittedAt: Date;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'datetime' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  @Column({ name: 'done_at', type: 'datetime', nullable: true })
  doneAt: Date | null;
}
