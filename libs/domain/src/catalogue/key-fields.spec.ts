import { ANNEX2_KEY_ENTITIES, findAnnex2Entry } from './annex2-key-entities';
import { findIndustryGroup, isManufacturingIndustryCode } from './industry-classification';
import { KEY_FIELDS, SUB_FIELD_CODES, findKeyField, findSubField } from './key-fields';

/** Section 二 of 武政〔2017〕26号, verbatim. */
const PLAN_SECTION_2 = {
  信息技术: ['光通信', '集成电路', '新型显示与智能终端', '新一代移动通信及下一代互联网', '地球空间信息'],
  生命健康: ['生物医药与中药现代化', '高性能医疗器械与精准医疗服务'],
  高端装备: ['智能装备', '商业航天与临空制造', '高技术船舶与海洋工程装备', '轨道交通装备', '先进电力装备与智能电网'],
  新能源汽车与智能网联汽车: ['新能源汽车', '智能汽车'],
};

describe('KEY_FIELDS', () => {
  it('names the plan’s 4 fields and 14 sub-fields exactly as section 二 does', () => {
    const actual = Object.fromEntries(KEY_FIELDS.map((field) => [field.name.zh, field.subFields.map((sub) => sub.name.zh)]));
    expect(actual).toEqual(PLAN_SECTION_2);
    expect(SUB_FIELD_CODES).toHaveLength(14);
    expect(new Set(SUB_FIELD_CODES).size).toBe(14);
  });
  it('maps every sub-field to GB/T 4754-2017 manufacturing groups of the catalogue', () => {
    for (const sub of KEY_FIELDS.flatMap((field) => field.subFields)) {
      expect(sub.industryCodes.length).toBeGreaterThan(0);
      for (const code of sub.industryCodes) {
        expect(code).toMatch(/^\d{3}$/);
        expect(findIndustryGroup(code)).toBeDefined();
        expect(isManufacturingIndustryCode(code)).toBe(true);
      }
      expect(sub.source).toContain('武政〔2017〕26号 二、重点领域');
    }
  });
  it('finds fields and sub-fields by code', () => {
    expect(findKeyField('EQUIP')?.name.zh).toBe('高端装备');
    expect(findKeyField('NOPE')).toBeUndefined();
    expect(findSubField('EQUIP_RAIL')).toMatchObject({ keyFieldCode: 'EQUIP', industryCodes: ['371', '372'] });
    expect(findSubField('NOPE')).toBeUndefined();
  });
});

describe('ANNEX2_KEY_ENTITIES', () => {
  it('has one row per sub-field, under the name 附件2 prints', () => {
    expect(ANNEX2_KEY_ENTITIES.map((entry) => entry.subFieldCode)).toEqual(SUB_FIELD_CODES);
    for (const entry of ANNEX2_KEY_ENTITIES) {
      const sub = findSubField(entry.subFieldCode);
      expect(entry.annexName).toBe(sub?.annex2Name ?? sub?.name.zh);
      expect(findKeyField(sub?.keyFieldCode ?? '')?.name.zh).toBe(entry.keyFieldName);
    }
  });
  it('keeps 附件2’s own spelling of four sub-fields', () => {
    expect(KEY_FIELDS.flatMap((field) => field.subFields).filter((sub) => sub.annex2Name).map((sub) => sub.annex2Name)).toEqual([
      '新一代移动通信与下一代互联网',
      '生物医药与药代现代化',
      '商业航天与空制造',
      '高技术船舶与海洋装备',
    ]);
  });
  it('transcribes enterprises, projects and zones', () => {
    const optical = findAnnex2Entry('IT_OPTICAL');
    expect(optical?.enterprises).toEqual(['烽火通信', '光迅科技', '长飞光纤', '华工正源', '藤仓烽火']);
    expect(optical?.projects).toHaveLength(5);
    expect(findAnnex2Entry('EQUIP_RAIL')).toMatchObject({ zonesText: '江夏区、黄陂区', districtCodes: ['420115', '420116'], devZones: [] });
    expect(findAnnex2Entry('AUTO_SMART')?.enterprisesText.endsWith('等')).toBe(false);
    expect(findAnnex2Entry('NOPE')).toBeUndefined();
    for (const entry of ANNEX2_KEY_ENTITIES) {
      expect(entry.enterprisesText.replace(/等$/, '').split('、')).toEqual(entry.enterprises);
      expect(entry.devZones.length + entry.districtCodes.length).toBeGreaterThan(0);
    }
  });
});
