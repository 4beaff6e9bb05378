import type { AccountView, EnterpriseView, Role } from '@shifan/domain';
import type { AccountEntity } from './account.entity';
import type { EnterpriseEntity } from './enterprise.entity';

export function toAccountView(account: AccountEntity): AccountView {
  return {
    id: account.id,
    username: account.username,
    role: account.role as Role,
    displayName: account.displayName,
    status: account.status as AccountView['status'],
    recommendingUnitCode: account.recommendingUnitCode,
    enterpriseId: account.enterpriseId,
    mobile: account.mobile,
    email: account.email,
    lastSignInAt: account.lastSignInAt ? account.lastSignInAt.toISOString() : null,
    createdAt: account.createdAt.toISOString(),
    version: account.version,
  };
}

export function toEnterpriseView(enterprise: EnterpriseEntity): EnterpriseView {
  return { id: enterprise.id, uscc: enterprise.uscc, name: enterprise.name, contactName: enterprise.contactName, mobile: enterprise.mobile, email: enterprise.email };
}
