import { ANNEX1_INDICATORS, INDICATOR_CATEGORIES, meetsIndicatorTarget } from './annex1-indicators';
import { DEV_ZONES, DISTRICTS, findDevZone, findDistrict, isWuhanDistrictCode } from './districts';
import {
  INDUSTRY_GROUPS,
  MANUFACTURING_DIVISIONS,
  findManufacturingDivision,
  isIndustrialIndustryCode,
  isManufacturingIndustryCode,
} from './industry-classification';
import { LEGAL_FORMS, LEGAL_FORM_CODES, findLegalForm } from './legal-forms';
import { PLAN_DOCUMENT, planSource } from './plan-source';
import { PROGRAMME_CATEGORIES, PROGRAMME_CATEGORY_CODES, findProgrammeCategory, isProgrammeCategoryCode } from './programme-categories';

describe('programme categories', () => {
  it('carries the plan’s targets', () => {
    const targets = (code: string) => findProgrammeCategory(code)?.targets.map((target) => [target.min, target.max, target.period]);
    expect(targets('SMART_MFG_PILOT')).toEqual([[80, 80, 'three_years'], [30, 30, 'three_years'], [5, 8, 'three_years']]);
    expect(targets('TECH_TRANSFORMATION')).toEqual([[50, 50, 'per_year']]);
    expect(targets('INNOVATION_CENTRE')).toEqual([[5, 10, 'three_years'], [3, 5, 'three_years'], [1, 2, 'three_years']]);
    expect(targets('IT_INTEGRATION')?.slice(0, 2)).toEqual([[100, 100, 'per_year'], [20, 20, 'per_year']]);
  });
  it('cites the plan for each category and keeps the four codes', () => {
    expect(PROGRAMME_CATEGORIES.map((category) => category.code)).toEqual(PROGRAMME_CATEGORY_CODES);
    for (const category of PROGRAMME_CATEGORIES) expect(category.source.startsWith(PLAN_DOCUMENT.number)).toBe(true);
    expect(isProgrammeCategoryCode('IT_INTEGRATION')).toBe(true);
    expect(isProgrammeCategoryCode('OTHER')).toBe(false);
    expect(findProgrammeCategory('OTHER')).toBeUndefined();
    expect(planSource('附件1')).toBe('武政〔2017〕26号 附件1');
  });
});

describe('annex 1 indicators', () => {
  it('lists the 11 indicators in 4 groups with the plan’s targets', () => {
    expect(ANNEX1_INDICATORS).toHaveLength(11);
    expect(INDICATOR_CATEGORIES).toHaveLength(4);
    const byCode = Object.fromEntries(ANNEX1_INDICATORS.map((indicator) => [indicator.code, indicator.targetText]));
    expect(byCode).toMatchObject({ SEI_OUTPUT_SHARE: '18', KEY_PROCESS_CNC_RATE: '75', ENERGY_PER_VALUE_ADDED: '比 2015 年下降 15%以上', SOLID_WASTE_UTILISATION: '99%以上' });
  });
  it('checks observed values against each kind of target', () => {
    expect(meetsIndicatorTarget({ kind: 'value', value: 75 }, 76)).toBe(true);
    expect(meetsIndicatorTarget({ kind: 'at_least', value: 99 }, 98.9)).toBe(false);
    const cut15 = { kind: 'reduction_from_baseline', baselineYear: 2015, minReductionPercent: 15 } as const;
    expect(meetsIndicatorTarget(cut15, 0.85, 1)).toBe(true);
    expect(meetsIndicatorTarget(cut15, 0.86, 1)).toBe(false);
    expect(meetsIndicatorTarget(cut15, 0.5)).toBe(false);
  });
});

describe('industry classification', () => {
  it('lists the 31 manufacturing divisions 13–43', () => {
    expect(MANUFACTURING_DIVISIONS.map((division) => Number(division.code))).toEqual(Array.from({ length: 31 }, (_, index) => 13 + index));
    expect(findManufacturingDivision('39')?.name.zh).toBe('计算机、通信和其他电子设备制造业');
  });
  it('places every group and class inside its division', () => {
    for (const group of INDUSTRY_GROUPS) {
      expect(findManufacturingDivision(group.code.slice(0, 2))).toBeDefined();
      for (const cls of group.classes ?? []) expect(cls.code.startsWith(group.code)).toBe(true);
    }
  });
  it('tells industrial (B, C, D) from other codes', () => {
    expect(['06', '13', '3973', '46'].map(isIndustrialIndustryCode)).toEqual([true, true, true, true]);
    expect(['05', '47', '65', 'C39', ''].map(isIndustrialIndustryCode)).toEqual([false, false, false, false, false]);
    expect(isManufacturingIndustryCode('3973')).toBe(true);
    expect(isManufacturingIndustryCode('44')).toBe(false);
    expect(isManufacturingIndustryCode('x')).toBe(false);
  });
});

describe('districts and zones', () => {
  it('has Wuhan’s 13 districts and development zones without invented codes', () => {
    expect(DISTRICTS).toHaveLength(13);
    expect(DISTRICTS.every((district) => /^4201\d{2}$/.test(district.code))).toBe(true);
    expect(DEV_ZONES.every((zone) => !/^\d+$/.test(zone.code))).toBe(true);
    for (const zone of DEV_ZONES) for (const host of zone.hostDistrictCodes) expect(isWuhanDistrictCode(host)).toBe(true);
    expect(findDistrict('420116')?.name.zh).toBe('黄陂区');
    expect(findDevZone('WHJK')?.hostDistrictCodes).toEqual(['420114', '420113']);
    expect(findDevZone('X')).toBeUndefined();
    expect(isWuhanDistrictCode('420100')).toBe(false);
  });
});

describe('legal forms', () => {
  it('knows which forms are legal persons and companies', () => {
    expect(LEGAL_FORMS.map((form) => form.code)).toEqual([...LEGAL_FORM_CODES]);
    expect(findLegalForm('branch')).toMatchObject({ isLegalPerson: false, isCompany: false });
    expect(findLegalForm('joint_stock_company')).toMatchObject({ isLegalPerson: true, isCompany: true });
    expect(findLegalForm('nope')).toBeUndefined();
  });
});
