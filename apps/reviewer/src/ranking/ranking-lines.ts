import type { RankingRow } from '@shifan/domain';

/** A marker row between ranked applications: the quota line (名额线) or the pass line (合格线). */
export interface RankingLine {
  kind: 'quota' | 'pass';
  /** How many rows are above it. */
  above: number;
}

export type RankingItem = { kind: 'row'; row: RankingRow } | RankingLine;

/** The item's table key. */
export function rankingItemKey(item: RankingItem): string {
  return item.kind === 'row' ? `row-${item.row.applicationId}` : `line-${item.kind}`;
}

/**
 * The ranked rows (by rank) with the quota line after the last row within the quota (at the top when none is) and,
 * when it falls lower, the pass line after the last row that reaches the pass line. Nothing is added to an empty
 * ranking.
 */
export function withRankingLines(rows: readonly RankingRow[]): RankingItem[] {
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => a.rank - b.rank);
  const lastWithin = sorted.reduce((last, row, index) => (row.withinQuota ? index : last), -1);
  const lastPassed = sorted.reduce((last, row, index) => (row.passed ? index : last), -1);
  const items: RankingItem[] = [];
  if (lastWithin === -1) items.push({ kind: 'quota', above: 0 });
  sorted.forEach((row, index) => {
    items.push({ kind: 'row', row });
    if (index === lastWithin) items.push({ kind: 'quota', above: index + 1 });
    if (index === lastPassed && lastPassed > lastWithin) items.push({ kind: 'pass', above: index + 1 });
  });
  return items;
}

/** Whether a row may still be decided: scored and not yet shortlisted or declined. */
export function isUndecided(row: Pick<RankingRow, 'state' | 'decision'>): boolean {
  return row.state === 'scored' && row.decision === null;
}

/** Whether a row may be shortlisted now: undecided, at or above the pass line, and places left in the quota. */
export function canShortlist(row: Pick<RankingRow, 'state' | 'decision' | 'passed'>, ranking: { quota: number; shortlisted: number }): boolean {
  return isUndecided(row) && row.passed && ranking.shortlisted < ranking.quota;
}
