import { isMissing } from '@shifan/domain';
import type { z } from 'zod';

export type DraftData = Record<string, unknown>;

function cleanValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item && typeof item === 'object' ? cleanDraft(item as DraftData) : item));
  return value;
}

/** The values worth saving: blanks, nulls and NaN are left out (drafts may be incomplete, never hold placeholders). */
export function cleanDraft(values: DraftData): DraftData {
  const clean: DraftData = {};
  for (const [key, value] of Object.entries(values)) {
    if (isMissing(value)) continue;
    clean[key] = cleanValue(value);
  }
  return clean;
}

/** A stable text of a value for comparing two versions (object keys sorted). */
export function stableText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return `[${value.map(stableText).join(',')}]`;
  if (typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((key) => `${key}:${stableText((value as DraftData)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The names of the fields whose values differ between two drafts. */
export function differingFields(a: DraftData, b: DraftData): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => stableText(a[key]) !== stableText(b[key]));
}

/**
 * What can be saved now, as the draft schema normalises it (text trimmed): every field that is filled in is checked;
 * a field still being typed that does not pass yet (e.g. a name one character short) keeps its last saved value, so
 * an autosave never fails on it and never blanks it. Returns the payload and the fields held back.
 */
export function saveableDraft(values: DraftData, lastSaved: DraftData, draftSchema: z.ZodType): { data: DraftData; heldBack: string[] } {
  const clean = cleanDraft(values);
  const parsed = draftSchema.safeParse(clean);
  if (parsed.success) return { data: cleanDraft(parsed.data as DraftData), heldBack: [] };
  const heldBack = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')).filter((key) => key !== ''))];
  const data: DraftData = { ...clean };
  for (const key of heldBack) {
    if (lastSaved[key] === undefined) delete data[key];
    else data[key] = lastSaved[key];
  }
  // The fallback values were saved before, so they pass; anything else still refused is left out rather than sent.
  const again = draftSchema.safeParse(data);
  if (again.success) return { data: cleanDraft(again.data as DraftData), heldBack };
  for (const issue of again.error.issues) delete data[String(issue.path[0] ?? '')];
  const last = draftSchema.safeParse(data);
  return { data: last.success ? cleanDraft(last.data as DraftData) : {}, heldBack };
}
