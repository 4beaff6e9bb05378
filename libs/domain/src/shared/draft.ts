/**
 * What a form holds while it is being filled in: any field may be absent, `null` or (for text) empty. Eligibility
 * rules read drafts so they can run live in the browser; an absent value is reported as `missing`, never `fail`.
 */
type DraftValue<V> = V extends readonly (infer U)[] ? readonly (U extends object ? Draft<U> : U)[] : V;

export type Draft<T> = { [K in keyof T]?: DraftValue<T[K]> | null };

/** True for `undefined`, `null`, blank text and `NaN`: the value has not been given yet. */
export function isMissing(value: unknown): value is undefined | null {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number') return Number.isNaN(value);
  return false;
}
