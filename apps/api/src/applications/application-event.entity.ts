import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One step of an application's status timeline. */
@Entity('application_event')
@Index('IDX_application_event_application', ['applicationId'])
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'application_id', type: 'int' })
  applicationId: number;

  @Column({ name: 'occurred_at', type: 'datetime' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 32 })
  action: string;

  @Column({ name: 'from_state', type: 'varchar', length: 32, nullable: true })
  fromState: string | null;

  @Column({ name: 'to_state', type: 'varchar', length: 32 })
  toState: string;

  @Column({ name: 'actor_id', type: 'int', nullable: true })
  actorId: number | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
