import type { LocalizedText, ReviewNotice } from '@shifan/domain';

/** Texts of the review lists (推荐单位初审, 形式审查) and of one application's review page. */
export const REVIEW_TEXTS = {
  districtTitle: { zh: '推荐单位初审', en: 'Recommending-unit review' },
  districtIntro: {
    zh: '选择本推荐单位的企业提交的申报。逐项核对后推荐、退回修改或不予推荐；已推荐的申报按推荐顺序排列，可调整顺序并导出推荐名单报送市经信局。',
    en: 'The applications of the enterprises that chose your recommending unit. Check each one, then recommend it, return it for changes or decline to recommend it; recommended applications are listed in priority order, which you can change and export for the city bureau.',
  },
  cityTitle: { zh: '形式审查', en: 'Formal check' },
  cityIntro: {
    // wording-allow: 不予受理 (the city's formal check refuses to accept what a unit recommended)
    zh: '各推荐单位推荐的申报及其后续各阶段。逐项核对形式审查清单后受理、退回补正或不予受理；退回补正时系统生成一份列明全部问题的补正通知。',
    en: 'Applications the recommending units recommended, and every later stage. Go through the formal checklist, then accept, request revision or reject; a revision request sends one notice listing every problem.',
  },

  // Call selector
  call: { zh: '申报批次', en: 'Call' },
  callPlaceholder: { zh: '选择申报批次（默认全部）', en: 'Choose a call (all by default)' },
  callRequiredPlaceholder: { zh: '请选择申报批次', en: 'Choose a call' },
  callStatusFilter: { zh: '批次状态', en: 'Call status' },
  allCallStatuses: { zh: '全部状态', en: 'Any status' },
  moreCalls: { zh: '仅列出最近的 100 个批次，可按状态筛选', en: 'Only the latest 100 calls are listed; filter by status to narrow them' },

  // Filters
  stateFilter: { zh: '按申报状态筛选', en: 'Filter by state' },
  districtFilter: { zh: '按推荐单位筛选', en: 'Filter by recommending unit' },
  searchPlaceholder: { zh: '企业名称、信用代码、受理编号或项目名称', en: 'Enterprise, USCC, receipt number or project' },
  reset: { zh: '重置', en: 'Reset' },

  // Columns
  receiptNo: { zh: '受理编号', en: 'Receipt no.' },
  project: { zh: '项目', en: 'Project' },
  projectName: { zh: '项目名称', en: 'Project name' },
  enterprise: { zh: '申报企业', en: 'Enterprise' },
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  district: { zh: '推荐单位', en: 'Recommending unit' },
  subField: { zh: '细分领域', en: 'Sub-field' },
  callTitle: { zh: '申报批次', en: 'Call' },
  investment: { zh: '总投资（万元）', en: 'Investment (10k yuan)' },
  state: { zh: '状态', en: 'State' },
  submittedAt: { zh: '提交时间', en: 'Submitted' },
  eligibility: { zh: '条件核验', en: 'Eligibility' },
  priority: { zh: '推荐顺序', en: 'Priority' },
  revisionDueOn: { zh: '补正截止', en: 'Revision due' },
  version: { zh: '版本', en: 'Version' },
  id: { zh: '编号', en: 'ID' },
  actions: { zh: '操作', en: 'Actions' },
  none: { zh: '—', en: '—' },

  // Recommended list
  recommendedTitle: { zh: '推荐名单', en: 'Recommended list' },
  recommendedIntro: {
    zh: '本推荐单位对该批次的推荐，按优先顺序排列（第 1 位优先级最高）。调整顺序后立即保存。',
    en: 'Your recommending unit’s recommendations for this call, highest priority first. Each move is saved at once.',
  },
  recommendedEmpty: { zh: '该批次尚无本推荐单位推荐的申报', en: 'No application of your recommending unit is recommended in this call yet' },
  chooseCallForRecommended: {
    zh: '选择申报批次后，可查看和调整本推荐单位的推荐顺序并导出推荐名单。',
    en: 'Choose a call to see and order your recommending unit’s recommendations and export the list.',
  },
  moveUp: { zh: '上移', en: 'Move up' },
  moveDown: { zh: '下移', en: 'Move down' },
  orderSaved: { zh: '推荐顺序已保存', en: 'Priority order saved' },
  exportRecommended: { zh: '导出推荐单位推荐名单（Excel）', en: 'Export the recommending unit’s list (Excel)' },
  exportRecommendedHint: { zh: '按推荐顺序导出本推荐单位对所选批次的推荐单位推荐名单', en: 'Exports your recommending unit’s recommendations for the chosen call in priority order' },
  chooseCallFirst: { zh: '请先选择申报批次', en: 'Choose a call first' },
  exported: { zh: '已开始下载', en: 'Download started' },

  // CSV export of the city list
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  exportHint: {
    zh: '按当前筛选条件导出全部申报（最多 1000 条；UTF-8，可用 Excel 打开）。',
    en: 'Exports every application matching the filters (up to 1,000; UTF-8, opens in Excel).',
  },
  exportEmpty: { zh: '没有符合条件的申报可导出', en: 'No applications match the filters' },

  // Detail page
  detailTitle: { zh: '申报审核', en: 'Application review' },
  backToDistrict: { zh: '返回推荐单位初审', en: 'Back to recommending-unit review' },
  backToCity: { zh: '返回形式审查', en: 'Back to formal check' },
  loadFailed: { zh: '无法读取该申报', en: 'The application could not be loaded' },
  summary: { zh: '申报概要', en: 'Summary' },
  formData: { zh: '申报书内容', en: 'Application form' },
  otherFields: { zh: '其他字段', en: 'Other fields' },
  noFormData: { zh: '申报书没有填写内容', en: 'The form is empty' },
  attachments: { zh: '附件材料', en: 'Attachments' },
  noAttachments: { zh: '没有上传附件', en: 'No attachments' },
  fileName: { zh: '文件名', en: 'File' },
  slot: { zh: '材料', en: 'Document' },
  size: { zh: '大小', en: 'Size' },
  uploadedAt: { zh: '上传时间', en: 'Uploaded' },
  openHint: { zh: '在新标签页中打开（查看行为将记入审计日志）', en: 'Opens in a new tab (viewing is audited)' },
  eligibilityTitle: { zh: '申报条件核验结果', en: 'Eligibility check' },
  noEligibility: { zh: '没有核验结果', en: 'No eligibility report' },
  rule: { zh: '条件', en: 'Condition' },
  outcome: { zh: '结果', en: 'Outcome' },
  message: { zh: '说明', en: 'Details' },
  noticeTitle: { zh: '当前审核通知', en: 'Current notice' },
  noticeIssued: { zh: '发出时间', en: 'Issued' },
  noticeIssuedBy: { zh: '发出人', en: 'Issued by' },
  noticeDueOn: { zh: '补正截止日期', en: 'Resubmit by' },
  formalHistory: { zh: '历次形式审查', en: 'Earlier formal checks' },
  round: { zh: '轮次', en: 'Round' },
  checkedAt: { zh: '审查时间', en: 'Checked' },
  checkedBy: { zh: '审查人', en: 'Checked by' },
  reason: { zh: '理由', en: 'Reason' },
  item: { zh: '审查项', en: 'Item' },
  result: { zh: '结论', en: 'Result' },
  note: { zh: '说明', en: 'Note' },
  changesTitle: { zh: '自上次审查以来的修改', en: 'Changes since the last check' },
  changesIntro: {
    zh: '企业补正后重新提交的内容与上次形式审查时的差异。',
    en: 'What the enterprise changed in its resubmission since the last formal check.',
  },
  field: { zh: '字段', en: 'Field' },
  before: { zh: '修改前', en: 'Before' },
  after: { zh: '修改后', en: 'After' },
  attachmentPrefix: { zh: '附件：', en: 'Attachment: ' },
  timeline: { zh: '办理进度', en: 'Timeline' },
  created: { zh: '创建申报', en: 'Created' },
  toRanking: { zh: '查看评审排名', en: 'Open the ranking' },
  toRankingHint: { zh: '专家评审结果与拟入选决定在排名页办理', en: 'Expert results and shortlisting are on the ranking page' },

  // Stale version
  staleTitle: { zh: '申报已被他人处理', en: 'Changed elsewhere' },
  staleText: {
    zh: '在您审核期间，该申报已被更新（可能是企业撤回、或其他审核员已处理）。请重新载入后查看最新状态再操作。',
    en: 'The application changed while you were reviewing it (the enterprise withdrew it, or another officer acted on it). Reload it and check the latest state before acting.',
  },
  reload: { zh: '重新载入', en: 'Reload' },

  // Modals
  cancel: { zh: '取消', en: 'Cancel' },
  reasonPlaceholder: { zh: '请填写理由（至少 2 个字）', en: 'Give the reason (at least 2 characters)' },
  reasonRequired: { zh: '请填写理由（至少 2 个字）', en: 'Give a reason (at least 2 characters)' },
  rejectReason: { zh: '不予推荐理由', en: 'Reason for not recommending' },
  formalRejectReason: { zh: '形式审查不予受理理由', en: 'Reason for rejection' },
  colon: { zh: '：', en: ': ' },
} as const satisfies Record<string, LocalizedText>;

