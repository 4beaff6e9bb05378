import type { LocalizedText } from '@shifan/domain';

export const APP_TEXTS = {
  subtitle: { zh: '评审管理', en: 'Review and administration' },
  documentTitle: { zh: '示范 · 评审管理', en: 'Shifan · Review and administration' },
  home: { zh: '首页', en: 'Home' },
  verifications: { zh: '企业认证', en: 'Enterprise verification' },
  disputes: { zh: '信用代码异议', en: 'USCC disputes' },
  users: { zh: '用户管理', en: 'Users' },
  calls: { zh: '申报批次', en: 'Calls' },
  audit: { zh: '审计日志', en: 'Audit trail' },
  district: { zh: '推荐单位初审', en: 'Recommending-unit review' },
  formalCheck: { zh: '形式审查', en: 'Formal check' },
  experts: { zh: '专家库', en: 'Expert pool' },
  panels: { zh: '专家组', en: 'Panels' },
  ranking: { zh: '评审排名', en: 'Ranking' },
  assignments: { zh: '我的评审', en: 'My reviews' },
  publication: { zh: '公示与名单', en: 'Notice and list' },
  dashboard: { zh: '工作进展', en: 'Progress' },
  calendar: { zh: '工作日历', en: 'Working-day calendar' },
  myAccount: { zh: '我的账户', en: 'My account' },
  accountIntro: {
    zh: '您的工作人员账户。账户的角色与所属区由系统管理员设置。',
    en: 'Your staff account. Your administrator sets its role and district.',
  },
} as const satisfies Record<string, LocalizedText>;
