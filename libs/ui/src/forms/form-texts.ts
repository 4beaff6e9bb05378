import type { LocalizedText } from '@shifan/domain';

export const FORM_TEXTS = {
  detailSeparator: { zh: '；', en: '; ' },
} as const satisfies Record<string, LocalizedText>;
