import type { LocalizedText } from '@shifan/domain';

export const DISPUTES_TEXTS = {
  title: { zh: '信用代码异议', en: 'USCC disputes' },
  intro: {
    zh: '有人认为某个统一社会信用代码被他人冒名注册时提出的异议。核实营业执照和授权书后：异议成立的，该企业现有账户全部停用（会话和链接失效），异议人以该信用代码获得新的企业管理员账户（邀请链接发至其邮箱）；不成立的予以驳回。两种处理都须写明理由。',
    en: 'Claims that a USCC was registered by someone else. After checking the business licence and the authorisation letter: uphold — every existing account of the enterprise is disabled (sessions and links end) and the claimant gets a new administrator account under the USCC, invited by email; or dismiss. Both need a reason.',
  },
  caseNo: { zh: '案件编号', en: 'Case' },
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  registeredName: { zh: '已注册企业', en: 'Registered as' },
  claimedName: { zh: '异议人所称企业', en: 'Claimed by' },
  filedAt: { zh: '提出时间', en: 'Filed' },
  status: { zh: '状态', en: 'Status' },
  open: { zh: '查看并处理', en: 'Review' },
  claimant: { zh: '异议人', en: 'Claimant' },
  statement: { zh: '情况说明', en: 'Statement' },
  documents: { zh: '材料', en: 'Documents' },
  view: { zh: '在新标签页中查看', en: 'Open in a new tab' },
  reason: { zh: '处理理由（将发送给异议人）', en: 'Reason (sent to the claimant)' },
  uphold: { zh: '异议成立', en: 'Uphold' },
  dismiss: { zh: '驳回', en: 'Dismiss' },
  upholdConfirm: { zh: '确认异议成立？该企业现有账户将全部停用。', en: 'Uphold? Every existing account of the enterprise will be disabled.' },
  decided: { zh: '已处理', en: 'Decided' },
  empty: { zh: '没有该状态的异议', en: 'No dispute in this state' },
} as const satisfies Record<string, LocalizedText>;
