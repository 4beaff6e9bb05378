import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A deadline reminder sent for one application of a call: at most one per (call, application), whatever the number
 * of runs or processes (the unique index refuses a second).
 */
@Entity('deadline_reminder')
@Index('UQ_deadline_reminder_call_application', ['callId', 'applicationId'], { unique: true })
@Index('IDX_deadline_reminder_application', ['applicationId'])
export class DeadlineReminderEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'call_id', type: 'int' })
  callId: number;

  @Column({ name: 'application_id', type: 'int' })
  applicationId: number;

  /** The call's last day the reminder announced (Beijing date). */
  @Column({ name: 'deadline_on', type: 'varchar', length: 10 })
  deadlineOn: string;

  /** How many addresses the mail was queued for. */
  @Column({ type: 'int' })
  recipients: number;

  @Column({ name: 'sent_at', type: 'datetime' })
  sentAt: Date;
}
