import type { LocalizedText } from '@shifan/domain';

export const VERIFICATIONS_TEXTS = {
  title: { zh: '企业认证', en: 'Enterprise verification' },
  intro: {
    zh: '新注册企业须上传营业执照和授权书，证明账户确由该企业注册。推荐单位审核员只处理选择本推荐单位的企业，市级审核员可处理全部。通过后企业才能提交申报；不通过须写明理由，企业会收到通知。',
    en: 'A newly registered enterprise uploads its business licence and authorisation letter to prove it registered itself. Recommending-unit officers decide the enterprises that chose their unit, city officers all of them. Only a verified enterprise can submit; a rejection needs a reason, which the enterprise is told.',
  },
  status: { zh: '状态', en: 'Status' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  district: { zh: '推荐单位', en: 'Recommending unit' },
  unitFilter: { zh: '按推荐单位筛选', en: 'Filter by recommending unit' },
  requestedAt: { zh: '提交时间', en: 'Sent' },
  decidedAt: { zh: '审核时间', en: 'Decided' },
  documents: { zh: '认证材料', en: 'Documents' },
  reason: { zh: '理由', en: 'Reason' },
  open: { zh: '查看并审核', en: 'Review' },
  view: { zh: '在新标签页中查看', en: 'Open in a new tab' },
  accept: { zh: '通过', en: 'Accept' },
  reject: { zh: '不通过', en: 'Reject' },
  rejectReason: { zh: '不通过理由（企业可见）', en: 'Why (the enterprise reads this)' },
  accepted: { zh: '已通过认证', en: 'Verified' },
  rejected: { zh: '已退回企业', en: 'Rejected; the enterprise is told why' },
  empty: { zh: '没有该状态的企业', en: 'No enterprise in this state' },
  cancel: { zh: '取消', en: 'Cancel' },
} as const satisfies Record<string, LocalizedText>;
