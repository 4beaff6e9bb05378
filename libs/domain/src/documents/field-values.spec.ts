import { INNOVATION_CENTRE_LABELS } from '../forms/innovation-centre-application.schema';
import { type FieldMeta, UNITS } from '../forms/form-meta';
import type { LocalizedText } from '../i18n/localized-text';
import { EMPTY_VALUE } from './document-format';
import { formatFieldValue } from './field-values';

const meta = (unit: LocalizedText): FieldMeta => ({ section: 's', label: { zh: '字段', en: 'Field' }, unit });

describe('field values as printed', () => {
  it('prints what was not given as —', () => {
    for (const value of [undefined, null, '', '   ', []]) expect(formatFieldValue('projectName', value)).toBe(EMPTY_VALUE);
  });

  it('prints booleans as 是/否 and numbers with their unit', () => {
    expect(formatFieldValue('hasErp', true)).toBe('是');
    expect(formatFieldValue('hasErp', false)).toBe('否');
    expect(formatFieldValue('totalInvestmentWanYuan', 3000, meta(UNITS.wanYuan))).toBe('3,000 万元');
    expect(formatFieldValue('cncRatePercent', 82.5, meta(UNITS.percent))).toBe('82.5%');
    expect(formatFieldValue('financialYear', 2025, meta(UNITS.year))).toBe('2025年');
    expect(formatFieldValue('anything', 12000)).toBe('12,000');
  });

  it('prints codes by their catalogue names, and unknown codes as themselves', () => {
    expect(formatFieldValue('legalForm', 'limited_liability_company')).toBe('有限责任公司');
    expect(formatFieldValue('registeredDistrictCode', '420111')).toBe('洪山区');
    expect(formatFieldValue('projectDevZone', 'DHGX')).toBe('东湖新技术开发区');
    expect(formatFieldValue('subFieldCode', 'EQUIP_SMART')).toBe('高端装备 / 智能装备');
    expect(formatFieldValue('pilotTier', 'lighthouse')).toBe('全球灯塔工厂');
    expect(formatFieldValue('targetLevel', 'provincial')).toBe('省级');
    expect(formatFieldValue('applicationType', 'national_pilot')).toBe('申报国家贯标试点');
    expect(formatFieldValue('registeredDistrictCode', '999999')).toBe('999999');
    expect(formatFieldValue('industryDivisionCode', '39')).toBe('39 计算机、通信和其他电子设备制造业');
    expect(formatFieldValue('industryDivisionCode', '01')).toBe('01');
  });

  it('prints ISO dates as 年月日 and other text as given', () => {
    expect(formatFieldValue('startDate', '2025-01-10')).toBe('2025年01月10日');
    expect(formatFieldValue('summary', '建设柔性化智能产线')).toBe('建设柔性化智能产线');
  });

  it('prints list items one per line, with member labels where the form has them', () => {
    const shareholders = [
      { name: '武汉示范集团有限公司', sharePercent: 60 },
      { name: '华中科技大学', sharePercent: 40 },
    ];
    expect(formatFieldValue('shareholders', shareholders, INNOVATION_CENTRE_LABELS.shareholders)).toBe(
      '1. 股东名称 武汉示范集团有限公司，持股比例 60%\n2. 股东名称 华中科技大学，持股比例 40%',
    );
    expect(formatFieldValue('others', [{ a: 'x', b: true }, 'plain', ['nested', 2]])).toBe('1. x，是\n2. plain\n3. 1. nested\n2. 2');
  });

  it('prints any other object as canonical JSON', () => {
    expect(formatFieldValue('extra', { b: 1, a: 'x' })).toBe('{"a":"x","b":1}');
  });
});
