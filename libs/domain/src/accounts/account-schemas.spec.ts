import { decodeLocalizedMessage } from '../i18n/localized-text';
import { CreateStaffSchema, InviteColleagueSchema, newPasswordIssues, RegisterEnterpriseSchema, SignInSchema, UpdateStaffSchema } from './account-schemas';
import { AccountListQuerySchema, AuditQuerySchema } from './account-views';

const valid = {
  uscc: '91420100MAEC200T12',
  enterpriseName: '武汉示范智能装备有限公司',
  contactName: '张示范',
  mobile: '13800027001',
  email: 'contact@example.cn',
  password: 'Gugu#2026x',
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, locale: 'zh-CN' | 'en' = 'zh-CN') {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), decodeLocalizedMessage(issue.message, locale)]));
}

describe('registration schema', () => {
  it('accepts a complete registration and normalises the USCC', () => {
    const parsed = RegisterEnterpriseSchema.parse({ ...valid, uscc: ' 91420100-maec200t12 ' });
    expect(parsed.uscc).toBe('91420100MAEC200T12');
  });

  it('says why a USCC is wrong, in both languages', () => {
    const result = RegisterEnterpriseSchema.safeParse({ ...valid, uscc: '91420100MAEC200T13' });
    expect(messages(result).uscc).toMatch(/校验/);
    expect(messages(result, 'en').uscc).toMatch(/check/i);
  });

  it('refuses a foreign mobile number, a bad email and a weak password that contains the USCC', () => {
    const result = RegisterEnterpriseSchema.safeParse({ ...valid, mobile: '+85291234567', email: 'nope', password: 'x91420100MAEC200T12' });
    const byPath = messages(result);
    expect(byPath.mobile).toBe('请输入11位中国大陆手机号');
    expect(byPath.email).toBe('请输入有效的电子邮箱');
    expect(byPath.password).toBeDefined();
  });
});

describe('staff schemas', () => {
  const staff = { username: 'district.jiangan', displayName: '江岸区初审', role: 'district_officer', recommendingUnitCode: '420102', password: 'Jiang#2026an' };

  it('needs a 推荐单位 for a recommending-unit officer, and refuses one for anyone else', () => {
    expect(CreateStaffSchema.safeParse(staff).success).toBe(true);
    expect(messages(CreateStaffSchema.safeParse({ ...staff, recommendingUnitCode: undefined })).recommendingUnitCode).toBe('推荐单位审核员须指定所属推荐单位');
    expect(messages(CreateStaffSchema.safeParse({ ...staff, role: 'expert' })).recommendingUnitCode).toBe('只有推荐单位审核员属于某个推荐单位');
  });

  it('binds an officer to any of the 18 units, a functional zone included', () => {
    for (const code of ['DHGX', 'WHJK', 'HGQ', 'LKG', 'CJXQ', '420117']) expect(CreateStaffSchema.safeParse({ ...staff, recommendingUnitCode: code }).success).toBe(true);
    expect(messages(CreateStaffSchema.safeParse({ ...staff, recommendingUnitCode: 'DHFJ' })).recommendingUnitCode).toBeDefined();
  });

  it('refuses an unknown unit, a malformed user name and a password containing it', () => {
    const byPath = messages(CreateStaffSchema.safeParse({ ...staff, username: 'Bad Name', recommendingUnitCode: '110101', password: 'bad name#A1' }));
    expect(Object.keys(byPath).sort()).toEqual(['recommendingUnitCode', 'username']);
    expect(messages(CreateStaffSchema.safeParse({ ...staff, password: 'District.jiangan#1' })).password).toBeDefined();
  });

  it('requires the version on an edit', () => {
    expect(UpdateStaffSchema.safeParse({ role: 'expert' }).success).toBe(false);
    expect(UpdateStaffSchema.safeParse({ version: 3, role: 'expert', recommendingUnitCode: null }).success).toBe(true);
  });

  it('checks an invitation like a registration', () => {
    expect(InviteColleagueSchema.safeParse({ username: 'wang.declarant', displayName: '王申报', mobile: '13700001111', email: 'wang@example.cn' }).success).toBe(true);
    expect(InviteColleagueSchema.safeParse({ username: 'w', displayName: '王', mobile: '1', email: 'x' }).success).toBe(false);
  });
});

describe('sign-in and list queries', () => {
  it('needs a login and a password', () => {
    expect(Object.keys(messages(SignInSchema.safeParse({ login: ' ', password: '' }))).sort()).toEqual(['login', 'password']);
  });

  it('defaults paging and bounds page sizes', () => {
    expect(AccountListQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20 });
    expect(AccountListQuerySchema.safeParse({ pageSize: '500' }).success).toBe(false);
    expect(AuditQuerySchema.parse({ page: '2', from: '2026-01-01' })).toMatchObject({ page: 2, from: '2026-01-01' });
    expect(AuditQuerySchema.safeParse({ from: '2026-13-01' }).success).toBe(false);
  });

  it('reports new-password problems as encoded messages', () => {
    expect(newPasswordIssues('short', ['admin']).map((issue) => issue.problem)).toEqual(['TOO_SHORT', 'TOO_FEW_CLASSES']);
    expect(newPasswordIssues('Shifan@2026', [])).toEqual([]);
  });
});
