import type { LocalizedText } from '@shifan/domain';

export const STAFF_WELCOME_TEXTS = {
  signIn: { zh: '工作人员登录', en: 'Staff sign-in' },
  queuesLater: {
    zh: '您的待办工作在左侧菜单中：推荐单位初审、形式审查与评审排名、或“我的评审”（专家）。在“我的账户”中可以查看账户信息、修改密码。',
    en: 'Your work is in the menu on the left: district review, the formal check and ranking, or My reviews (experts). My account shows your account and lets you change your password.',
  },
  adminIntro: {
    zh: '您可以创建和维护工作人员账户、停用任何账户，并查看、筛选、导出和校验审计日志。',
    en: 'You can create and maintain staff accounts, disable any account, and browse, filter, export and verify the audit trail.',
  },
} as const satisfies Record<string, LocalizedText>;

export function greeting(name: string, role: LocalizedText, district?: LocalizedText): LocalizedText {
  return {
    zh: `您好，${name}（${role.zh}${district ? ` · ${district.zh}` : ''}）`,
    en: `Welcome, ${name} (${role.en}${district ? `, ${district.en}` : ''})`,
  };
}
