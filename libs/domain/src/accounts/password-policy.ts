import type { LocalizedText } from '../i18n/localized-text';
import { PASSWORD_POLICY } from './security-policy';

export type PasswordProblemCode = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_FEW_CLASSES' | 'CONTAINS_IDENTITY';

export interface PasswordProblem {
  code: PasswordProblemCode;
  message: LocalizedText;
}

const CLASSES: { test: RegExp; name: LocalizedText }[] = [
  { test: /[a-z]/, name: { zh: '小写字母', en: 'lower-case letters' } },
  { test: /[A-Z]/, name: { zh: '大写字母', en: 'capital letters' } },
  { test: /[0-9]/, name: { zh: '数字', en: 'digits' } },
  { test: /[^A-Za-z0-9]/, name: { zh: '符号', en: 'symbols' } },
];

/** How many of the four character classes a password uses. */
export function passwordClassCount(password: string): number {
  return CLASSES.filter((characterClass) => characterClass.test.test(password)).length;
}

/**
 * Every way a password falls short of the policy: length, at least three of four character classes, and not
 * containing the account's sign-in name or USCC (case-insensitive). Empty when it is acceptable.
 */
export function checkPassword(password: string, identities: readonly (string | null | undefined)[] = []): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const { minLength, maxLength, minClasses } = PASSWORD_POLICY;
  if (password.length < minLength) {
    problems.push({ code: 'TOO_SHORT', message: { zh: `密码至少${minLength}位`, en: `Use at least ${minLength} characters` } });
  }
  if (password.length > maxLength) {
    problems.push({ code: 'TOO_LONG', message: { zh: `密码最多${maxLength}位`, en: `Use at most ${maxLength} characters` } });
  }
  if (passwordClassCount(password) < minClasses) {
    problems.push({
      code: 'TOO_FEW_CLASSES',
      message: {
        zh: `密码需包含${CLASSES.map((c) => c.name.zh).join('、')}中的至少${minClasses}类`,
        en: `Use at least ${minClasses} of: ${CLASSES.map((c) => c.name.en).join(', ')}`,
      },
    });
  }
  const lower = password.toLowerCase();
  if (identities.some((identity) => identity && identity.length >= 3 && lower.includes(identity.toLowerCase()))) {
    problems.push({ code: 'CONTAINS_IDENTITY', message: { zh: '密码不能包含用户名或统一社会信用代码', en: 'The password must not contain the user name or the USCC' } });
  }
  return problems;
}
