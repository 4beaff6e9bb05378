import type { LocalizedText } from '@shifan/domain';

export const APP_TEXTS = {
  subtitle: { zh: '评审管理', en: 'Review and administration' },
  documentTitle: { zh: '示范 · 评审管理', en: 'Shifan · Review and administration' },
} as const satisfies Record<string, LocalizedText>;
