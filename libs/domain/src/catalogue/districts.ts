import type { LocalizedText } from '../i18n/localized-text';

/** Wuhan's 13 districts with their GB/T 2260 codes (NBS 2023 统计用区划代码; domain-rules.md §3). */
export interface District {
  code: string;
  name: LocalizedText;
}

export const WUHAN_CITY_CODE = '420100';

export const DISTRICTS: readonly District[] = [
  { code: '420102', name: { zh: '江岸区', en: "Jiang'an" } },
  { code: '420103', name: { zh: '江汉区', en: 'Jianghan' } },
  { code: '420104', name: { zh: '硚口区', en: 'Qiaokou' } },
  { code: '420105', name: { zh: '汉阳区', en: 'Hanyang' } },
  { code: '420106', name: { zh: '武昌区', en: 'Wuchang' } },
  { code: '420107', name: { zh: '青山区', en: 'Qingshan' } },
  { code: '420111', name: { zh: '洪山区', en: 'Hongshan' } },
  { code: '420112', name: { zh: '东西湖区', en: 'Dongxihu' } },
  { code: '420113', name: { zh: '汉南区', en: 'Hannan' } },
  { code: '420114', name: { zh: '蔡甸区', en: 'Caidian' } },
  { code: '420115', name: { zh: '江夏区', en: 'Jiangxia' } },
  { code: '420116', name: { zh: '黄陂区', en: 'Huangpi' } },
  { code: '420117', name: { zh: '新洲区', en: 'Xinzhou' } },
];

/**
 * Development zones have no GB/T 2260 code; they are a separate field beside the district. The short codes are
 * the portal's own (domain-rules.md §3), never 6-digit division codes.
 */
export type DevZoneCode = 'NONE' | 'DHGX' | 'WHJK' | 'LKG' | 'HGQ' | 'CJXQ' | 'DHFJ';

export interface DevZone {
  code: DevZoneCode;
  name: LocalizedText;
  /**
   * Districts that host the zone's streets in NBS 2023 统计用区划代码 (domain-rules.md §3). Which streets a zone
   * administers is an inference there; 化工区 is [ASSUMED]; empty where no source was found.
   */
  hostDistrictCodes: readonly string[];
}

export const DEV_ZONES: readonly DevZone[] = [
  { code: 'NONE', name: { zh: '不属于开发区', en: 'Not in a development zone' }, hostDistrictCodes: [] },
  { code: 'DHGX', name: { zh: '东湖新技术开发区', en: 'East Lake High-Tech Development Zone' }, hostDistrictCodes: ['420111', '420115'] },
  { code: 'WHJK', name: { zh: '武汉经济技术开发区', en: 'Wuhan Economic and Technological Development Zone' }, hostDistrictCodes: ['420114', '420113'] },
  { code: 'LKG', name: { zh: '临空港经济技术开发区', en: 'Linkonggang Economic and Technological Development Zone' }, hostDistrictCodes: ['420112'] },
  { code: 'HGQ', name: { zh: '武汉化学工业区', en: 'Wuhan Chemical Industry Zone' }, hostDistrictCodes: ['420107', '420111'] },
  { code: 'CJXQ', name: { zh: '长江新区', en: 'Changjiang New Area' }, hostDistrictCodes: [] },
  { code: 'DHFJ', name: { zh: '东湖生态旅游风景区', en: 'East Lake Scenic Area' }, hostDistrictCodes: [] },
];

export const DISTRICT_CODES: readonly string[] = DISTRICTS.map((district) => district.code);

export const DEV_ZONE_CODES: readonly DevZoneCode[] = DEV_ZONES.map((zone) => zone.code);

export function isWuhanDistrictCode(code: string): boolean {
  return DISTRICT_CODES.includes(code);
}

export function findDevZone(code: string): DevZone | undefined {
  return DEV_ZONES.find((zone) => zone.code === code);
}

export function findDistrict(code: string): District | undefined {
  return DISTRICTS.find((district) => district.code === code);
}

/** The district's Chinese name as printed on documents and lists; the code when unknown, '' for none. */
export function districtNameZh(code: string | null): string {
  return code ? (findDistrict(code)?.name.zh ?? code) : '';
}
