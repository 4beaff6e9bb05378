import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A mail waiting to go out, written in the transaction of the change it reports (a status change, a deadline
 * reminder), so sending never happens inside that transaction nor can fail it. The `mail.outbox` job sends the rows
 * through the MailPort, retrying with back-off, and gives up after MAIL_MAX_ATTEMPTS.
 */
@Entity('mail_outbox')
@Index('IDX_mail_outbox_due', ['sentAt', 'nextAttemptAt'])
export class MailOutboxEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** status-change, deadline-reminder, … */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'application_id', type: 'int', nullable: true })
  applicationId: number | null;

  @Column({ name: 'call_id', type: 'int', nullable: true })
  callId: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Null once the mail is sent or given up. */
  @Column({ name: 'next_attempt_at', type: 'datetime', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'datetime', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'gave_up_at', type: 'datetime', nullable: true })
  gaveUpAt: Date | null;
}
