import { Injectable } from '@nestjs/common';
import type { Catalogue } from './catalogue.contract';
import { CatalogueRepository } from './catalogue.repository';

@Injectable()
export class CatalogueService {
  constructor(private readonly repository: CatalogueRepository) {}

  async catalogue(): Promise<Catalogue> {
    const [categories, fields, districts, units] = await Promise.all([this.repository.categories(), this.repository.fields(), this.repository.districts(), this.repository.recommendingUnits()]);
    const named = (row: { code: string; nameZh: string; nameEn: string }) => ({ code: row.code, name: { zh: row.nameZh, en: row.nameEn } });
    return {
      categories: categories.map(named),
      fields: fields
        .filter((field) => field.parentCode === null)
        .map((field) => ({ ...named(field), subFields: fields.filter((sub) => sub.parentCode === field.code).map(named) })),
      districts: districts.map(named),
      recommendingUnits: units.map((unit) => ({
        code: unit.code,
        name: { zh: unit.shortNameZh, en: unit.shortNameEn },
        kind: unit.kind === 'zone' ? ('zone' as const) : ('district' as const),
        fullName: { zh: unit.fullNameZh, en: unit.fullNameEn },
        overlapsDistrictCodes: unit.overlapsDistrictCodes.split(',').filter(Boolean),
        establishedAfterPlan: unit.establishedAfterPlan === 1,
      })),
    };
  }
}
