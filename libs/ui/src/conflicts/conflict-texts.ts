import type { LocalizedText } from '@shifan/domain';

export const CONFLICT_TEXTS = {
  title: { zh: '内容已在别处被修改', en: 'Changed elsewhere' },
  field: { zh: '字段', en: 'Field' },
  mine: { zh: '我的版本（未保存）', en: 'Yours (not saved)' },
  theirs: { zh: '服务器上的版本', en: 'On the server' },
  keepMine: { zh: '保留我的版本', en: 'Keep mine' },
  takeTheirs: { zh: '采用服务器版本', en: 'Take theirs' },
  keepMineHint: { zh: '用我的内容覆盖服务器上的版本', en: 'Save my version over the one on the server' },
  takeTheirsHint: { zh: '放弃我未保存的修改，载入服务器上的版本', en: 'Drop my unsaved changes and load the server’s version' },
  noDifferences: { zh: '两个版本的内容相同，只是版本号不同。', en: 'Both versions hold the same content; only the version numbers differ.' },
  loading: { zh: '正在读取服务器上的版本…', en: 'Reading the server’s version…' },
  decideLater: { zh: '稍后决定', en: 'Decide later' },
  empty: { zh: '（空）', en: '(empty)' },
} as const satisfies Record<string, LocalizedText>;

export function differencesText(count: number): LocalizedText {
  return { zh: `以下 ${count} 个字段不同：`, en: `${count} field(s) differ:` };
}

export function serverVersionText(version: number, when: string): LocalizedText {
  return { zh: `服务器版本 v${version}，保存于 ${when}`, en: `Server version v${version}, saved ${when}` };
}
