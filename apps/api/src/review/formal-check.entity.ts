import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity';

/** One round of the city's formal check (形式审查): the checklist, the outcome and what the officer saw. */
@Entity('formal_check')
@Index('UQ_formal_check_round', ['applicationId', 'round'], { unique: true })
export class FormalCheckEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'application_id', type: 'int' })
  applicationId: number;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_formal_check_application' })
  application?: ApplicationEntity;

  @Column({ type: 'int' })
  round: number;

  @Column({ type: 'varchar', length: 32 })
  outcome: string;

  /** ChecklistResult[]: pass or fail per item, with a note. */
  @Column({ type: 'json' })
  items: { key: string; passed: boolean; note?: string }[];

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** ReviewSnapshot: the form data and attachment hashes as checked, to show what changed on resubmission. */
  @Column({ type: 'json' })
  snapshot: { data: Record<string, unknown>; attachments: { slotKey: string; fileName: string; sha256: string }[] };

  @Column({ name: 'checked_by', type: 'int' })
  checkedBy: number;

  @Column({ name: 'checked_by_name', type: 'varchar', length: 100 })
  checkedByName: string;

  @Column({ name: 'checked_at', type: 'datetime' })
  checkedAt: Date;
}
