import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The plan's key fields (parent_code null) and their sub-fields. */
@Entity('industry_field')
export class IndustryFieldEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: string;

  @Column({ name: 'parent_code', type: 'varchar', length: 32, nullable: true })
  parentCode: string | null;

  @Column({ name: 'name_zh', type: 'varchar', length: 100 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;
}
