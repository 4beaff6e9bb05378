import type { LocalizedText } from '@shifan/domain';

export const ACCOUNT_PAGE_TEXTS = {
  intro: {
    zh: '您的账户与企业信息。企业的经营规模、注册地、合规等情况请在“企业信息”中维护。',
    en: 'Your account and your enterprise. Keep the enterprise’s size, location and compliance facts up to date under “Profile”.',
  },
  enterpriseTitle: { zh: '企业信息', en: 'Your enterprise' },
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  name: { zh: '企业名称', en: 'Name' },
  contactName: { zh: '联系人', en: 'Contact person' },
  mobile: { zh: '联系人手机号', en: 'Contact mobile' },
  email: { zh: '电子邮箱', en: 'Email' },
  manageColleagues: { zh: '管理企业用户', en: 'Manage colleagues' },
  viewColleagues: { zh: '查看企业用户', en: 'See colleagues' },
} as const satisfies Record<string, LocalizedText>;
