import { median, trimmedMean } from './trimmed-mean';

/** One application's expert totals and when it was submitted (ISO 8601 timestamp or date). */
export interface RankingEntry {
  applicationId: string;
  expertTotals: readonly number[];
  submittedAt: string;
}

export interface RankedApplication {
  applicationId: string;
  rank: number;
  trimmedMean: number;
  median: number;
  submittedAt: string;
  /** At or above the pass line. */
  passed: boolean;
  /** Within the quota and passed: the shortlist. */
  withinQuota: boolean;
}

export interface RankingOptions {
  quota: number;
  /** Minimum trimmed mean to be shortlisted; 0 when there is none. */
  passLine?: number;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function compareSubmission(a: string, b: string): number {
  const timeA = Date.parse(a);
  const timeB = Date.parse(b);
  if (!Number.isNaN(timeA) && !Number.isNaN(timeB) && timeA !== timeB) return timeA - timeB;
  return compareText(a, b);
}

/**
 * Ranks by trimmed mean, then median, then earlier submission, then application id (so ties always resolve the
 * same way), and cuts at the quota among those that reach the pass line. Ranks are 1…n without gaps.
 */
export function rankApplications(entries: readonly RankingEntry[], { quota, passLine = 0 }: RankingOptions): RankedApplication[] {
  if (!Number.isInteger(quota) || quota < 0) throw new RangeError(`quota must be an integer ≥ 0, got ${quota}`);
  const scored = entries.map((entry) => ({
    applicationId: entry.applicationId,
    submittedAt: entry.submittedAt,
    trimmedMean: trimmedMean(entry.expertTotals),
    median: median(entry.expertTotals),
  }));
  scored.sort(
    (a, b) =>
      b.trimmedMean - a.trimmedMean ||
      b.median - a.median ||
      compareSubmission(a.submittedAt, b.submittedAt) ||
      compareText(a.applicationId, b.applicationId),
  );
  let shortlisted = 0;
  return scored.map((entry, index) => {
    const passed = entry.trimmedMean >= passLine;
    const withinQuota = passed && shortlisted < quota;
    if (withinQuota) shortlisted += 1;
    return { ...entry, rank: index + 1, passed, withinQuota };
  });
}
