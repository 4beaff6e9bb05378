import type { LocalizedText } from '@shifan/domain';

export const FORM_TEXTS = {
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  choose: { zh: '请选择', en: 'Choose' },
  industryPlaceholder: { zh: '两位代码，如 34', en: 'Two digits, e.g. 34' },
  addShareholder: { zh: '添加股东', en: 'Add a shareholder' },
  remove: { zh: '删除', en: 'Remove' },
} as const satisfies Record<string, LocalizedText>;
