import type { LocalizedText } from '@shifan/domain';

export const APP_TEXTS = {
  subtitle: { zh: '企业申报', en: 'Enterprise applications' },
  documentTitle: { zh: '示范 · 企业申报', en: 'Shifan · Enterprise applications' },
  myAccount: { zh: '我的账户', en: 'My account' },
  colleagues: { zh: '企业用户', en: 'Colleagues' },
  calls: { zh: '申报批次', en: 'Calls' },
  notices: { zh: '公示公告', en: 'Public notices' },
  approved: { zh: '认定名单', en: 'Approved lists' },
  applications: { zh: '我的申报', en: 'Applications' },
  profile: { zh: '企业信息', en: 'Profile' },
  register: { zh: '注册', en: 'Register' },
  signIn: { zh: '登录', en: 'Sign in' },
  noAccountYet: { zh: '还没有账户？', en: 'No account yet?' },
  registerEnterprise: { zh: '企业注册', en: 'Register your enterprise' },
} as const satisfies Record<string, LocalizedText>;
