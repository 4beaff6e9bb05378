import type { LocalizedText } from '@shifan/domain';

export const HOME_TEXTS = {
  title: { zh: '评审管理', en: 'Review and administration' },
  intro: {
    zh: '本平台供推荐单位（各区人民政府及东湖高新区等功能区管委会）对选择本单位的企业的申报进行初审与推荐，供市经济和信息化局开展形式审查、组织专家评审、公示与立项，并供评审专家在线评分。',
    en: 'For recommending-unit officers (districts and functional zones), who check and recommend the applications of the enterprises that chose their unit; for city bureau officers, who run the formal check, the expert panel, the public notice and the decisions; and for experts, who score applications online.',
  },
  districtsHeading: { zh: '推荐单位', en: 'Recommending units' },
  districtsNote: {
    zh: '负责初审和推荐的 13 个区人民政府和功能区管委会；区的代码为行政区划代码（GB/T 2260），功能区为本平台代码。',
    en: 'The 13 district governments and the functional zones’ committees that check and recommend applications; a district’s code is its GB/T 2260 code, a zone’s the portal’s own.',
  },
  codeColumn: { zh: '代码', en: 'Code' },
  nameColumn: { zh: '简称', en: 'Short name' },
  fullNameColumn: { zh: '全称', en: 'Official name' },
  afterPlan: { zh: '规划印发后设立', en: 'Set up after the plan' },
} as const satisfies Record<string, LocalizedText>;

export function districtTotal(total: number): LocalizedText {
  return { zh: `共 ${total} 个推荐单位`, en: `${total} recommending units` };
}