/** District preliminary review actions. */
export const DISTRICT_DECISION_TEXTS = {
  panelTitle: { zh: '推荐单位初审', en: 'Recommending-unit review' },
  panelIntro: {
    zh: '核对申报内容、条件核验结果和附件后作出决定。推荐后申报进入市级形式审查；退回修改时请逐项列明原因；不予推荐将结束本申报。',
    en: 'Check the form, the eligibility results and the attachments, then decide. A recommendation sends the application to the city’s formal check; a return lists each reason; a rejection ends the application.',
  },
  recommend: { zh: '推荐', en: 'Recommend' },
  return: { zh: '退回修改', en: 'Return for changes' },
  reject: { zh: '不予推荐', en: 'Do not recommend' },
  recommendTitle: { zh: '推荐至市级形式审查', en: 'Recommend to the city' },
  recommendText: {
    zh: '推荐后，申报将按本推荐单位的推荐顺序排在末位，可在推荐单位初审页调整顺序。',
    en: 'The application goes to the end of your recommending unit’s priority list; you can reorder it on the recommending-unit review page.',
  },
  comment: { zh: '推荐意见（可选）', en: 'Comment (optional)' },
  commentPlaceholder: { zh: '如：材料齐全，项目符合本地产业方向', en: 'e.g. documents complete, fits the unit’s priorities' },
  returnTitle: { zh: '退回修改', en: 'Return for changes' },
  returnText: {
    zh: '逐项列出需要企业修改的内容，企业将收到包含全部事项的通知。',
    en: 'List each thing the enterprise must change; it receives one notice with all of them.',
  },
  itemKey: { zh: '涉及内容', en: 'About' },
  itemKeyPlaceholder: { zh: '选择申报书字段或“其他”', en: 'Choose a form field or “Other”' },
  itemMessage: { zh: '修改要求', en: 'What to change' },
  itemMessagePlaceholder: { zh: '说明需要如何修改（至少 2 个字）', en: 'Say what to change (at least 2 characters)' },
  other: { zh: '其他', en: 'Other' },
  addItem: { zh: '添加一项', en: 'Add an item' },
  removeItem: { zh: '删除', en: 'Remove' },
  itemKeyRequired: { zh: '请选择涉及内容', en: 'Choose what it is about' },
  itemMessageRequired: { zh: '请填写修改要求（至少 2 个字）', en: 'Say what to change (at least 2 characters)' },
  rejectTitle: { zh: '不予推荐', en: 'Do not recommend' },
  rejectText: {
    zh: '不予推荐后本申报即告结束，企业将收到附理由的通知。此操作不可撤销。',
    en: 'The application ends and the enterprise is told why. This cannot be undone.',
  },
  recommended: { zh: '已推荐至市级形式审查', en: 'Recommended to the city' },
  returned: { zh: '已退回企业修改', en: 'Returned to the enterprise' },
  rejected: { zh: '已不予推荐', en: 'Not recommended' },
  fieldsGroup: { zh: '申报书字段', en: 'Form fields' },
} as const satisfies Record<string, LocalizedText>;

