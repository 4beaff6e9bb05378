import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StoredFileColumns } from '../storage/stored-file.columns';
import { CallEntity } from '../calls/call.entity';

/**
 * The template file of a call's attachment slot (信用承诺书, 授权书 …), uploaded by the call's officer; enterprises
 * download it from their application's documents area. One per slot; replacing it writes a new object.
 */
@Entity('slot_template')
@Index('UQ_slot_template_call_slot', ['callId', 'slotKey'], { unique: true })
@Index('UQ_slot_template_object_key', ['objectKey'], { unique: true })
export class SlotTemplateEntity extends StoredFileColumns {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'call_id', type: 'int' })
  callId: number;

  @ManyToOne(() => CallEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'FK_slot_template_call' })
  call?: CallEntity;

  @Column({ name: 'slot_key', type: 'varchar', length: 64 })
  slotKey: string;

  @Column({ name: 'uploaded_by', type: 'int' })
  uploadedBy: number;

  @Column({ name: 'uploaded_at', type: 'datetime' })
  uploadedAt: Date;
}
