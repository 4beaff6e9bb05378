import { roundTo } from '../shared/rounding';
import { SCORE_DECIMALS, trimmedMean } from './trimmed-mean';

/** Default distance from the panel's trimmed mean beyond which an expert must give a written reason (call setting). */
export const DEFAULT_OUTLIER_THRESHOLD_POINTS = 15;

export interface ExpertTotal {
  expertId: string;
  total: number;
}

export interface OutlierCheck extends ExpertTotal {
  /** |total − panel trimmed mean|, rounded to 0.01. */
  deviation: number;
  /** True when the deviation is strictly greater than the threshold: a written reason is required. */
  isOutlier: boolean;
}

export function flagOutliers(totals: readonly ExpertTotal[], thresholdPoints: number = DEFAULT_OUTLIER_THRESHOLD_POINTS): OutlierCheck[] {
  if (totals.length === 0) return [];
  const centre = trimmedMean(totals.map((entry) => entry.total));
  return totals.map((entry) => {
    const deviation = roundTo(Math.abs(entry.total - centre), SCORE_DECIMALS);
    return { ...entry, deviation, isOutlier: deviation > thresholdPoints };
  });
}

/** Totals needed before outliers are judged: with fewer, the trimmed mean is the plain mean of one or two scores. */
export const MIN_TOTALS_FOR_OUTLIERS = 3;

/** `flagOutliers` once there are at least {@link MIN_TOTALS_FOR_OUTLIERS} totals; none are flagged before that. */
export function flagOutliersOnceEnough(totals: readonly ExpertTotal[], thresholdPoints: number = DEFAULT_OUTLIER_THRESHOLD_POINTS): OutlierCheck[] {
  if (totals.length < MIN_TOTALS_FOR_OUTLIERS) return totals.map((entry) => ({ ...entry, deviation: 0, isOutlier: false }));
  return flagOutliers(totals, thresholdPoints);
}
