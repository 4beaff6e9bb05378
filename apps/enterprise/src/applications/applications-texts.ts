import type { LocalizedText } from '@shifan/domain';

export const APPLICATIONS_TEXTS = {
  title: { zh: '我的申报', en: 'My applications' },
  intro: {
    zh: '本企业的全部申报。草稿和已撤回的申报可在截止前继续修改并提交；提交后可查看回执和办理进度。',
    en: 'All applications of your enterprise. Drafts and withdrawn applications can be edited and submitted until the deadline; after submission, see the receipt and the progress.',
  },
  call: { zh: '申报批次', en: 'Call' },
  state: { zh: '状态', en: 'State' },
  receiptNo: { zh: '受理编号', en: 'Receipt number' },
  deadline: { zh: '截止时间', en: 'Deadline' },
  updatedAt: { zh: '最后修改', en: 'Last changed' },
  open: { zh: '打开', en: 'Open' },
  edit: { zh: '继续填写', en: 'Continue' },
  receipt: { zh: '回执', en: 'Receipt' },
  searchPlaceholder: { zh: '按批次名称或受理编号筛选', en: 'Filter by call or receipt number' },
  stateFilter: { zh: '按状态筛选', en: 'Filter by state' },
  none: { zh: '还没有申报。请在“申报批次”中选择一个受理中的批次开始申报。', en: 'No applications yet. Choose an open call under “Calls” to start one.' },
  goToCalls: { zh: '查看申报批次', en: 'See the calls' },
} as const satisfies Record<string, LocalizedText>;