/** The city's formal check. */
export const FORMAL_CHECK_TEXTS = {
  panelTitle: { zh: '形式审查', en: 'Formal check' },
  panelIntro: {
    zh: '逐项核对，每项选择“通过”或“不通过”并填写说明。全部通过方可受理；有不通过项时可退回补正，补正通知将列明每一不通过项及其说明。',
    en: 'Go through each item: pass or fail, with a note. Only an application passing every item can be accepted; with failed items you can request revision, and the notice lists each failed item with its note.',
  },
  pass: { zh: '通过', en: 'Pass' },
  fail: { zh: '不通过', en: 'Fail' },
  carriedOver: { zh: '上次已通过', en: 'Passed last time' },
  carriedOverHint: {
    zh: '该项在上次形式审查中已通过，已预先勾选；如企业补正时改动了相关内容，请重新核对。',
    en: 'Passed at the last check and preselected; check it again if the resubmission touched it.',
  },
  notePlaceholder: { zh: '说明（不通过时必填）', en: 'Note (required when failed)' },
  noteRequired: { zh: '不通过的事项须填写说明（至少 2 个字），补正通知将列明', en: 'Each failed item needs a note (at least 2 characters) for the notice' },
  unanswered: { zh: '尚有事项未核对', en: 'Some items are not checked yet' },
  accept: { zh: '形式审查通过', en: 'Accept' },
  requestRevision: { zh: '退回补正', en: 'Request revision' },
  // wording-allow: 不予受理 (formal check)
  reject: { zh: '不予受理', en: 'Reject' },
  acceptDisabled: { zh: '全部事项通过后方可受理', en: 'Every item must pass to accept' },
  revisionDisabled: { zh: '至少一项不通过且已填写说明时方可退回补正', en: 'Needs at least one failed item, each with a note' },
  acceptTitle: { zh: '形式审查通过', en: 'Accept the application' },
  acceptText: {
    zh: '全部审查项均已通过。受理后申报进入专家评审环节。',
    en: 'Every item passed. Once accepted, the application goes on to expert review.',
  },
  revisionTitle: { zh: '退回补正', en: 'Request revision' },
  noticePreview: { zh: '补正通知将列明以下事项：', en: 'The notice will list:' },
  // wording-allow: 不予受理 (formal check)
  rejectTitle: { zh: '不予受理', en: 'Reject' },
  rejectText: {
    // wording-allow: 不予受理 (formal check)
    zh: '不予受理后本申报即告结束，企业将收到附理由的通知。审查清单将一并记录。',
    en: 'The application ends and the enterprise is told why. The checklist is recorded with it.',
  },
  accepted: { zh: '已受理（形式审查通过）', en: 'Accepted' },
  revisionRequested: { zh: '已退回补正，补正通知已发出', en: 'Revision requested; the notice was sent' },
  // wording-allow: 不予受理 (formal check)
  rejected: { zh: '已不予受理', en: 'Rejected' },
  checklistIncomplete: { zh: '请先逐项核对全部审查项', en: 'Check every item first' },
} as const satisfies Record<string, LocalizedText>;

