import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fitColumn } from '../database/fit-column';

/** An in-app notification to an enterprise (all its accounts) or to one account. */
@Entity('notification')
@Index('IDX_notification_enterprise', ['enterpriseId'])
@Index('IDX_notification_account', ['accountId'])
export class NotificationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'enterprise_id', type: 'int', nullable: true })
  enterpriseId: number | null;

  @Column({ name: 'account_id', type: 'int', nullable: true })
  accountId: number | null;

  @Column({ name: 'application_id', type: 'int', nullable: true })
  applicationId: number | null;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  /** Composed by the server (it quotes the call's title): cut to fit, never refused. */
  @Column({ name: 'title_zh', type: 'varchar', length: 200, transformer: fitColumn(200) })
  titleZh: string;

  @Column({ name: 'title_en', type: 'varchar', length: 200, transformer: fitColumn(200) })
  titleEn: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'datetime', nullable: true })
  readAt: Date | null;
}
