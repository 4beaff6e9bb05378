import type { LocalizedText } from '@shifan/domain';

/** Names of the audited actions the API writes today; unknown ones are shown by their code. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, LocalizedText>> = {
  'auth.signed_in': { zh: '登录', en: 'Signed in' },
  'auth.signed_out': { zh: '退出登录', en: 'Signed out' },
  'auth.sign_in_failed': { zh: '登录失败', en: 'Sign-in failed' },
  'auth.locked': { zh: '账户锁定', en: 'Account locked' },
  'auth.throttled': { zh: '登录限速', en: 'Sign-in throttled' },
  'auth.password_reset_requested': { zh: '申请重置密码', en: 'Password reset requested' },
  'account.registered': { zh: '企业注册', en: 'Enterprise registered' },
  'account.created': { zh: '创建账户', en: 'Account created' },
  'account.updated': { zh: '修改账户', en: 'Account changed' },
  'account.role_changed': { zh: '角色变更', en: 'Role changed' },
  'account.invited': { zh: '邀请同事', en: 'Colleague invited' },
  'account.invitation_accepted': { zh: '接受邀请', en: 'Invitation accepted' },
  'account.disabled': { zh: '停用账户', en: 'Account disabled' },
  'account.enabled': { zh: '启用账户', en: 'Account enabled' },
  'account.password_changed': { zh: '修改密码', en: 'Password changed' },
  'account.password_reset': { zh: '重置密码', en: 'Password reset' },
  'audit.exported': { zh: '导出审计日志', en: 'Audit trail exported' },
  'maintenance.purged': { zh: '清理过期登录记录', en: 'Expired sign-in records purged' },
  'application.deadline_reminded': { zh: '截止提醒', en: 'Deadline reminder sent' },
  'application.viewed': { zh: '查看申报详情', en: 'Application viewed' },
  'access.refused': { zh: '拒绝访问', en: 'Access refused' },
};

/** Prefixes that select a whole family of actions. */
export const AUDIT_ACTION_GROUPS: Readonly<Record<string, LocalizedText>> = {
  'auth.': { zh: '登录与认证（全部）', en: 'Sign-in and authentication (all)' },
  'account.': { zh: '账户管理（全部）', en: 'Account management (all)' },
  'audit.': { zh: '审计日志操作（全部）', en: 'Audit trail (all)' },
  'access.': { zh: '拒绝访问（全部）', en: 'Refused access (all)' },
};
