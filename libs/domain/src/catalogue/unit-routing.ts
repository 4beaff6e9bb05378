import { isRecommendingUnitCode, suggestRecommendingUnit } from './recommending-units';

/**
 * The 推荐单位 an application (at submission) or a 企业认证 request (when its documents are complete) is routed to:
 * the unit the enterprise chose in its profile. A profile stored before units existed (no `recommendingUnitCode`) falls
 * back to the suggestion from its zone, district and USCC — the same value the migration wrote into stored profiles.
 * Null when nothing names a unit (the request then waits for a city officer).
 */
export function routedRecommendingUnit(profile: Readonly<Record<string, unknown>>): string | null {
  const chosen = profile.recommendingUnitCode;
  if (typeof chosen === 'string' && isRecommendingUnitCode(chosen)) return chosen;
  const text = (key: string) => (typeof profile[key] === 'string' ? (profile[key] as string) : null);
  return suggestRecommendingUnit({ devZone: text('devZone'), registeredDistrictCode: text('registeredDistrictCode'), uscc: text('uscc') });
}
