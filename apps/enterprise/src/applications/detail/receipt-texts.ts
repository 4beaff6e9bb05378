import type { LocalizedText } from '@shifan/domain';

export const RECEIPT_TEXTS = {
  title: { zh: '申报回执', en: 'Submission receipt' },
  subtitle: { zh: '您的申报已成功提交，请妥善保存受理编号。', en: 'Your application has been submitted. Keep the receipt number.' },
  receiptNo: { zh: '受理编号', en: 'Receipt number' },
  call: { zh: '申报批次', en: 'Call' },
  enterprise: { zh: '申报单位', en: 'Applicant' },
  submittedAt: { zh: '提交时间', en: 'Submitted at' },
  applicationId: { zh: '申报序号', en: 'Application ID' },
  note: {
    zh: '申报将先由企业信息中选择的推荐单位初审，再由市经信局形式审查和组织专家评审。办理进度可在“我的申报”中查看。截止前撤回后重新提交的，受理编号不变。',
    en: 'The recommending unit chosen in your profile checks the application first, then the city bureau runs the formal check and the expert review. Follow its progress under “My applications”. If you withdraw and submit again before the deadline, the receipt number stays the same.',
  },
  print: { zh: '打印回执', en: 'Print' },
  backToApplication: { zh: '查看申报书', en: 'View the application' },
  myApplications: { zh: '我的申报', en: 'My applications' },
} as const satisfies Record<string, LocalizedText>;
