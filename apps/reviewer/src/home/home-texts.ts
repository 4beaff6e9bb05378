import type { LocalizedText } from '@shifan/domain';

export const HOME_TEXTS = {
  title: { zh: '评审管理', en: 'Review and administration' },
  intro: {
    zh: '本平台供区经信部门对辖区企业的申报进行初审与推荐，供市经济和信息化局开展形式审查、组织专家评审、公示与立项，并供评审专家在线评分。',
    en: 'For district officers, who check and recommend the applications of enterprises in their district; for city bureau officers, who run the formal check, the expert panel, the public notice and the decisions; and for experts, who score applications online.',
  },
  districtsHeading: { zh: '行政区', en: 'Districts' },
  districtsNote: {
    zh: '武汉市 13 个行政区及其行政区划代码（GB/T 2260）。',
    en: "Wuhan's 13 districts and their administrative division codes (GB/T 2260).",
  },
  codeColumn: { zh: '区划代码', en: 'Division code' },
  nameColumn: { zh: '名称', en: 'Name' },
} as const satisfies Record<string, LocalizedText>;

export function districtTotal(total: number): LocalizedText {
  return { zh: `共 ${total} 个区`, en: `${total} districts` };
}
