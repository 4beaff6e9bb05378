import type { LocalizedText } from '../i18n/localized-text';
import { DISTRICTS, findDevZone, isWuhanDistrictCode } from './districts';

/**
 * 推荐单位: the units that check and recommend applications to the city bureau. The plan (武政〔2017〕26号, 三、保障措施)
 * assigns the work to "各区人民政府(含东湖高新区、经开区、化工区)": the 13 districts and the functional zones recommend alike.
 *
 * A district's unit code is its GB/T 2260 code; a zone's is the portal's own short code (domain-rules.md §3: zones have
 * no division code, and none is invented). `overlapsDistrictCodes` are the administrative districts whose ground the
 * unit administers in whole or part (domain-rules.md §3 reading of NBS 2023 street codes; 化工区 [ASSUMED]).
 */
export type RecommendingUnitKind = 'district' | 'zone';

export interface RecommendingUnit {
  code: string;
  kind: RecommendingUnitKind;
  /** The official name printed on documents: the district's people's government or the zone's 管理委员会. */
  fullName: LocalizedText;
  /** The short name used in lists and exports. */
  shortName: LocalizedText;
  overlapsDistrictCodes: readonly string[];
  /** The unit did not exist when the plan was issued (2017-09-06); it recommends for calls opened after it was set up. */
  establishedAfterPlan: boolean;
  /** Where the unit's facts come from, or why they are an assumption. */
  note?: string;
}

const DISTRICT_UNITS: RecommendingUnit[] = DISTRICTS.map((district) => ({
  code: district.code,
  kind: 'district',
  fullName: { zh: `${district.name.zh}人民政府`, en: `People's Government of ${district.name.en} District` },
  shortName: { zh: district.name.zh, en: `${district.name.en} District` },
  overlapsDistrictCodes: [district.code],
  establishedAfterPlan: false,
}));

const ZONE_UNITS: RecommendingUnit[] = [
  {
    code: 'DHGX',
    kind: 'zone',
    fullName: { zh: '武汉东湖新技术开发区管理委员会', en: 'Administrative Committee of Wuhan East Lake High-Tech Development Zone' },
    shortName: { zh: '东湖高新区', en: 'East Lake High-Tech Zone' },
    overlapsDistrictCodes: ['420111', '420115'],
    establishedAfterPlan: false,
    note: 'Named in the plan (武政〔2017〕26号 三). Streets under 洪山区 and 江夏区 (domain-rules.md §3).',
  },
  {
    code: 'WHJK',
    kind: 'zone',
    fullName: { zh: '武汉经济技术开发区管理委员会', en: 'Administrative Committee of Wuhan Economic and Technological Development Zone' },
    shortName: { zh: '武汉经开区', en: 'Wuhan Economic Development Zone' },
    overlapsDistrictCodes: ['420114', '420113'],
    establishedAfterPlan: false,
    note: 'Named in the plan (经开区). Administers 汉南区 and 沌口、军山 under 蔡甸区 (domain-rules.md §3).',
  },
  {
    code: 'HGQ',
    kind: 'zone',
    fullName: { zh: '武汉化学工业区管理委员会', en: 'Administrative Committee of Wuhan Chemical Industry Zone' },
    shortName: { zh: '化工区', en: 'Chemical Industry Zone' },
    overlapsDistrictCodes: ['420107', '420111'],
    establishedAfterPlan: false,
    note: 'Named in the plan (化工区). Overlapping districts [ASSUMED] (domain-rules.md §3).',
  },
  {
    code: 'LKG',
    kind: 'zone',
    fullName: { zh: '武汉临空港经济技术开发区管理委员会', en: 'Administrative Committee of Wuhan Linkonggang Economic and Technological Development Zone' },
    shortName: { zh: '临空港经开区', en: 'Linkonggang Development Zone' },
    overlapsDistrictCodes: ['420112'],
    establishedAfterPlan: false,
    note: 'Integrated with 东西湖区 (domain-rules.md §3); not named in the plan\'s list, it recommends as a functional zone.',
  },
  {
    code: 'CJXQ',
    kind: 'zone',
    fullName: { zh: '武汉长江新区管理委员会', en: 'Administrative Committee of Wuhan Changjiang New Area' },
    shortName: { zh: '长江新区', en: 'Changjiang New Area' },
    overlapsDistrictCodes: ['420116', '420117'],
    establishedAfterPlan: true,
    note: 'Set up after the plan was issued; overlapping districts (黄陂区, 新洲区) [ASSUMED].',
  },
];

