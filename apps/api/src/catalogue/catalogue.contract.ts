import { RecommendingUnitViewSchema } from '@shifan/domain';
import { z } from 'zod';
import { defineEndpoint } from '../common/http/endpoint';

const Named = { code: z.string(), name: z.object({ zh: z.string(), en: z.string() }) };

export const CatalogueSchema = z
  .object({
    categories: z.array(z.object(Named)),
    fields: z.array(z.object({ ...Named, subFields: z.array(z.object(Named)) })),
    districts: z.array(z.object(Named)),
    recommendingUnits: z
      .array(RecommendingUnitViewSchema)
      .describe('推荐单位: the 13 districts and the functional zones; `name` is the short name'),
  })
  .meta({ id: 'Catalogue' });

export type Catalogue = z.infer<typeof CatalogueSchema>;

export const getCatalogue = defineEndpoint({
  method: 'get',
  path: '/api/catalogue',
  operationId: 'getCatalogue',
  summary: "The plan's programme categories, key fields with sub-fields, and Wuhan's districts and recommending units (推荐单位)",
  tags: ['catalogue'],
  access: { kind: 'public' },
  responses: { 200: { description: 'The catalogue as seeded from the plan', schema: CatalogueSchema } },
});
