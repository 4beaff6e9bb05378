import { decodeLocalizedMessage } from '../i18n/localized-text';
import { countField, industryDivisionField, percentField, textField, wanYuanField, yearField } from './field-schemas';

const label = { zh: '测试项', en: 'Test field' };
const firstMessage = (result: { error?: { issues: { message: string }[] } }, locale: 'zh-CN' | 'en' = 'en') =>
  decodeLocalizedMessage(result.error?.issues[0].message ?? '', locale);

describe('field builders', () => {
  it('trim text and bound its length', () => {
    expect(textField(label, 2, 4).parse('  ab  ')).toBe('ab');
    expect(firstMessage(textField(label, 2, 4).safeParse('a'))).toBe('Test field needs at least 2 characters');
    expect(firstMessage(textField(label, 2, 4).safeParse('abcde'), 'zh-CN')).toBe('测试项不超过4个字');
  });
  it('bound money, percentages, counts and years', () => {
    expect(firstMessage(wanYuanField(label, 10).safeParse(11))).toContain('at most 10');
    expect(firstMessage(percentField(label).safeParse(-1))).toBe('Test field must be between 0 and 100');
    expect(firstMessage(countField(label, 5).safeParse(6))).toBe('Test field is at most 5');
    expect(firstMessage(countField(label).safeParse(-1))).toBe('Test field cannot be negative');
    expect(firstMessage(yearField(label).safeParse(1999))).toBe('Test field must be between 2000 and 2100');
    expect(firstMessage(yearField(label).safeParse(2024.5))).toBe('Test field must be a year');
    expect(firstMessage(yearField(label).safeParse(2101))).toBe('Test field must be between 2000 and 2100');
    expect(firstMessage(percentField(label).safeParse(100.1))).toBe('Test field must be between 0 and 100');
    expect(firstMessage(wanYuanField(label).safeParse(-5))).toBe('Test field cannot be negative');
  });
  it('accept two-digit industry divisions only', () => {
    expect(industryDivisionField(label).safeParse('39').success).toBe(true);
    expect(industryDivisionField(label).safeParse('3973').success).toBe(false);
  });
});
