import type { LocalizedText } from '@shifan/domain';

export const DETAIL_TEXTS = {
  applicant: { zh: '申报单位', en: 'Applicant' },
  applicantHint: { zh: '以下信息来自企业信息，修改请前往“企业信息”。', en: 'From your enterprise profile; change it under “Profile”.' },
  editProfile: { zh: '修改企业信息', en: 'Edit the profile' },
  enterpriseName: { zh: '企业名称', en: 'Enterprise' },
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  district: { zh: '注册所在区', en: 'District' },
  recommendingUnit: { zh: '推荐单位', en: 'Recommending unit' },
  recommendingUnitHint: { zh: '提交后由该推荐单位初审并推荐，可在“企业信息”中更改', en: 'Checks and recommends the application once submitted; change it in the profile' },
  recommendingUnitRouted: { zh: '由该推荐单位初审并推荐', en: 'Checks and recommends this application' },
  sizeClass: { zh: '企业规模', en: 'Size class' },
  contact: { zh: '联系人', en: 'Contact' },
  previous: { zh: '上一步', en: 'Back' },
  next: { zh: '下一步', en: 'Next' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  unsaved: { zh: '有未保存的修改', en: 'Unsaved changes' },
  saveFailed: { zh: '保存失败', en: 'Not saved' },
  conflict: { zh: '存在版本冲突，尚未保存', en: 'Version conflict: not saved' },
  resolveConflict: { zh: '处理冲突', en: 'Resolve' },
  saveNow: { zh: '立即保存', en: 'Save now' },
  notSavedYet: { zh: '自动保存已开启', en: 'Autosave is on' },
  readOnly: { zh: '当前状态下申报书为只读', en: 'The application is read-only in its current state' },
  readOnlyDeadline: { zh: '已过申报截止时间，申报书为只读', en: 'The deadline has passed: the application is read-only' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  withdrawTitle: { zh: '撤回这份申报？', en: 'Withdraw this application?' },
  withdrawText: {
    zh: '撤回后申报退出审核流程。截止时间前可修改后重新提交，受理编号保持不变。',
    en: 'The application leaves the review. Before the deadline you can edit it and submit it again; it keeps its receipt number.',
  },
  withdrawn: { zh: '申报已撤回，可修改后重新提交', en: 'Withdrawn: you can edit it and submit it again' },
  cancel: { zh: '取消', en: 'Cancel' },
  receipt: { zh: '查看回执', en: 'Receipt' },
  receiptNo: { zh: '受理编号', en: 'Receipt number' },
  deadline: { zh: '截止时间', en: 'Deadline' },
  version: { zh: '版本', en: 'Version' },
  timeline: { zh: '办理进度', en: 'Timeline' },
  created: { zh: '创建草稿', en: 'Draft started' },
  backToList: { zh: '我的申报', en: 'My applications' },
  heldBack: { zh: '以下字段格式有误，暂按上次保存的内容保存：', en: 'These fields are not valid yet; their last saved value is kept:' },
  loading: { zh: '正在载入申报书…', en: 'Loading the application…' },
} as const satisfies Record<string, LocalizedText>;

export function savedAtText(time: string): LocalizedText {
  return { zh: `已保存 ${time}`, en: `Saved ${time}` };
}

export function serverVersionNote(version: number, when: string): LocalizedText {
  return { zh: `服务器上的版本 v${version}，保存于 ${when}。您的编辑基于较早的版本。`, en: `Server version v${version}, saved ${when}. Your edit started from an earlier version.` };
}
