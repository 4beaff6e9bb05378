import { isEnterpriseRole, type LocalizedText, type Role } from '@shifan/domain';

/** Who an app is for: the enterprise app serves enterprise accounts, the reviewer app serves staff. */
export type Audience = 'enterprise' | 'staff';

export interface Portal {
  name: LocalizedText;
  /** What its accounts are called, for "… cannot be used here". */
  accountKind: LocalizedText;
  /** Absolute paths on this site (the apps are mounted at / and /review/), for links across apps. */
  home: string;
  signIn: string;
}

export const PORTALS: Readonly<Record<Audience, Portal>> = {
  enterprise: {
    name: { zh: '企业申报端', en: 'enterprise portal' },
    accountKind: { zh: '企业账户', en: 'Enterprise accounts' },
    home: '/',
    signIn: '/sign-in',
  },
  staff: {
    name: { zh: '评审管理端', en: 'review and administration portal' },
    accountKind: { zh: '工作人员账户', en: 'Staff accounts' },
    home: '/review/',
    signIn: '/review/sign-in',
  },
};

/** The route of the sign-in page inside each app (below its router basename). */
export const SIGN_IN_ROUTE = '/sign-in';

export function audienceOf(role: Role): Audience {
  return isEnterpriseRole(role) ? 'enterprise' : 'staff';
}
