import type { LocalizedText } from '@shifan/domain';

export const ASSIGNMENTS_TEXTS = {
  title: { zh: '我的评审任务', en: 'My reviews' },
  intro: {
    zh: '分配给您评审的申报。打开每一项前须先签署无利益冲突声明；评分可先保存草稿，提交后不能修改。',
    en: 'The applications assigned to you. Before opening each one, confirm the no-conflict declaration; you may save a draft score, and a submitted score cannot be changed.',
  },
  call: { zh: '申报批次', en: 'Call' },
  panel: { zh: '专家组', en: 'Panel' },
  project: { zh: '项目', en: 'Project' },
  enterprise: { zh: '申报单位', en: 'Applicant' },
  anonymous: { zh: '匿名评审', en: 'Blind review' },
  field: { zh: '细分领域', en: 'Sub-field' },
  declaration: { zh: '声明', en: 'Declaration' },
  score: { zh: '评分', en: 'Score' },
  total: { zh: '总分', en: 'Total' },
  statusFilter: { zh: '按声明状态筛选', en: 'Filter by declaration' },
  scoreFilter: { zh: '按评分状态筛选', en: 'Filter by score' },
  reset: { zh: '重置', en: 'Reset' },
  start: { zh: '开始评审', en: 'Start' },
  continue: { zh: '继续评分', en: 'Continue' },
  view: { zh: '查看', en: 'View' },
  empty: { zh: '暂无分配给您的评审任务', en: 'Nothing is assigned to you yet' },
  steppedDownTitle: { zh: '您已退出该项目的评审', en: 'You have stepped down from this review' },
} as const satisfies Record<string, LocalizedText>;

export function todoText(count: number): LocalizedText {
  return count === 0 ? { zh: '全部评审任务已完成', en: 'All reviews are done' } : { zh: `还有 ${count} 项待完成`, en: `${count} still to do` };
}

export function steppedDownText(project: string): LocalizedText {
  return {
    zh: `您已申明与“${project}”存在利益冲突，已退出该项目的评审；系统将由备选专家递补。`,
    en: `You declared a conflict of interest with “${project}” and have stepped down from its review; a reserve expert will replace you.`,
  };
}

export const DECLARATION_TEXTS = {
  title: { zh: '无利益冲突声明', en: 'No-conflict declaration' },
  intro: {
    zh: '查看申报材料前，请确认您与下列申报不存在应当回避（回避）的情形。声明记入审计日志。',
    en: 'Before you see the application, confirm that none of the grounds for recusal (回避) below applies to you. The declaration is recorded in the audit trail.',
  },
  application: { zh: '申报', en: 'Application' },
  grounds: { zh: '有下列情形之一的，应当回避：', en: 'You must step down if any of these applies:' },
  groundEmployer: {
    zh: '您的工作单位为申报单位或联合申报单位；',
    en: 'You work for the applicant or a co-applicant;',
  },
  groundRelationsIntro: { zh: '您与申报单位存在以下关系之一：', en: 'You have one of these ties with the applicant:' },
  groundCoApplication: {
    zh: '近 3 年内您（或您的工作单位）与申报单位联合申报过项目。',
    en: 'You (or your employer) applied jointly with the applicant for a project within the last 3 years.',
  },
  consequence: {
    zh: '如存在上述任一情形，请申明存在利益冲突：您将退出本项目的评审，由备选专家递补。确认无利益冲突后方可查看申报材料和评分。',
    en: 'If any of them applies, declare the conflict: you step down from this review and a reserve expert replaces you. Once you confirm there is no conflict, you can see the application and score it.',
  },
  blind: {
    zh: '本批次为匿名评审，申报单位名称不予显示。如您在阅读材料时发现存在上述情形，请立即联系市级审核员。',
    en: 'This call is reviewed blind, so the applicant is not named. If you notice one of these grounds while reading, tell the city officer at once.',
  },
  confirm: { zh: '确认无利益冲突', en: 'I have no conflict of interest' },
  declare: { zh: '申明存在利益冲突', en: 'I have a conflict of interest' },
  note: { zh: '如存在利益冲突，请简要说明（选填）', en: 'If you have a conflict, say briefly what it is (optional)' },
  notePlaceholder: { zh: '例如：本人曾于 2023 年为该单位提供咨询服务', en: 'e.g. I consulted for the applicant in 2023' },
  confirmed: { zh: '已确认无利益冲突，现在可以查看申报材料', en: 'Confirmed; you can now see the application' },
  steppedDown: {
    zh: '您已申明利益冲突并退出该项目的评审，系统将由备选专家递补',
    en: 'You declared a conflict and stepped down; a reserve expert will replace you',
  },
} as const satisfies Record<string, LocalizedText>;

