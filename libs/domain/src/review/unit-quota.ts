import type { CallSettings } from '../eligibility/call-settings';

/**
 * How many applications a 推荐单位 may recommend to the city in a call: the call's per-unit override for that unit if
 * it has one, else the call's default `unitRecommendationQuota`. 0 means no limit.
 */
export function unitRecommendationQuota(review: Pick<CallSettings['review'], 'unitRecommendationQuota' | 'unitQuotaOverrides'>, unitCode: string): number {
  const override = review.unitQuotaOverrides?.[unitCode];
  return override ?? review.unitRecommendationQuota ?? 0;
}

/** Whether one more recommendation by the unit stays within its quota, given how many it has recommended already. */
export function withinUnitQuota(quota: number, alreadyRecommended: number): boolean {
  return quota === 0 || alreadyRecommended < quota;
}
