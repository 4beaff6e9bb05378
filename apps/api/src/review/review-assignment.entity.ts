import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity';
import { ExpertEntity } from './expert.entity';
import { ReviewPanelEntity } from './review-panel.entity';

/** One expert on one application of a panel: the no-conflict declaration and the score. */
@Entity('review_assignment')
@Index('UQ_review_assignment_application_expert', ['applicationId', 'expertId'], { unique: true })
@Index('IDX_review_assignment_panel', ['panelId'])
@Index('IDX_review_assignment_expert', ['expertId'])
export class ReviewAssignmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'panel_id', type: 'int' })
  panelId: number;

  @ManyToOne(() => ReviewPanelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'panel_id', foreignKeyConstraintName: 'FK_review_assignment_panel' })
  panel?: ReviewPanelEntity;

  @Column({ name: 'application_id', type: 'int' })
  applicationId: number;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_review_assignment_application' })
  application?: ApplicationEntity;

  @Column({ name: 'expert_id', type: 'int' })
  expertId: number;

  @ManyToOne(() => ExpertEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'FK_review_assignment_expert' })
  expert?: ExpertEntity;

  /** drawn | replacement */
  @Column({ type: 'varchar', length: 16 })
  role: string;

  @Column({ name: 'replaces_expert_id', type: 'int', nullable: true })
  replacesExpertId: number | null;

  /** pending → confirmed (no conflict) | conflict (stepped down) | declined */
  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ name: 'declared_at', type: 'datetime', nullable: true })
  declaredAt: Date | null;

  @Column({ name: 'declaration_note', type: 'text', nullable: true })
  declarationNote: string | null;

  /** none | draft | submitted */
  @Column({ name: 'score_status', type: 'varchar', length: 16 })
  scoreStatus: string;

  @Column({ type: 'json' })
  points: Record<string, number>;

  @Column({ type: 'json' })
  comments: Record<string, string>;

  /** The weighted total × 100, so it is exact in every database. */
  @Column({ name: 'total_hundredths', type: 'int', nullable: true })
  totalHundredths: number | null;

  @Column({ name: 'outlier_reason', type: 'text', nullable: true })
  outlierReason: string | null;

  @Column({ name: 'submitted_at', type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'reopen_reason', type: 'text', nullable: true })
  reopenReason: string | null;

  @VersionColumn({ type: 'int' })
  version: number;
}
