import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** An enterprise that registered itself, identified by its 统一社会信用代码. */
@Entity('enterprise')
@Index('UQ_enterprise_uscc', ['uscc'], { unique: true })
export class EnterpriseEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'contact_name', type: 'varchar', length: 50 })
  contactName: string;

  @Column({ type: 'varchar', length: 11 })
  mobile: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @VersionColumn({ type: 'int' })
  version: number;
}