/** Expert scores of one application, for city officers. */
export const SCORES_TEXTS = {
  title: { zh: '专家评分', en: 'Expert scores' },
  expert: { zh: '专家', en: 'Expert' },
  status: { zh: '状态', en: 'Status' },
  total: { zh: '总分', en: 'Total' },
  outlier: { zh: '偏离', en: 'Outlier' },
  outlierReason: { zh: '偏离说明', en: 'Outlier reason' },
  submittedAt: { zh: '提交时间', en: 'Submitted' },
  criterion: { zh: '评分项', en: 'Criterion' },
  points: { zh: '得分', en: 'Points' },
  comment: { zh: '评语', en: 'Comment' },
  reopen: { zh: '重新开放', en: 'Reopen' },
  reopenTitle: { zh: '重新开放评分', en: 'Reopen the score' },
  reopenReason: { zh: '重新开放理由', en: 'Reason for reopening' },
  reopenText: {
    zh: '重新开放后该专家可修改评分，申报回到专家评审中。请说明理由，操作将记入审计日志。',
    en: 'The expert can change the score again and the application returns to expert review. Give a reason; this is audited.',
  },
  reopenNotNow: { zh: '申报已过评分阶段，不能重新开放', en: 'The application is past scoring' },
  reopened: { zh: '评分已重新开放', en: 'Score reopened' },
  none: { zh: '尚无评分', en: 'No scores yet' },
  outlierYes: { zh: '偏离', en: 'Outlier' },
  trimmedMean: { zh: '去极值平均分', en: 'Trimmed mean' },
  median: { zh: '中位数', en: 'Median' },
  spread: { zh: '极差', en: 'Spread' },
} as const satisfies Record<string, LocalizedText>;

