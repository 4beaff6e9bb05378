import type { LocalizedText } from '@shifan/domain';

export const APP_TEXTS = {
  subtitle: { zh: '企业申报', en: 'Enterprise applications' },
  documentTitle: { zh: '示范 · 企业申报', en: 'Shifan · Enterprise applications' },
} as const satisfies Record<string, LocalizedText>;
