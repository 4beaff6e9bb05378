import { can, PERMISSIONS, rolesFor } from './permissions';
import { isEnterpriseRole, isRole, isStaffRole, ROLE_LABELS, ROLES } from './roles';

describe('roles and permissions', () => {
  it('knows the six roles, each labelled in both languages', () => {
    expect(ROLES).toHaveLength(6);
    for (const role of ROLES) expect(ROLE_LABELS[role].zh && ROLE_LABELS[role].en).toBeTruthy();
    expect(isRole('admin')).toBe(true);
    expect(isRole('superuser')).toBe(false);
  });

  it('splits enterprise roles from staff roles', () => {
    expect(ROLES.filter(isEnterpriseRole)).toEqual(['enterprise_admin', 'enterprise_user']);
    expect(ROLES.filter(isStaffRole)).toEqual(['district_officer', 'city_officer', 'expert', 'admin']);
  });

  it('lets only enterprise administrators manage colleagues, and only administrators manage staff and read the audit trail', () => {
    expect(ROLES.filter((role) => can(role, 'enterprise.colleagues.manage'))).toEqual(['enterprise_admin']);
    expect(ROLES.filter((role) => can(role, 'staff.manage'))).toEqual(['admin']);
    expect(rolesFor('audit.read')).toEqual(['admin']);
    expect(ROLES.every((role) => can(role, 'account.self'))).toBe(true);
  });

  it('names only known roles in the permission table', () => {
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(isRole(role)).toBe(true);
  });
});
