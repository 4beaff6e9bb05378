import type { LocalizedText } from '@shifan/domain';

export const REGISTER_TEXTS = {
  title: { zh: '企业注册', en: 'Register your enterprise' },
  intro: {
    zh: '注册后，本账户即为企业管理员，可邀请同事共同申报。登录时使用统一社会信用代码和您设置的密码。',
    en: 'The account you register is your enterprise’s administrator, who can invite colleagues to apply. You sign in with the USCC and the password you set.',
  },
  uscc: { zh: '统一社会信用代码', en: 'Unified social credit code (USCC)' },
  usccHint: { zh: '18位，见营业执照；输入时即时校验', en: '18 characters, printed on the business licence; checked as you type' },
  usccValid: { zh: '校验通过', en: 'Valid' },
  usccRegisteredBy: { zh: '登记管理部门', en: 'Registered by' },
  usccNotWuhan: {
    zh: '校验通过，但该代码由武汉市以外的登记机关赋码；请确认企业在武汉注册或经营。',
    en: 'Valid, but a registering authority outside Wuhan issued it; check that the enterprise is registered or operates in Wuhan.',
  },
  enterpriseName: { zh: '企业名称', en: 'Enterprise name' },
  enterpriseNameHint: { zh: '与营业执照上的名称一致', en: 'As on the business licence' },
  contactName: { zh: '联系人', en: 'Contact person' },
  mobile: { zh: '联系人手机号', en: 'Contact mobile' },
  email: { zh: '电子邮箱', en: 'Email' },
  emailHint: { zh: '用于接收通知和重置密码', en: 'For notices and password resets' },
  password: { zh: '登录密码', en: 'Password' },
  submit: { zh: '注册并登录', en: 'Register and sign in' },
  haveAccount: { zh: '已有账户？', en: 'Already registered?' },
  signIn: { zh: '直接登录', en: 'Sign in' },
} as const satisfies Record<string, LocalizedText>;