export const SCORE_TEXTS = {
  back: { zh: '返回评审任务', en: 'Back to my reviews' },
  loadFailed: { zh: '未能读取申报', en: 'The application could not be loaded' },
  blindTitle: { zh: '匿名评审', en: 'Blind review' },
  blindNotice: {
    zh: '本批次为匿名评审：申报单位名称、统一社会信用代码、联系方式及可识别身份的附件均已隐去。请仅依据申报内容评分。',
    en: 'This call is reviewed blind: the applicant’s name, USCC, contacts and identifying attachments are hidden. Score on the content only.',
  },
  reopenedTitle: { zh: '您的评分已被退回修改', en: 'Your score was reopened' },
  reopenedReason: { zh: '市级审核员退回理由：', en: 'The city officer’s reason: ' },
  applicant: { zh: '申报单位', en: 'Applicant' },
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  receiptNo: { zh: '受理编号', en: 'Receipt no.' },
  call: { zh: '申报批次', en: 'Call' },
  category: { zh: '项目类别', en: 'Programme' },
  hidden: { zh: '（匿名评审，不予显示）', en: '(hidden in blind review)' },
  content: { zh: '申报内容', en: 'The application' },
  otherFields: { zh: '其他信息', en: 'Other information' },
  eligibility: { zh: '申报条件核验', en: 'Eligibility check' },
  noEligibility: { zh: '无核验结果', en: 'No eligibility report' },
  verdict: { zh: '核验结论', en: 'Verdict' },
  rule: { zh: '条件', en: 'Rule' },
  outcome: { zh: '结果', en: 'Outcome' },
  message: { zh: '说明', en: 'Details' },
  attachments: { zh: '附件材料', en: 'Attachments' },
  attachmentsHint: { zh: '点击在新标签页中打开（查看记入审计日志）。', en: 'Opens in a new tab (each view is audited).' },
  noAttachments: { zh: '无可查看的附件', en: 'No attachments to show' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  // The score form
  scoreTitle: { zh: '评分', en: 'Your score' },
  scoreIntro: {
    zh: '请按各评分项打分（0 至满分），系统按权重折算为百分制总分。评分可先保存草稿；提交后不能修改。',
    en: 'Score each criterion from 0 to its maximum; the weights turn your points into a total out of 100. You may save a draft; once submitted, the score cannot be changed.',
  },
  criterion: { zh: '评分项', en: 'Criterion' },
  weight: { zh: '权重', en: 'Weight' },
  maxPoints: { zh: '满分', en: 'Max' },
  points: { zh: '得分', en: 'Points' },
  comment: { zh: '评语', en: 'Comment' },
  commentPlaceholder: { zh: '评分理由（选填）', en: 'Why (optional)' },
  total: { zh: '加权总分', en: 'Weighted total' },
  totalPending: { zh: '各项打分完成后显示', en: 'Shown once every criterion is scored' },
  saveDraft: { zh: '保存草稿', en: 'Save draft' },
  submit: { zh: '提交评分', en: 'Submit score' },
  draftSaved: { zh: '评分草稿已保存', en: 'Draft saved' },
  submitted: { zh: '评分已提交', en: 'Score submitted' },
  confirmTitle: { zh: '确认提交评分？', en: 'Submit the score?' },
  confirmText: { zh: '提交后不能修改。请核对各项得分与评语。', en: 'Once submitted, it cannot be changed. Check your points and comments.' },
  confirmOk: { zh: '确认提交', en: 'Submit' },
  cancel: { zh: '取消', en: 'Cancel' },
  incomplete: { zh: '请先完成各评分项的打分：', en: 'Score every criterion first:' },
  outlierTitle: { zh: '请说明评分理由', en: 'Explain your score' },
  outlierReason: { zh: '偏离理由', en: 'Reason for the difference' },
  outlierPlaceholder: { zh: '请说明您的评分与其他专家差异较大的理由', en: 'Why does your score differ so much from the others?' },
  outlierRequired: { zh: '请填写偏离理由后再提交', en: 'Give the reason before submitting' },
  outlierShown: { zh: '偏离理由：', en: 'Reason for the difference: ' },
  stale: { zh: '评分已在别处更新（如在另一窗口保存）。请重新载入后再操作。', en: 'The score was changed elsewhere (e.g. in another window). Reload before going on.' },
  reload: { zh: '重新载入', en: 'Reload' },
  submittedAt: { zh: '提交时间', en: 'Submitted' },
  lockedNotice: { zh: '评分已提交，不能再修改。', en: 'Your score is submitted and can no longer be changed.' },
  // Panel totals
  panelScores: { zh: '专家组评分（匿名）', en: 'The panel’s totals (anonymised)' },
  panelScoresIntro: {
    zh: '已提交评分的专家总分，专家身份已隐去。去极值平均分：5 位及以上专家评分时去掉一个最高分和一个最低分后取平均。',
    en: 'Totals of the experts who have submitted, without names. Trimmed mean: with 5 or more scores, the highest and lowest are dropped before averaging.',
  },
  expert: { zh: '专家', en: 'Expert' },
  mine: { zh: '我的评分', en: 'Mine' },
  trimmedMean: { zh: '去极值平均分', en: 'Trimmed mean' },
  noTotals: { zh: '暂无已提交的评分', en: 'No submitted scores yet' },
} as const satisfies Record<string, LocalizedText>;

/** "标签：" / "Label: ". */
export function labelled(label: LocalizedText): LocalizedText {
  return { zh: `${label.zh}：`, en: `${label.en}: ` };
}

export function outlierExplainText(threshold: number): LocalizedText {
  return {
    zh: `您的总分与专家组去极值平均分相差超过 ${threshold} 分。按规定，偏离较大的评分须书面说明理由；请填写后再次提交。`,
    en: `Your total is more than ${threshold} points away from the panel’s trimmed mean. A score that far off needs a written reason; give it and submit again.`,
  };
}

export function pointsRangeText(max: number): LocalizedText {
  return { zh: `0–${max} 分`, en: `0–${max} points` };
}

export function submittedAtText(when: string): LocalizedText {
  return { zh: `评分已于 ${when} 提交，不能再修改。`, en: `Submitted on ${when}; it can no longer be changed.` };
}

export function criterionLabel(name: LocalizedText, what: LocalizedText): LocalizedText {
  return { zh: `${name.zh} ${what.zh}`, en: `${name.en} ${what.en}` };
}
