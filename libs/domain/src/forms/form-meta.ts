import type { LocalizedText } from '../i18n/localized-text';
import { localizedMessage } from '../i18n/localized-text';

/**
 * Labels, units and sections of a form, kept beside its zod schema so the schema stays a plain zod object that
 * both the API (validation) and react-hook-form (zodResolver) can use.
 */
export interface FormSection {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
}

export interface FieldMeta {
  section: string;
  label: LocalizedText;
  unit?: LocalizedText;
  help?: LocalizedText;
}

export interface FormMeta<T> {
  sections: readonly FormSection[];
  /** One entry per field of the schema: the compiler checks that none is left out. */
  fields: { readonly [K in keyof T]-?: FieldMeta };
}

export const UNITS = {
  wanYuan: { zh: '万元', en: '10,000 yuan' },
  percent: { zh: '%', en: '%' },
  persons: { zh: '人', en: 'persons' },
  year: { zh: '年', en: 'year' },
  count: { zh: '个', en: 'count' },
} as const satisfies Record<string, LocalizedText>;

/** A zod message in both languages (decoded per reader with `decodeLocalizedMessage`). */
export function bilingual(zh: string, en: string): string {
  return localizedMessage({ zh, en });
}