export const RECOMMENDING_UNITS: readonly RecommendingUnit[] = [...DISTRICT_UNITS, ...ZONE_UNITS];

export const RECOMMENDING_UNIT_CODES: readonly string[] = RECOMMENDING_UNITS.map((unit) => unit.code);

export function findRecommendingUnit(code: string | null | undefined): RecommendingUnit | undefined {
  return code ? RECOMMENDING_UNITS.find((unit) => unit.code === code) : undefined;
}

export function isRecommendingUnitCode(code: string): boolean {
  return RECOMMENDING_UNIT_CODES.includes(code);
}

/** The unit's short Chinese name as printed in lists; the code when unknown, '' for none. */
export function recommendingUnitNameZh(code: string | null | undefined): string {
  return code ? (findRecommendingUnit(code)?.shortName.zh ?? code) : '';
}

/** The unit's official Chinese name as printed on documents (cover of the 申报书, 推荐单位意见); '' for none. */
export function recommendingUnitFullNameZh(code: string | null | undefined): string {
  return code ? (findRecommendingUnit(code)?.fullName.zh ?? code) : '';
}

/**
 * Names by which a registered address points to a functional zone (the zone's own names and the places its
 * committee administers, domain-rules.md §3). Matched as written in the address; the first zone named wins.
 */
const ZONE_ADDRESS_NAMES: readonly { code: string; names: readonly string[] }[] = [
  { code: 'DHGX', names: ['东湖新技术开发区', '东湖高新', '光谷'] },
  { code: 'WHJK', names: ['武汉经济技术开发区', '经济技术开发区（汉南区）', '武汉经开区', '沌口'] },
  { code: 'HGQ', names: ['化学工业区', '化工区'] },
  { code: 'LKG', names: ['临空港'] },
  { code: 'CJXQ', names: ['长江新区'] },
];

function unitNamedInAddress(address: string): string | null {
  const zone = ZONE_ADDRESS_NAMES.find((entry) => entry.names.some((name) => address.includes(name)));
  if (zone) return zone.code;
  return DISTRICTS.find((district) => address.includes(district.name.zh))?.code ?? null;
}

/**
 * The unit an enterprise most likely belongs to, to prefill its choice (it may change it): a functional zone it says
 * it is in, or one its registered address names; else its district of registration, or the district its address
 * names; else the district in its USCC's registering-authority code (positions 3–8) when that is one of Wuhan's 13
 * districts. Null when nothing points to a unit.
 */
export function suggestRecommendingUnit(input: {
  devZone?: string | null;
  registeredDistrictCode?: string | null;
  registeredAddress?: string | null;
  uscc?: string | null;
}): string | null {
  const zone = input.devZone ? findDevZone(input.devZone) : undefined;
  if (zone && isRecommendingUnitCode(zone.code)) return zone.code;
  const named = input.registeredAddress ? unitNamedInAddress(input.registeredAddress) : null;
  if (named && findRecommendingUnit(named)?.kind === 'zone') return named;
  if (input.registeredDistrictCode && isWuhanDistrictCode(input.registeredDistrictCode)) return input.registeredDistrictCode;
  if (named) return named;
  const region = input.uscc && input.uscc.length >= 8 ? input.uscc.slice(2, 8) : null;
  if (region && isWuhanDistrictCode(region)) return region;
  return null;
}
