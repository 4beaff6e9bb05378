import { checkPassword, passwordClassCount } from './password-policy';

describe('the password policy', () => {
  const codes = (password: string, identities: string[] = []) => checkPassword(password, identities).map((p) => p.code);

  it('accepts 8+ characters from 3 of 4 classes', () => {
    expect(codes('Shifan@2026')).toEqual([]);
    expect(codes('abcdEF12')).toEqual([]);
    expect(codes('abc#1234')).toEqual([]);
  });

  it('refuses a short password', () => {
    expect(codes('Ab#1')).toContain('TOO_SHORT');
  });

  it('refuses an absurdly long one', () => {
    expect(codes(`Aa#1${'x'.repeat(130)}`)).toEqual(['TOO_LONG']);
  });

  it('refuses a password with only two classes, and says which classes count', () => {
    const problems = checkPassword('abcdefgh1234');
    expect(problems.map((p) => p.code)).toEqual(['TOO_FEW_CLASSES']);
    expect(problems[0].message.zh).toContain('小写字母、大写字母、数字、符号');
    expect(problems[0].message.en).toContain('at least 3');
  });

  it('refuses a password containing the user name or the USCC, whatever the case', () => {
    expect(codes('Xx#91420100maec200t12', ['91420100MAEC200T12'])).toContain('CONTAINS_IDENTITY');
    expect(codes('My#Admin-2026', ['admin'])).toContain('CONTAINS_IDENTITY');
  });

  it('ignores missing or very short identities', () => {
    expect(codes('Shifan@2026', [undefined as unknown as string, '', 'ab'])).toEqual([]);
  });

  it('counts character classes', () => {
    expect(passwordClassCount('')).toBe(0);
    expect(passwordClassCount('aA1!')).toBe(4);
    expect(passwordClassCount('中文密码')).toBe(1);
  });
});
