import type { LocalizedText } from '@shifan/domain';

export const REVIEW_TEXTS = {
  intro: {
    zh: '请核对申报内容。提交时系统将按截止时间（以服务器时间为准）复核表单、申报条件和必传材料，通过后生成受理编号。',
    en: 'Check the application. On submission the server checks the deadline by its own clock, the form, the conditions and the required documents, then issues a receipt number.',
  },
  submit: { zh: '提交', en: 'Submit' },
  resubmit: { zh: '重新提交', en: 'Submit again' },
  submitConfirmTitle: { zh: '确认提交申报？', en: 'Submit the application?' },
  submitConfirm: { zh: '提交后申报书不能修改（截止前可撤回后修改再提交）。', en: 'After submission the application cannot be changed (until the deadline you can withdraw, edit and submit again).' },
  verdict: { zh: '申报条件', en: 'Conditions' },
  attachments: { zh: '附件材料', en: 'Attachments' },
  formComplete: { zh: '表单已填写完整', en: 'The form is complete' },
  openAttachments: { zh: '前往上传', en: 'Go to attachments' },
  summary: { zh: '申报内容', en: 'Your application' },
  unresolvedRules: { zh: '以下条件尚未满足或无法判断：', en: 'These conditions are not met or cannot be checked yet:' },
  notSubmittable: { zh: '当前状态下不能提交', en: 'It cannot be submitted in its current state' },
  fixFirst: { zh: '请先修正格式有误的字段，再提交', en: 'Correct the invalid fields before submitting' },
} as const satisfies Record<string, LocalizedText>;

export function formIssuesText(count: number): LocalizedText {
  return { zh: `表单还有 ${count} 处需要完善`, en: `${count} item(s) in the form need attention` };
}
