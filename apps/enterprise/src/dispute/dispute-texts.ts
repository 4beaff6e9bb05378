import type { LocalizedText } from '@shifan/domain';

export const DISPUTE_TEXTS = {
  link: { zh: '该信用代码已被注册？提出异议', en: 'USCC already registered by someone else? Dispute it' },
  title: { zh: '信用代码异议', en: 'Dispute a registered USCC' },
  intro: {
    zh: '如果本企业的统一社会信用代码已被他人注册，请填写联系方式和情况说明，并上传营业执照扫描件和加盖公章、法定代表人签字的授权书。管理员核实后，异议成立的，原账户将被停用，您将通过邮件收到设置企业管理员密码的链接。',
    en: 'If someone else registered your enterprise’s USCC, give your contact details and what happened, then upload the business licence and an authorisation letter signed by the legal representative and sealed. If an administrator upholds the dispute, the existing accounts are disabled and you receive a link by email to set the password of your enterprise administrator account.',
  },
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  enterpriseName: { zh: '企业名称（与营业执照一致）', en: 'Enterprise name (as on the business licence)' },
  contactName: { zh: '联系人', en: 'Contact person' },
  mobile: { zh: '手机号', en: 'Mobile' },
  email: { zh: '电子邮箱（接收处理结果）', en: 'Email (for the outcome)' },
  statement: { zh: '情况说明', en: 'What happened' },
  submit: { zh: '提交异议', en: 'File the dispute' },
  filed: { zh: '异议已登记，案件编号', en: 'Dispute filed, case number' },
  uploadIntro: { zh: '请在24小时内上传以下两份材料（PDF、JPG、PNG、OFD，单个不超过10 MB）：', en: 'Upload both documents within 24 hours (PDF, JPG, PNG or OFD, at most 10 MB each):' },
  upload: { zh: '上传', en: 'Upload' },
  uploaded: { zh: '已上传', en: 'Uploaded' },
  done: { zh: '材料已齐，管理员将核实并通过邮件告知处理结果。', en: 'Both documents are in. An administrator will check them and email you the outcome.' },
  backToRegister: { zh: '返回注册', en: 'Back to registration' },
} as const satisfies Record<string, LocalizedText>;
