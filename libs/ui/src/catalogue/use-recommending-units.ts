import { type Locale, recommendingUnitOptionLabel, type RecommendingUnitView, RecommendingUnitViewSchema } from '@shifan/domain';
import { useMemo } from 'react';
import { z } from 'zod';
import type { ApiError } from '../api/api-error';
import { useApiQuery } from '../api/use-api-query';

const CatalogueUnitsSchema = z.object({ recommendingUnits: z.array(RecommendingUnitViewSchema) });

export interface RecommendingUnitsQuery {
  /** The 18 units in catalogue order (the 13 districts, then the functional zones); empty while loading. */
  units: RecommendingUnitView[];
  loading: boolean;
  error: ApiError | null;
}

/** The 推荐单位 from the public catalogue API (GET /api/catalogue), for selects and filters in both apps. */
export function useRecommendingUnits(): RecommendingUnitsQuery {
  const query = useApiQuery('/api/catalogue', CatalogueUnitsSchema);
  return { units: query.data?.recommendingUnits ?? [], loading: query.loading, error: query.error };
}

/** Select options of the units: short name with the official name, searchable by either. */
export function useRecommendingUnitOptions(locale: Locale): { options: { value: string; label: string }[]; loading: boolean } {
  const { units, loading } = useRecommendingUnits();
  const options = useMemo(() => units.map((unit) => ({ value: unit.code, label: recommendingUnitOptionLabel(unit, locale) })), [units, locale]);
  return { options, loading };
}
