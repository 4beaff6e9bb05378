import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CallEntity } from '../calls/call.entity';

/**
 * An expert panel (评审专家组) of a call. The seed is generated when the panel is created and only its SHA-256 is
 * shown until the draw; the draw records the candidates, members, reserves and exclusions so it can be replayed.
 */
@Entity('review_panel')
@Index('IDX_review_panel_call', ['callId'])
export class ReviewPanelEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'call_id', type: 'int' })
  callId: number;

  @ManyToOne(() => CallEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'FK_review_panel_call' })
  call?: CallEntity;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ name: 'required_fields', type: 'json' })
  requiredFields: string[];

  @Column({ name: 'application_ids', type: 'json' })
  applicationIds: number[];

  /** committed (seed hash recorded) → drawn. */
  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'varchar', length: 64 })
  seed: string;

  @Column({ name: 'seed_hash', type: 'varchar', length: 64 })
  seedHash: string;

  @Column({ name: 'committed_at', type: 'datetime' })
  committedAt: Date;

  @Column({ name: 'drawn_at', type: 'datetime', nullable: true })
  drawnAt: Date | null;

  /** The Beijing date the co-application window counts back from. */
  @Column({ name: 'reference_date', type: 'varchar', length: 10, nullable: true })
  referenceDate: string | null;

  /** The pool as drawn from: each expert's id, employer USCC and fields, so a replay needs no later data. */
  @Column({ name: 'candidate_ids', type: 'json', nullable: true })
  candidates: { id: number; name: string; employerUscc: string | null; fields: string[] }[] | null;

  @Column({ name: 'member_ids', type: 'json', nullable: true })
  memberIds: number[] | null;

  @Column({ name: 'reserve_ids', type: 'json', nullable: true })
  reserveIds: number[] | null;

  /** The draw's inputs besides the pool (applicants, relations, co-applications) and its exclusions with reasons. */
  @Column({ type: 'json', nullable: true })
  excluded: { inputs: Record<string, unknown>; excluded: { expertId: number; reasons: { code: string; message: { zh: string; en: string } }[] }[] } | null;

  @Column({ name: 'created_by', type: 'int' })
  createdBy: number;

  @VersionColumn({ type: 'int' })
  version: number;
}
