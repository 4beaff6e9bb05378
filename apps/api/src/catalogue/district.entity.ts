import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Wuhan's districts by GB/T 2260 code. */
@Entity('district')
export class DistrictEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 50 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn: string;
}
