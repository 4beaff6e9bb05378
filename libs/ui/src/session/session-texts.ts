import type { LocalizedText } from '@shifan/domain';

/** The strings of the session parts: user menu, guards, notices. */
export const SESSION_TEXTS = {
  signIn: { zh: '登录', en: 'Sign in' },
  signOut: { zh: '退出登录', en: 'Sign out' },
  signedOut: { zh: '您已安全退出登录。', en: 'You have signed out.' },
  signInToContinue: { zh: '请先登录，登录后将返回您要访问的页面。', en: 'Please sign in; you will come back to the page you asked for.' },
  checkingSession: { zh: '正在确认登录状态', en: 'Checking your session' },
  userMenuHint: { zh: '账户菜单', en: 'Account menu' },
  forbiddenTitle: { zh: '无权访问此页面', en: 'You may not open this page' },
  forbiddenText: { zh: '您的角色没有此页面的权限。如需开通，请联系系统管理员。', en: 'Your role does not give access to this page. Ask your administrator if you need it.' },
  backHome: { zh: '返回首页', en: 'Back to the home page' },
  wrongPortalTitle: { zh: '请使用对应的平台入口', en: 'Please use the right portal' },
} as const satisfies Record<string, LocalizedText>;

/** "企业账户请在企业申报端登录" and the like, naming the portal the account belongs to. */
export function wrongPortalText(accountKind: LocalizedText, portal: LocalizedText): LocalizedText {
  return {
    zh: `${accountKind.zh}不能在本平台使用，请前往${portal.zh}登录。`,
    en: `${accountKind.en} cannot be used here; please sign in on the ${portal.en}.`,
  };
}

/** "前往评审管理端" / "Go to the review and administration portal". */
export function goToPortalText(portal: LocalizedText): LocalizedText {
  return { zh: `前往${portal.zh}`, en: `Go to the ${portal.en}` };
}
