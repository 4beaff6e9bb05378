import type { LocalizedText } from '../i18n/localized-text';

/** Who signs in. Enterprise roles belong to one enterprise; staff roles are created by an administrator. */
export const ROLES = ['enterprise_admin', 'enterprise_user', 'district_officer', 'city_officer', 'expert', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ENTERPRISE_ROLES = ['enterprise_admin', 'enterprise_user'] as const satisfies readonly Role[];
export const STAFF_ROLES = ['district_officer', 'city_officer', 'expert', 'admin'] as const satisfies readonly Role[];
export type EnterpriseRole = (typeof ENTERPRISE_ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, LocalizedText>> = {
  enterprise_admin: { zh: '企业管理员', en: 'Enterprise administrator' },
  enterprise_user: { zh: '企业申报人', en: 'Enterprise declarant' },
  district_officer: { zh: '推荐单位审核员', en: 'Recommending-unit officer' },
  city_officer: { zh: '市级审核员', en: 'City officer' },
  expert: { zh: '评审专家', en: 'Expert' },
  admin: { zh: '系统管理员', en: 'Administrator' },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isEnterpriseRole(role: Role): role is EnterpriseRole {
  return (ENTERPRISE_ROLES as readonly Role[]).includes(role);
}

export function isStaffRole(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}

/** The account states. `invited` accounts have not set a password yet; `disabled` ones cannot sign in. */
export const ACCOUNT_STATUSES = ['active', 'invited', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