export const SCORE_STATUS_LABELS: Readonly<Record<'none' | 'draft' | 'submitted', LocalizedText>> = {
  none: { zh: '未评分', en: 'Not started' },
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
};

export const VERDICT_LABELS: Readonly<Record<'eligible' | 'ineligible' | 'incomplete', LocalizedText>> = {
  eligible: { zh: '符合申报条件', en: 'Eligible' },
  ineligible: { zh: '不符合申报条件', en: 'Not eligible' },
  incomplete: { zh: '信息不完整', en: 'Incomplete' },
};

export const OUTCOME_LABELS: Readonly<Record<'pass' | 'fail' | 'warn' | 'missing', LocalizedText>> = {
  pass: { zh: '符合', en: 'Pass' },
  fail: { zh: '不符合', en: 'Fail' },
  warn: { zh: '提示', en: 'Warning' },
  missing: { zh: '未填写', en: 'Missing' },
};

export const NOTICE_KIND_LABELS: Readonly<Record<ReviewNotice['kind'], LocalizedText>> = {
  district_return: { zh: '推荐单位退回修改通知', en: 'Returned by the recommending unit' },
  formal_revision: { zh: '形式审查补正通知', en: 'Formal check: revision requested' },
  district_rejection: { zh: '不予推荐通知', en: 'Not recommended by the recommending unit' },
  formal_rejection: { zh: '形式审查不予受理通知', en: 'Rejected at the formal check' },
};

export const FORMAL_OUTCOME_LABELS: Readonly<Record<'accept' | 'request_revision' | 'reject', LocalizedText>> = {
  accept: { zh: '通过', en: 'Accepted' },
  request_revision: { zh: '退回补正', en: 'Revision requested' },
  reject: { zh: '不予受理', en: 'Rejected' }, // wording-allow: 不予受理 (formal check outcome)
};

export function exportProgressText(done: number, total: number): LocalizedText {
  return { zh: `正在导出：已取得 ${done} / ${total} 条`, en: `Exporting: ${done} of ${total} fetched` };
}

export function exportedText(count: number, truncated: boolean): LocalizedText {
  return truncated
    ? { zh: '已导出前 1000 条（共有更多，请缩小筛选范围）', en: 'Exported the first 1,000 (there are more; narrow the filters)' }
    : { zh: `已导出 ${count} 条申报`, en: `Exported ${count} applications` };
}

export function priorityText(priority: number): LocalizedText {
  return { zh: `第 ${priority} 位`, en: `#${priority}` };
}

export function recommendedCountText(count: number, quota: number): LocalizedText {
  return quota > 0
    ? { zh: `已推荐 ${count} 项（本批次本推荐单位最多推荐 ${quota} 项）`, en: `${count} recommended (at most ${quota} for your unit in this call)` }
    : { zh: `已推荐 ${count} 项（本批次不限推荐数量）`, en: `${count} recommended (no limit for your unit in this call)` };
}

export function revisionDeadlineText(workingDays: number | null, expectedOn: string | null): LocalizedText {
  if (workingDays === null) return { zh: '补正期限按本批次设置的工作日数计算。', en: 'The deadline follows the call’s working-day setting.' };
  const date = expectedOn ? { zh: `（按今日发出约为 ${expectedOn}，以通知书为准）`, en: ` (about ${expectedOn} if sent today; the notice decides)` } : { zh: '', en: '' };
  return {
    zh: `企业须在通知发出后 ${workingDays} 个工作日内补正并重新提交${date.zh}。`,
    en: `The enterprise has ${workingDays} working days from the notice to revise and resubmit${date.en}.`,
  };
}

export function failedItemsText(count: number): LocalizedText {
  return { zh: `${count} 项不通过`, en: `${count} failed` };
}

export function versionText(version: number): LocalizedText {
  return { zh: `第 ${version} 版`, en: `Version ${version}` };
}

export function roundText(round: number): LocalizedText {
  return { zh: `第 ${round} 轮`, en: `Round ${round}` };
}
