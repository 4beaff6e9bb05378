import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DistrictEntity } from './district.entity';
import { IndustryFieldEntity } from './industry-field.entity';
import { ProgrammeCategoryEntity } from './programme-category.entity';
import { RecommendingUnitEntity } from './recommending-unit.entity';

/** The only code that reads the catalogue tables. */
@Injectable()
export class CatalogueRepository {
  constructor(private readonly dataSource: DataSource) {}

  categories(): Promise<ProgrammeCategoryEntity[]> {
    return this.dataSource.getRepository(ProgrammeCategoryEntity).find({ order: { sortOrder: 'ASC' } });
  }

  fields(): Promise<IndustryFieldEntity[]> {
    return this.dataSource.getRepository(IndustryFieldEntity).find({ order: { sortOrder: 'ASC' } });
  }

  districts(): Promise<DistrictEntity[]> {
    return this.dataSource.getRepository(DistrictEntity).find({ order: { code: 'ASC' } });
  }

  recommendingUnits(): Promise<RecommendingUnitEntity[]> {
    return this.dataSource.getRepository(RecommendingUnitEntity).find({ order: { sortOrder: 'ASC' } });
  }
}
