import { DEV_ZONES, DISTRICTS, isWuhanDistrictCode } from './districts';
import { recommendingUnitOptionLabel, toRecommendingUnitView } from './recommending-unit-view';
import {
  findRecommendingUnit,
  RECOMMENDING_UNIT_CODES,
  RECOMMENDING_UNITS,
  recommendingUnitFullNameZh,
  recommendingUnitNameZh,
  suggestRecommendingUnit,
} from './recommending-units';
import { routedRecommendingUnit } from './unit-routing';

describe('推荐单位 catalogue', () => {
  it('has the 13 districts by GB/T 2260 code and the five functional zones, each code once', () => {
    expect(RECOMMENDING_UNITS).toHaveLength(18);
    expect(new Set(RECOMMENDING_UNIT_CODES).size).toBe(18);
    expect(RECOMMENDING_UNITS.filter((unit) => unit.kind === 'district').map((unit) => unit.code)).toEqual(DISTRICTS.map((district) => district.code));
    expect(RECOMMENDING_UNITS.filter((unit) => unit.kind === 'zone').map((unit) => unit.code)).toEqual(['DHGX', 'WHJK', 'HGQ', 'LKG', 'CJXQ']);
  });

  it('names each unit officially (people’s government or 管理委员会) and shortly, in both languages', () => {
    for (const unit of RECOMMENDING_UNITS) {
      expect(unit.fullName.zh).toMatch(unit.kind === 'district' ? /区人民政府$/ : /管理委员会$/);
      expect(unit.shortName.zh.length).toBeGreaterThan(1);
      expect(unit.fullName.en && unit.shortName.en).toBeTruthy();
    }
    expect(recommendingUnitNameZh('DHGX')).toBe('东湖高新区');
    expect(recommendingUnitFullNameZh('DHGX')).toBe('武汉东湖新技术开发区管理委员会');
    expect(recommendingUnitFullNameZh('420111')).toBe('洪山区人民政府');
    expect(recommendingUnitNameZh(null)).toBe('');
  });

  it('overlaps only Wuhan districts: a district itself, a zone at least one', () => {
    for (const unit of RECOMMENDING_UNITS) {
      expect(unit.overlapsDistrictCodes.length).toBeGreaterThan(0);
      expect(unit.overlapsDistrictCodes.every(isWuhanDistrictCode)).toBe(true);
      if (unit.kind === 'district') expect(unit.overlapsDistrictCodes).toEqual([unit.code]);
    }
  });

  it('marks only 长江新区 as established after the plan; the zones the plan names (东湖高新区, 经开区, 化工区) recommend from the start', () => {
    expect(RECOMMENDING_UNITS.filter((unit) => unit.establishedAfterPlan).map((unit) => unit.code)).toEqual(['CJXQ']);
    for (const code of ['DHGX', 'WHJK', 'HGQ']) expect(findRecommendingUnit(code)?.establishedAfterPlan).toBe(false);
  });

  it('keeps each zone unit in step with the development-zone list of the profile', () => {
    for (const unit of RECOMMENDING_UNITS.filter((entry) => entry.kind === 'zone')) expect(DEV_ZONES.some((zone) => zone.code === unit.code)).toBe(true);
  });

  it('serves the view the catalogue API returns, labelled by short and official name', () => {
    const view = toRecommendingUnitView(findRecommendingUnit('DHGX')!);
    expect(view).toEqual({
      code: 'DHGX',
      name: { zh: '东湖高新区', en: 'East Lake High-Tech Zone' },
      kind: 'zone',
      fullName: { zh: '武汉东湖新技术开发区管理委员会', en: 'Administrative Committee of Wuhan East Lake High-Tech Development Zone' },
      overlapsDistrictCodes: ['420111', '420115'],
      establishedAfterPlan: false,
    });
    expect(recommendingUnitOptionLabel(view, 'zh-CN')).toBe('东湖高新区（武汉东湖新技术开发区管理委员会）');
    expect(recommendingUnitOptionLabel(view, 'en')).toBe('East Lake High-Tech Zone (Administrative Committee of Wuhan East Lake High-Tech Development Zone)');
  });
});

describe('suggestRecommendingUnit', () => {
  it('prefers the functional zone the enterprise is in over its district of registration', () => {
    expect(suggestRecommendingUnit({ devZone: 'DHGX', registeredDistrictCode: '420111', uscc: '91420111MA4L00011D' })).toBe('DHGX');
    expect(suggestRecommendingUnit({ devZone: 'WHJK', registeredDistrictCode: '420113' })).toBe('WHJK');
  });

  it('falls back to the district of registration when the enterprise is in no zone, or in a zone that is not a unit', () => {
    expect(suggestRecommendingUnit({ devZone: 'NONE', registeredDistrictCode: '420106' })).toBe('420106');
    expect(suggestRecommendingUnit({ devZone: 'DHFJ', registeredDistrictCode: '420106' })).toBe('420106');
  });

  it('reads the USCC’s registering-authority code (positions 3–8) when it is one of the 13 districts', () => {
    expect(suggestRecommendingUnit({ uscc: '91420111MA4L00011D' })).toBe('420111');
    // 420100 is the city's own code: no district, so no suggestion.
    expect(suggestRecommendingUnit({ uscc: '91420100MAEC200T12' })).toBeNull();
    expect(suggestRecommendingUnit({ registeredDistrictCode: '110101' })).toBeNull();
    expect(suggestRecommendingUnit({})).toBeNull();
  });

  it('reads a zone or a district named in the registered address', () => {
    // A zone named in the address goes before the district of registration (the zone recommends its enterprises).
    expect(suggestRecommendingUnit({ registeredDistrictCode: '420111', registeredAddress: '武汉东湖新技术开发区高新大道999号' })).toBe('DHGX');
    expect(suggestRecommendingUnit({ registeredAddress: '武汉市洪山区光谷大道77号' })).toBe('DHGX');
    expect(suggestRecommendingUnit({ registeredAddress: '武汉经济技术开发区沌阳大道1号' })).toBe('WHJK');
    // A district named in the address counts only when no district of registration was given.
    expect(suggestRecommendingUnit({ registeredAddress: '武汉市江岸区解放大道1号', uscc: '91420111MA4L00011D' })).toBe('420102');
    expect(suggestRecommendingUnit({ registeredDistrictCode: '420106', registeredAddress: '武汉市江岸区解放大道1号' })).toBe('420106');
    // An explicit zone choice stays first, and an address that names nothing in Wuhan adds nothing.
    expect(suggestRecommendingUnit({ devZone: 'HGQ', registeredAddress: '武汉东湖新技术开发区' })).toBe('HGQ');
    expect(suggestRecommendingUnit({ registeredAddress: '北京市朝阳区' })).toBeNull();
  });
});

describe('routedRecommendingUnit (submission and 企业认证 routing)', () => {
  it('routes to the unit the profile chose, even against its district and zone', () => {
    expect(routedRecommendingUnit({ recommendingUnitCode: 'HGQ', devZone: 'DHGX', registeredDistrictCode: '420111' })).toBe('HGQ');
  });

  it('falls back to the suggestion for a profile stored before units existed, and ignores a code that is not a unit', () => {
    expect(routedRecommendingUnit({ devZone: 'DHGX', registeredDistrictCode: '420111' })).toBe('DHGX');
    expect(routedRecommendingUnit({ recommendingUnitCode: 'DHFJ', registeredDistrictCode: '420105' })).toBe('420105');
    expect(routedRecommendingUnit({ uscc: '91420100MAEC200T12' })).toBeNull();
  });
});
