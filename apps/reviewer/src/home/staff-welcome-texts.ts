import type { LocalizedText } from '@shifan/domain';

export const STAFF_WELCOME_TEXTS = {
  signIn: { zh: '工作人员登录', en: 'Staff sign-in' },
  queuesLater: {
    zh: '您的待办工作队列（区级初审、市级形式审查、专家评分）将随评审流程一同上线，届时会显示在这里。目前您可以在“我的账户”中查看账户信息、修改密码。',
    en: 'Your work queues (district checks, the city’s formal review, expert scoring) arrive with the review pipeline and will appear here. For now you can see your account and change your password under My account.',
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
