import type { LocalizedText } from '@shifan/domain';

export const LIST_TEXTS = {
  actions: { zh: '操作', en: 'Actions' },
  cancel: { zh: '取消', en: 'Cancel' },
} as const satisfies Record<string, LocalizedText>;

export function totalText(total: number): LocalizedText {
  return { zh: `共 ${total} 条`, en: `${total} in all` };
}
