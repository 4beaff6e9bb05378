import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The chain's single head row, locked while a record is appended: appends are serialised across instances. */
@Entity('audit_head')
export class AuditHeadEntity {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ name: 'last_seq', type: 'int' })
  lastSeq: number;

  @Column({ name: 'last_hash', type: 'varchar', length: 64 })
  lastHash: string;
}
