import type { LocalizedText } from '../i18n/localized-text';
import { planSource } from './plan-source';

/**
 * The plan's key fields (重点领域) and their sub-fields (细分领域), named exactly as in 武政〔2017〕26号 section
 * 二、重点领域 (../shared/seed/wuhan-mc2025-plan-2017-26.txt). The plan lists 4 fields and 14 sub-fields (5 + 2 + 5 + 2);
 * issue #3 says 13, the plan text wins. Annex 2 spells four sub-fields differently; `annex2Name` keeps its spelling.
 *
 * `industryCodes` are GB/T 4754-2017 groups (中类, see INDUSTRY_GROUPS). The mapping is this project's reading of
 * the plan's wording (domain-rules.md §5, [ASSUMED]); the group codes themselves are from the standard.
 */
export interface SubField {
  code: string;
  name: LocalizedText;
  /** GB/T 4754-2017 industry groups (3-digit 中类 codes) the sub-field draws on. */
  industryCodes: readonly string[];
  /** The sub-field's name as printed in 附件2 when it differs from section 二. */
  annex2Name?: string;
  source: string;
}

export interface KeyField {
  code: string;
  name: LocalizedText;
  subFields: readonly SubField[];
  source: string;
}

const IT = '二、重点领域（一）信息技术';
const LIFE = '二、重点领域（二）生命健康';
const EQUIP = '二、重点领域（三）高端装备';
const AUTO = '二、重点领域（四）新能源汽车与智能网联汽车';

export const KEY_FIELDS: readonly KeyField[] = [
  {
    code: 'IT',
    name: { zh: '信息技术', en: 'Information technology' },
    source: planSource(IT),
    subFields: [
      { code: 'IT_OPTICAL', name: { zh: '光通信', en: 'Optical communication' }, industryCodes: ['383', '397', '392'], source: planSource(`${IT} 1.光通信`) },
      { code: 'IT_IC', name: { zh: '集成电路', en: 'Integrated circuits' }, industryCodes: ['397', '356', '398'], source: planSource(`${IT} 2.集成电路`) },
      { code: 'IT_DISPLAY', name: { zh: '新型显示与智能终端', en: 'New displays and smart terminals' }, industryCodes: ['397', '392', '396'], source: planSource(`${IT} 3.新型显示与智能终端`) },
      {
        code: 'IT_MOBILE',
        name: { zh: '新一代移动通信及下一代互联网', en: 'Next-generation mobile communication and next-generation internet' },
        industryCodes: ['392', '391'],
        annex2Name: '新一代移动通信与下一代互联网',
        source: planSource(`${IT} 4.新一代移动通信及下一代互联网`),
      },
      { code: 'IT_GEOSPATIAL', name: { zh: '地球空间信息', en: 'Geospatial information' }, industryCodes: ['402', '397', '392', '404'], source: planSource(`${IT} 5.地球空间信息`) },
    ],
  },
  {
    code: 'LIFE',
    name: { zh: '生命健康', en: 'Life and health' },
    source: planSource(LIFE),
    subFields: [
      {
        code: 'LIFE_PHARMA',
        name: { zh: '生物医药与中药现代化', en: 'Biomedicine and modernised traditional Chinese medicine' },
        industryCodes: ['271', '272', '273', '274', '276'],
        annex2Name: '生物医药与药代现代化',
        source: planSource(`${LIFE} 1.生物医药与中药现代化`),
      },
      {
        code: 'LIFE_DEVICES',
        name: { zh: '高性能医疗器械与精准医疗服务', en: 'High-performance medical devices and precision medical services' },
        industryCodes: ['358'],
        source: planSource(`${LIFE} 2.高性能医疗器械与精准医疗服务`),
      },
    ],
  },
  {
    code: 'EQUIP',
    name: { zh: '高端装备', en: 'High-end equipment' },
    source: planSource(EQUIP),
    subFields: [
      { code: 'EQUIP_SMART', name: { zh: '智能装备', en: 'Intelligent equipment' }, industryCodes: ['349', '342', '401', '385'], source: planSource(`${EQUIP} 1.智能装备`) },
      {
        code: 'EQUIP_AERO',
        name: { zh: '商业航天与临空制造', en: 'Commercial aerospace and airport-economy manufacturing' },
        industryCodes: ['374', '396', '434'],
        annex2Name: '商业航天与空制造',
        source: planSource(`${EQUIP} 2.商业航天与临空制造`),
      },
      {
        code: 'EQUIP_MARINE',
        name: { zh: '高技术船舶与海洋工程装备', en: 'High-tech ships and offshore engineering equipment' },
        industryCodes: ['373'],
        annex2Name: '高技术船舶与海洋装备',
        source: planSource(`${EQUIP} 3.高技术船舶与海洋工程装备`),
      },
      { code: 'EQUIP_RAIL', name: { zh: '轨道交通装备', en: 'Rail transit equipment' }, industryCodes: ['371', '372'], source: planSource(`${EQUIP} 4.轨道交通装备`) },
      {
        code: 'EQUIP_POWER',
        name: { zh: '先进电力装备与智能电网', en: 'Advanced power equipment and smart grid' },
        industryCodes: ['341', '381', '382', '383'],
        source: planSource(`${EQUIP} 5.先进电力装备与智能电网`),
      },
    ],
  },
  {
    code: 'AUTO',
    name: { zh: '新能源汽车与智能网联汽车', en: 'New-energy and intelligent connected vehicles' },
    source: planSource(AUTO),
    subFields: [
      { code: 'AUTO_NEV', name: { zh: '新能源汽车', en: 'New-energy vehicles' }, industryCodes: ['361', '367', '384'], source: planSource(`${AUTO} 1.新能源汽车`) },
      { code: 'AUTO_SMART', name: { zh: '智能汽车', en: 'Intelligent vehicles' }, industryCodes: ['361', '367', '396'], source: planSource(`${AUTO} 2.智能汽车`) },
    ],
  },
];

/** Every sub-field code, in the plan's order. */
export const SUB_FIELD_CODES: readonly string[] = KEY_FIELDS.flatMap((field) => field.subFields.map((sub) => sub.code));

export function findKeyField(code: string): KeyField | undefined {
  return KEY_FIELDS.find((field) => field.code === code);
}

export function findSubField(code: string): (SubField & { keyFieldCode: string }) | undefined {
  for (const field of KEY_FIELDS) {
    const sub = field.subFields.find((candidate) => candidate.code === code);
    if (sub) return { ...sub, keyFieldCode: field.code };
  }
  return undefined;
}

/** The sub-field's Chinese name as printed on documents and lists; the code when unknown, '' for none. */
export function subFieldNameZh(code: string | null): string {
  return code ? (findSubField(code)?.name.zh ?? code) : '';
}
