import { type LocalizedText, TOKEN_POLICY } from '@shifan/domain';

/** The strings of the shared sign-in, password and account pages. */
export const AUTH_TEXTS = {
  signInTitle: { zh: '登录', en: 'Sign in' },
  signInIntroEnterprise: {
    zh: '企业管理员使用统一社会信用代码登录，企业申报人使用管理员邀请时设定的用户名登录。',
    en: 'Enterprise administrators sign in with the unified social credit code (USCC); declarants with the user name their administrator gave them.',
  },
  signInIntroStaff: {
    zh: '区、市经信部门工作人员、评审专家和系统管理员使用管理员分配的用户名登录。',
    en: 'District and city officers, experts and administrators sign in with the user name their administrator gave them.',
  },
  loginLabelEnterprise: { zh: '统一社会信用代码或用户名', en: 'USCC or user name' },
  loginLabelStaff: { zh: '用户名', en: 'User name' },
  password: { zh: '密码', en: 'Password' },
  signInSubmit: { zh: '登录', en: 'Sign in' },
  forgotPasswordLink: { zh: '忘记密码？', en: 'Forgot your password?' },
  lockedTitle: { zh: '请稍后再试', en: 'Please wait before trying again' },
  lockedLocalTime: { zh: '按您电脑的时间，可于以下时间后再试：', en: 'By your computer’s clock you can try again after ' },
  lockedReset: { zh: '也可以通过“忘记密码”立即重置密码。', en: 'You can also reset the password now with “Forgot your password?”.' },
  forgotTitle: { zh: '找回密码', en: 'Reset your password' },
  forgotIntro: {
    zh: `请输入统一社会信用代码或用户名。若账户存在且已激活，系统将向其登记的邮箱发送重置链接，链接${TOKEN_POLICY.resetMinutes}分钟内有效且只能使用一次。`,
    en: `Enter the USCC or user name. If the account exists and is active, a reset link goes to its registered email; it works once, within ${TOKEN_POLICY.resetMinutes} minutes.`,
  },
  forgotSubmit: { zh: '发送重置链接', en: 'Send the reset link' },
  forgotSent: {
    zh: `如果该账户存在且已激活，重置链接已发送至其登记的邮箱，请在${TOKEN_POLICY.resetMinutes}分钟内打开。`,
    en: `If the account exists and is active, a reset link is on its way to the registered email; open it within ${TOKEN_POLICY.resetMinutes} minutes.`,
  },
  backToSignIn: { zh: '返回登录', en: 'Back to sign-in' },
  resetTitle: { zh: '设置新密码', en: 'Set a new password' },
  resetIntro: {
    zh: '设置新密码后，该账户的所有登录会话都将结束，锁定也会解除。',
    en: 'Setting a new password ends every session of the account and lifts any lock.',
  },
  resetSubmit: { zh: '设置新密码', en: 'Set the new password' },
  resetDone: { zh: '新密码已设置，请使用新密码登录。', en: 'Your new password is set; sign in with it.' },
  acceptTitle: { zh: '接受邀请', en: 'Accept your invitation' },
  acceptIntro: {
    zh: `您已受邀加入本企业的申报账户。请在邀请发出后${TOKEN_POLICY.invitationHours}小时内设置密码，之后即可使用邀请中的用户名登录。`,
    en: `You have been invited to your enterprise’s applications. Set a password within ${TOKEN_POLICY.invitationHours} hours of the invitation, then sign in with the user name in it.`,
  },
  acceptSubmit: { zh: '设置密码并激活账户', en: 'Set the password and activate' },
  acceptDone: { zh: '账户已激活，请使用用户名和新密码登录。', en: 'Your account is active; sign in with your user name and new password.' },
  linkBroken: { zh: '链接不完整或已失效', en: 'This link is incomplete or no longer valid' },
  linkBrokenHint: {
    zh: '请从邮件中完整复制链接后重试；若链接已过期，请重新申请。',
    en: 'Copy the whole link from the email and try again; if it has expired, ask for a new one.',
  },
  requestNewLink: { zh: '重新申请重置链接', en: 'Ask for a new reset link' },
  newPassword: { zh: '新密码', en: 'New password' },
  currentPassword: { zh: '当前密码', en: 'Current password' },
  changePasswordTitle: { zh: '修改密码', en: 'Change your password' },
  changePasswordIntro: {
    zh: '修改密码后，您在其他设备或浏览器上的登录会话将全部结束。',
    en: 'Changing the password ends your sessions on other devices and browsers.',
  },
  changePasswordSubmit: { zh: '修改密码', en: 'Change password' },
} as const satisfies Record<string, LocalizedText>;

export function passwordChangedText(endedSessions: number): LocalizedText {
  if (endedSessions === 0) return { zh: '密码已修改。您没有其他登录会话。', en: 'Password changed. You had no other sessions.' };
  return {
    zh: `密码已修改，已结束您的其他 ${endedSessions} 个登录会话。`,
    en: `Password changed; ${endedSessions} other ${endedSessions === 1 ? 'session was' : 'sessions were'} ended.`,
  };
}
