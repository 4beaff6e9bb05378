import { type AccountStatus, DISTRICTS, findRecommendingUnit, type LocalizedText } from '@shifan/domain';

export const ACCOUNT_STATUS_LABELS: Readonly<Record<AccountStatus, LocalizedText>> = {
  active: { zh: '正常', en: 'Active' },
  invited: { zh: '待激活', en: 'Invited' },
  disabled: { zh: '已停用', en: 'Disabled' },
};

export const ACCOUNT_TEXTS = {
  displayName: { zh: '姓名', en: 'Name' },
  username: { zh: '用户名', en: 'User name' },
  usernameHint: { zh: '3–32位小写字母、数字、点、下划线或连字符，以字母开头', en: '3–32 lower-case letters, digits, dots, underscores or hyphens, starting with a letter' },
  role: { zh: '角色', en: 'Role' },
  status: { zh: '状态', en: 'Status' },
  district: { zh: '所属推荐单位', en: 'Recommending unit' },
  mobile: { zh: '手机号', en: 'Mobile' },
  email: { zh: '电子邮箱', en: 'Email' },
  lastSignIn: { zh: '上次登录', en: 'Last sign-in' },
  createdAt: { zh: '创建时间', en: 'Created' },
  sessionEnds: { zh: '本次登录有效至', en: 'This session lasts until' },
  profileTitle: { zh: '账户信息', en: 'Your account' },
  pageTitle: { zh: '我的账户', en: 'My account' },
  disable: { zh: '停用', en: 'Disable' },
  enable: { zh: '启用', en: 'Enable' },
  confirmDisable: { zh: '停用后该账户将立即退出登录且无法再登录。确定停用？', en: 'The account is signed out at once and cannot sign in. Disable it?' },
  confirmEnable: { zh: '确定重新启用该账户？', en: 'Enable this account again?' },
  confirmOk: { zh: '确定', en: 'Yes' },
  confirmCancel: { zh: '取消', en: 'Cancel' },
} as const satisfies Record<string, LocalizedText>;

/** The district's name for a GB/T 2260 code, or undefined for none/unknown. */
export function districtName(code: string | null | undefined): LocalizedText | undefined {
  return code ? DISTRICTS.find((district) => district.code === code)?.name : undefined;
}

/** The 推荐单位's short name (district or functional zone) for a unit code, or undefined for none/unknown. */
export function recommendingUnitName(code: string | null | undefined): LocalizedText | undefined {
  return findRecommendingUnit(code)?.shortName;
}

export function toggledText(name: string, disabled: boolean): LocalizedText {
  return disabled ? { zh: `已停用 ${name} 的账户`, en: `${name}’s account is disabled` } : { zh: `已启用 ${name} 的账户`, en: `${name}’s account is enabled` };
}
