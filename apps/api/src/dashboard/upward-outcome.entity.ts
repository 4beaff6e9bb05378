import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity';
import { CallEntity } from '../calls/call.entity';

/**
 * The province's or the ministry's decision on a project the city recommended (an entry of the approved list of a
 * provincial or national call): 认定 or 未获认定, with the issuing body, 文号 and the document's date. One per
 * recommended project; corrected in place under its version.
 */
@Entity('upward_outcome')
@Index('UQ_upward_outcome_call_application', ['callId', 'applicationId'], { unique: true })
export class UpwardOutcomeEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'call_id', type: 'int' })
  callId: number;

  @ManyToOne(() => CallEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'FK_upward_outcome_call' })
  call?: CallEntity;

  @Column({ name: 'application_id', type: 'int' })
  applicationId: number;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_upward_outcome_application' })
  application?: ApplicationEntity;

  /** `recognised` (认定) or `not_recognised` (未获认定). */
  @Column({ type: 'varchar', length: 16 })
  result: string;

  @Column({ name: 'issuing_body', type: 'varchar', length: 100 })
  issuingBody: string;

  /** 文号, e.g. 鄂经信智能〔2018〕123号; required for 认定. */
  @Column({ name: 'document_no', type: 'varchar', length: 60, nullable: true })
  documentNo: string | null;

  /** The document's date (Beijing), YYYY-MM-DD: a recognition counts in its year. */
  @Column({ name: 'decided_on', type: 'varchar', length: 10 })
  decidedOn: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by', type: 'int' })
  recordedBy: number;

  @Column({ name: 'recorded_at', type: 'datetime' })
  recordedAt: Date;

  @Column({ name: 'updated_by', type: 'int' })
  updatedBy: number;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  @VersionColumn({ type: 'int' })
  version: number;
}
