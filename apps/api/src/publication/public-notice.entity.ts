import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CallEntity } from '../calls/call.entity';

export interface NoticeProjectRecord {
  applicationId: number;
  enterpriseName: string;
  uscc: string;
  projectName: string;
  subFieldCode: string | null;
  recommendingUnitCode: string | null;
  rank: number;
  withdrawn: boolean;
}

/**
 * Reads stored entries as they are now: entries written before 推荐单位 (issue #13) carried `districtCode`, which is a
 * valid unit code. Migration 1765296000000 renames it in place; this keeps an older copy (a restored backup) readable.
 */
export function readNoticeEntries(stored: unknown): NoticeProjectRecord[] | null {
  const entries = typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored;
  if (!Array.isArray(entries)) return null;
  return entries.map((entry: NoticeProjectRecord & { districtCode?: string | null }) => {
    if (entry.recommendingUnitCode !== undefined || entry.districtCode === undefined) return entry;
    const { districtCode, ...rest } = entry;
    return { ...rest, recommendingUnitCode: districtCode };
  });
}

const LEGACY_ENTRIES = { from: readNoticeEntries, to: (value: NoticeProjectRecord[] | null) => value };

/** A call's 公示 (one per call) and, once published, its approved list (认定名单). */
@Entity('public_notice')
@Index('UQ_public_notice_call', ['callId'], { unique: true })
export class PublicNoticeEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'call_id', type: 'int' })
  callId: number;

  @ManyToOne(() => CallEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'FK_public_notice_call' })
  call?: CallEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'json' })
  paragraphs: string[];

  @Column({ name: 'starts_on', type: 'varchar', length: 10 })
  startsOn: string;

  /** Last day, inclusive: from @shifan/domain's working-day calendar. */
  @Column({ name: 'ends_on', type: 'varchar', length: 10 })
  endsOn: string;

  @Column({ name: 'working_days', type: 'int' })
  workingDays: number;

  @Column({ type: 'json' })
  contact: { unit: string; person: string; phone: string; email: string | null; address: string | null };

  /** The shortlist as published (names as they stood), with projects withdrawn after an upheld objection marked. */
  @Column({ type: 'json', transformer: LEGACY_ENTRIES })
  projects: NoticeProjectRecord[];

  @Column({ name: 'published_at', type: 'datetime' })
  publishedAt: Date;

  @Column({ name: 'published_by', type: 'int' })
  publishedBy: number;

  @Column({ name: 'approved_at', type: 'datetime', nullable: true })
  approvedAt: Date | null;

  /** The approved list as published: the projects approved, in rank order. */
  @Column({ name: 'approved_entries', type: 'json', nullable: true, transformer: LEGACY_ENTRIES })
  approvedEntries: NoticeProjectRecord[] | null;

  /** 文号 of the 通知 publishing the approved list (e.g. 武经信〔2026〕12号), entered by the officer; null for older lists. */
  @Column({ name: 'approved_document_number', type: 'varchar', length: 50, nullable: true })
  approvedDocumentNumber: string | null;

  @VersionColumn({ type: 'int' })
  version: number;
}
