import { DEFAULT_REVIEW } from '../eligibility/call-settings';
import { unitRecommendationQuota, withinUnitQuota } from './unit-quota';

describe('per-unit recommendation quota', () => {
  it('is unlimited by default (0) for every unit', () => {
    expect(DEFAULT_REVIEW.unitRecommendationQuota).toBe(0);
    expect(unitRecommendationQuota(DEFAULT_REVIEW, 'DHGX')).toBe(0);
    expect(withinUnitQuota(0, 500)).toBe(true);
  });

  it('takes the call’s default for a unit without an override, and the override for a unit with one', () => {
    const review = { unitRecommendationQuota: 3, unitQuotaOverrides: { DHGX: 8, '420113': 0 } };
    expect(unitRecommendationQuota(review, '420111')).toBe(3);
    expect(unitRecommendationQuota(review, 'DHGX')).toBe(8);
    // An override of 0 lifts the cap for that unit.
    expect(unitRecommendationQuota(review, '420113')).toBe(0);
    expect(unitRecommendationQuota({ unitRecommendationQuota: 2 }, 'DHGX')).toBe(2);
  });

  it('allows one more recommendation while fewer than the quota are recommended', () => {
    expect(withinUnitQuota(2, 0)).toBe(true);
    expect(withinUnitQuota(2, 1)).toBe(true);
    expect(withinUnitQuota(2, 2)).toBe(false);
  });
});
