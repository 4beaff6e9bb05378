import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last receipt number handed out in a call; locked while the next one is taken, so numbers have no gaps. */
@Entity('receipt_counter')
export class ReceiptCounterEntity {
  @PrimaryColumn({ name: 'call_id', type: 'int' })
  callId: number;

  @Column({ name: 'last_no', type: 'int' })
  lastNo: number;
}
