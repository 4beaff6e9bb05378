import type { CallStatus, LocalizedText } from '@shifan/domain';

export const CALLS_TEXTS = {
  title: { zh: '申报批次', en: 'Calls for applications' },
  intro: {
    zh: '正在受理和往年的申报批次。截止时间均为北京时间；系统按服务器时间判断是否逾期。每家企业每个批次限报一项。',
    en: 'Calls open now and from past years. Deadlines are Beijing time, and the server’s clock decides whether a submission is on time. One application per enterprise per call.',
  },
  statusOpen: { zh: '受理中', en: 'Open' },
  statusClosed: { zh: '已截止', en: 'Closed' },
  categoryFilter: { zh: '项目类别', en: 'Programme' },
  yearFilter: { zh: '年度', en: 'Year' },
  statusFilter: { zh: '批次状态', en: 'Status' },
  allCategories: { zh: '全部类别', en: 'All programmes' },
  allYears: { zh: '全部年度', en: 'All years' },
  apply: { zh: '申报', en: 'Apply' },
  continueApplication: { zh: '继续填写', en: 'Continue' },
  viewApplication: { zh: '查看我的申报', en: 'View my application' },
  signInToApply: { zh: '登录后申报', en: 'Sign in to apply' },
  applicationPeriod: { zh: '申报时间', en: 'Application period' },
  quota: { zh: '计划名额', en: 'Quota' },
  attachments: { zh: '需上传材料', en: 'Documents' },
  none: { zh: '没有符合条件的批次', en: 'No calls match' },
  alreadyApplied: { zh: '本企业已在该批次申报，已为您打开该申报。', en: 'Your enterprise already has an application in this call; it is open now.' },
  started: { zh: '已创建申报草稿', en: 'Application started' },
} as const satisfies Record<string, LocalizedText>;

export const CALL_STATUS_LABELS: Readonly<Record<CallStatus, LocalizedText>> = {
  draft: { zh: '草稿', en: 'Draft' },
  open: CALLS_TEXTS.statusOpen,
  closed: CALLS_TEXTS.statusClosed,
};

export function requiredDocumentsText(required: number, total: number): LocalizedText {
  return { zh: `${total} 项（必传 ${required} 项）`, en: `${total} (${required} required)` };
}

export function quotaText(quota: number): LocalizedText {
  return { zh: `${quota} 个`, en: `${quota}` };
}
