import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { EnterpriseEntity } from '../accounts/enterprise.entity';

/** The enterprise's profile (the facts eligibility reads), one per enterprise, edited with an optimistic version. */
@Entity('enterprise_profile')
export class EnterpriseProfileEntity {
  @PrimaryColumn({ name: 'enterprise_id', type: 'int' })
  enterpriseId: number;

  @OneToOne(() => EnterpriseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'FK_enterprise_profile_enterprise' })
  enterprise?: EnterpriseEntity;

  @Column({ type: 'json' })
  data: Record<string, unknown>;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  @VersionColumn({ type: 'int' })
  version: number;
}
