import type { Role } from './roles';

/**
 * What each role may do, by permission. The API's policy module checks routes against this map and the apps use it
 * to show each role its navigation, so both read the same table. Ownership (which enterprise, which district, which
 * assignment) is checked on top of it, where the records are read.
 */
export const PERMISSIONS = {
  'account.self': ['enterprise_admin', 'enterprise_user', 'district_officer', 'city_officer', 'expert', 'admin'],
  'enterprise.colleagues.manage': ['enterprise_admin'],
  'enterprise.colleagues.read': ['enterprise_admin', 'enterprise_user'],
  'staff.manage': ['admin'],
  'audit.read': ['admin'],
  'calls.manage': ['city_officer', 'admin'],
  'calls.read_all': ['district_officer', 'city_officer', 'expert', 'admin'],
  'enterprise.profile': ['enterprise_admin', 'enterprise_user'],
  'applications.apply': ['enterprise_admin', 'enterprise_user'],
  'review.district': ['district_officer'],
  'review.city': ['city_officer'],
  'review.read': ['district_officer', 'city_officer'],
  'experts.manage': ['city_officer'],
  'review.score': ['expert'],
  'publication.manage': ['city_officer'],
  'dashboard.read': ['city_officer', 'admin'],
  'calendar.manage': ['admin'],
  'calendar.read': ['city_officer', 'admin'],
  // Issue #12: the enterprise administrator proves control of the USCC; its district's officers or the city decide.
  'enterprise.verification.manage': ['enterprise_admin'],
  'verification.review': ['district_officer', 'city_officer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function rolesFor(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}
