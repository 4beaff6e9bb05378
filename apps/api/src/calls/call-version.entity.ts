import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CallEntity } from './call.entity';

/** A published version of a call: what applications are checked against. Never changed once written. */
@Entity('call_version')
@Index('UQ_call_version', ['callId', 'versionNo'], { unique: true })
export class CallVersionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'call_id', type: 'int' })
  callId: number;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'FK_call_version_call' })
  call?: CallEntity;

  @Column({ name: 'version_no', type: 'int' })
  versionNo: number;

  /** The call as published: title, notice, schedule, settings, slots, rubric. */
  @Column({ type: 'json' })
  snapshot: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'int', nullable: true })
  createdBy: number | null;
}
