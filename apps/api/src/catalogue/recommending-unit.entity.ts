import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 推荐单位: the 13 districts and the functional zones (filled by migration 1765296000000 from the domain catalogue). */
@Entity('recommending_unit')
export class RecommendingUnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  /** 'district' | 'zone' */
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ name: 'full_name_zh', type: 'varchar', length: 100 })
  fullNameZh: string;

  @Column({ name: 'full_name_en', type: 'varchar', length: 200 })
  fullNameEn: string;

  @Column({ name: 'short_name_zh', type: 'varchar', length: 50 })
  shortNameZh: string;

  @Column({ name: 'short_name_en', type: 'varchar', length: 100 })
  shortNameEn: string;

  /** The administrative districts the unit overlaps, comma-separated GB/T 2260 codes. */
  @Column({ name: 'overlaps_district_codes', type: 'varchar', length: 100 })
  overlapsDistrictCodes: string;

  /** 1 when the unit was set up after the plan (2017-09-06). */
  @Column({ name: 'established_after_plan', type: 'int' })
  establishedAfterPlan: number;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;
}
