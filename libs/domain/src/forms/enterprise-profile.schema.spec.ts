import { decodeLocalizedMessage } from '../i18n/localized-text';
import { buildEnterpriseProfile } from '../testing';
import { ENTERPRISE_PROFILE_FORM, EnterpriseProfileDraftSchema, EnterpriseProfileObjectSchema, EnterpriseProfileSchema } from './enterprise-profile.schema';

function messages(input: unknown, locale: 'zh-CN' | 'en' = 'en'): Record<string, string[]> {
  const result = EnterpriseProfileSchema.safeParse(input);
  const out: Record<string, string[]> = {};
  for (const issue of result.success ? [] : result.error.issues) {
    const key = issue.path.join('.');
    out[key] = [...(out[key] ?? []), decodeLocalizedMessage(issue.message, locale)];
  }
  return out;
}

describe('EnterpriseProfileSchema', () => {
  it('accepts a complete profile as it is', () => {
    const profile = buildEnterpriseProfile();
    expect(EnterpriseProfileSchema.parse(profile)).toEqual(profile);
  });
  it('normalises the credit code typed in lower case with spaces', () => {
    const parsed = EnterpriseProfileSchema.parse(buildEnterpriseProfile({ uscc: ' 91420100maec200t12 ' }));
    expect(parsed.uscc).toBe('91420100MAEC200T12');
  });
  it('explains a wrong credit code in both languages', () => {
    const profile = buildEnterpriseProfile({ uscc: '91420100MAEC200T13' });
    expect(messages(profile).uscc[0]).toContain('check character');
    expect(messages(profile, 'zh-CN').uscc[0]).toContain('校验码');
  });
  it('names the field in required-field messages', () => {
    const { name: _name, ...withoutName } = buildEnterpriseProfile();
    expect(messages(withoutName).name).toEqual(['Enter enterprise name']);
    expect(messages(withoutName, 'zh-CN').name).toEqual(['请填写企业名称']);
  });
  it('rejects negative revenue, fractional headcounts, unknown districts and bad phone numbers', () => {
    const result = messages(buildEnterpriseProfile({ revenueWanYuan: -1, employees: 10.5, registeredDistrictCode: '420502', contactPhone: '12345' }));
    expect(Object.keys(result).sort()).toEqual(['contactPhone', 'employees', 'registeredDistrictCode', 'revenueWanYuan']);
  });
  it('accepts a landline with area code', () => {
    expect(EnterpriseProfileSchema.safeParse(buildEnterpriseProfile({ contactPhone: '027-85551234' })).success).toBe(true);
  });
  it('asks for the accident date when an accident is declared', () => {
    expect(messages(buildEnterpriseProfile({ hasMajorAccidentRecord: true })).lastMajorAccidentDate).toHaveLength(1);
    expect(EnterpriseProfileSchema.safeParse(buildEnterpriseProfile({ hasMajorAccidentRecord: true, lastMajorAccidentDate: '2020-01-01' })).success).toBe(true);
  });
  it('asks a branch for its gross industrial output', () => {
    expect(messages(buildEnterpriseProfile({ legalForm: 'branch', outputValueWanYuan: undefined })).outputValueWanYuan).toHaveLength(1);
  });
  it('lets a draft leave fields out but still checks the ones given', () => {
    expect(EnterpriseProfileDraftSchema.safeParse({ name: '武汉某公司' }).success).toBe(true);
    expect(EnterpriseProfileDraftSchema.safeParse({ employees: -3 }).success).toBe(false);
  });
  it('labels every field and places it in a known section', () => {
    const sections = new Set(ENTERPRISE_PROFILE_FORM.sections.map((section) => section.id));
    expect(Object.keys(ENTERPRISE_PROFILE_FORM.fields).sort()).toEqual(Object.keys(EnterpriseProfileObjectSchema.shape).sort());
    for (const meta of Object.values(ENTERPRISE_PROFILE_FORM.fields)) expect(sections.has(meta.section)).toBe(true);
  });
});
