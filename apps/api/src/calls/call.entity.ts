import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { AttachmentSlot, CallSettings, Rubric } from '@shifan/domain';

/**
 * A call (申报批次). `settings` holds every threshold of the call (`CallSettings` from @shifan/domain), with the
 * schedule; `opens_at`/`deadline_at` are derived from it (Beijing time) for queries. Once opened, each change is
 * published as a new `call_version`, and applications keep the version they were checked against.
 */
@Entity('call')
@Index('IDX_call_status_deadline', ['status', 'deadlineAt'])
@Index('IDX_call_category_year', ['category', 'year'])
export class CallEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 32 })
  category: string;

  @Column({ type: 'varchar', length: 16 })
  level: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  notice: string;

  /** draft, open or closed. */
  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ name: 'opens_at', type: 'datetime' })
  opensAt: Date;

  /** The first instant after the deadline (the day after applicationDeadline, 00:00 Beijing time). */
  @Column({ name: 'deadline_at', type: 'datetime' })
  deadlineAt: Date;

  @Column({ type: 'json' })
  settings: CallSettings;

  @Column({ name: 'attachment_slots', type: 'json' })
  attachmentSlots: AttachmentSlot[];

  @Column({ type: 'json' })
  rubric: Rubric;

  /** The latest published call_version (0 while the call is a draft). */
  @Column({ name: 'published_version', type: 'int' })
  publishedVersion: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  @VersionColumn({ type: 'int' })
  version: number;
}
