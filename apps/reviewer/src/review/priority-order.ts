import type { ReviewApplicationSummary } from '@shifan/domain';

/** Recommended applications by their 推荐单位's priority (1 first); any without one go last, oldest submission first. */
export function sortByPriority<T extends Pick<ReviewApplicationSummary, 'id' | 'unitPriority' | 'submittedAt'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const pa = a.unitPriority ?? Number.POSITIVE_INFINITY;
    const pb = b.unitPriority ?? Number.POSITIVE_INFINITY;
    if (pa !== pb) return pa - pb;
    const sa = a.submittedAt ?? '';
    const sb = b.submittedAt ?? '';
    if (sa !== sb) return sa < sb ? -1 : 1;
    return a.id - b.id;
  });
}

/** The list with the item at `index` moved by `delta` places (−1 up, +1 down); unchanged when it cannot move. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length || delta === 0) return [...items];
  const next = [...items];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved);
  return next;
}
