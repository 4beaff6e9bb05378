import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The four demonstration programmes (seeded from @shifan/domain's PROGRAMME_CATEGORIES). */
@Entity('programme_category')
export class ProgrammeCategoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 100 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;
}
