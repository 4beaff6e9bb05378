import type { LocalizedText } from '@shifan/domain';

export const COLLEAGUES_TEXTS = {
  title: { zh: '企业用户', en: 'Colleagues' },
  introManage: {
    zh: '本企业的申报账户。您可以邀请同事作为申报人加入（对方通过邮件中的链接设置密码），也可以停用或重新启用其账户。',
    en: 'The accounts of your enterprise. Invite colleagues as declarants (they set a password through the link in their email), and disable or re-enable their accounts.',
  },
  introRead: {
    zh: '本企业的申报账户。邀请、停用或启用同事账户由企业管理员操作。',
    en: 'The accounts of your enterprise. Your enterprise administrator invites, disables and enables colleagues.',
  },
  invite: { zh: '邀请同事', en: 'Invite a colleague' },
  inviteTitle: { zh: '邀请同事加入', en: 'Invite a colleague' },
  inviteIntro: {
    zh: '系统将向对方邮箱发送一次性邀请链接，72小时内有效。对方设置密码后即可使用下面的用户名登录。',
    en: 'A one-time invitation link goes to their email and works for 72 hours. Once they set a password they sign in with the user name below.',
  },
  inviteSubmit: { zh: '发送邀请', en: 'Send the invitation' },
  you: { zh: '（本人）', en: ' (you)' },
  searchPlaceholder: { zh: '按姓名、用户名或邮箱筛选', en: 'Filter by name, user name or email' },
  statusFilter: { zh: '按状态筛选', en: 'Filter by status' },
} as const satisfies Record<string, LocalizedText>;

export function invitedText(email: string): LocalizedText {
  return { zh: `邀请已发送至 ${email}`, en: `Invitation sent to ${email}` };
}

