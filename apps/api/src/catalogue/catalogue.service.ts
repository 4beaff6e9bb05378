import { Injectable } from '@nestjs/common';
import type { Catalogue } from './catalogue.contract';
import { CatalogueRepository } from './catalogue.repository';

@Injectable()
export class CatalogueService {
  constructor(private readonly repository: CatalogueRepository) {}

  async catalogue(): Promise<Catalogue> {
    const [categories, fields, districts] = await Promise.all([this.repository.categories(), this.repository.fields(), this.repository.districts()]);
    const named = (row: { code: string; nameZh: string; nameEn: string }) => ({ code: row.code, name: { zh: row.nameZh, en: row.nameEn } });
    return {
      categories: categories.map(named),
      fields: fields
        .filter((field) => field.parentCode === null)
        .map((field) => ({ ...named(field), subFields: fields.filter((sub) => sub.parentCode === field.code).map(named) })),
      districts: districts.map(named),
    };
  }
}
