import { z } from 'zod';
import type { Locale } from '../i18n/localized-text';
import type { RecommendingUnit } from './recommending-units';

const Localized = z.object({ zh: z.string(), en: z.string() });

/** A 推荐单位 as the public catalogue API serves it (GET /api/catalogue) and both apps read it. */
export const RecommendingUnitViewSchema = z
  .object({
    code: z.string(),
    name: Localized.describe('Short name used in lists and exports'),
    kind: z.enum(['district', 'zone']),
    fullName: Localized.describe('Official name printed on documents'),
    overlapsDistrictCodes: z.array(z.string()).describe('Administrative districts the unit overlaps'),
    establishedAfterPlan: z.boolean(),
  })
  .meta({ id: 'RecommendingUnit' });
export type RecommendingUnitView = z.infer<typeof RecommendingUnitViewSchema>;

/** The view of a catalogue entry (what the table the migration fills holds). */
export function toRecommendingUnitView(unit: RecommendingUnit): RecommendingUnitView {
  return { code: unit.code, name: unit.shortName, kind: unit.kind, fullName: unit.fullName, overlapsDistrictCodes: [...unit.overlapsDistrictCodes], establishedAfterPlan: unit.establishedAfterPlan };
}

/** A select option naming the unit by its short and its official name, e.g. `东湖高新区（武汉东湖新技术开发区管理委员会）`. */
export function recommendingUnitOptionLabel(unit: Pick<RecommendingUnitView, 'name' | 'fullName'>, locale: Locale): string {
  return locale === 'en' ? `${unit.name.en} (${unit.fullName.en})` : `${unit.name.zh}（${unit.fullName.zh}）`;
}
