import type { LocalizedText } from '@shifan/domain';

export const CALL_FORM_TEXTS = {
  newTitle: { zh: '新建申报批次', en: 'New call' },
  newIntro: {
    zh: '先选择项目类别：申报条件、申报材料和评分标准会按该类别的默认值预填，可逐项调整。保存后为草稿，企业看不到；开放后才对企业发布。',
    en: 'Choose the programme first: the thresholds, attachment slots and rubric are prefilled with its defaults, and each can be adjusted. A saved call is a draft that enterprises cannot see until it is opened.',
  },
  basics: { zh: '基本信息', en: 'The call' },
  category: { zh: '项目类别', en: 'Programme' },
  categoryFrozen: { zh: '批次开放后不能更改项目类别', en: 'The programme cannot change once the call is open' },
  categoryChanged: {
    zh: '已按所选类别的默认值重新填写申报条件、名额和申报材料',
    en: 'The thresholds, quota and attachment slots are refilled with the chosen programme’s defaults',
  },
  level: { zh: '级别', en: 'Level' },
  title: { zh: '批次名称', en: 'Title' },
  titlePlaceholder: { zh: '例如：2026年武汉市重大技术改造示范项目申报', en: 'e.g. 2026 Wuhan major technical transformation demonstration call' },
  notice: { zh: '申报通知', en: 'Notice' },
  noticeHint: { zh: '企业在申报页面看到的通知正文：申报依据、对象、材料要求、咨询电话等。', en: 'The notice enterprises read on the call page: basis, who may apply, documents, contact.' },
  schedule: { zh: '受理时间与名额', en: 'Schedule and quota' },
  scheduleHint: {
    zh: '开始日期当天 0:00 起受理，截止日期当天 24:00（北京时间）截止；是否逾期以服务器时间为准。',
    en: 'Submissions are accepted from 00:00 on the opening day until 24:00 on the last day, Beijing time; the server’s clock decides.',
  },
  yearHint: { zh: '默认取截止日期所在年份', en: 'Defaults to the year of the last day' },
  saveNew: { zh: '保存为草稿', en: 'Save as draft' },
  saveDraft: { zh: '保存草稿', en: 'Save draft' },
  saved: { zh: '已保存', en: 'Saved' },
  savedDraft: { zh: '已保存为草稿', en: 'Saved as a draft' },
  open: { zh: '开放批次', en: 'Open the call' },
  openConfirmTitle: { zh: '开放该批次？', en: 'Open this call?' },
  openConfirm: {
    zh: '开放即发布第 1 版，企业即可看到并申报；此后的每次修改都会发布为新版本（第 2 版、第 3 版……），已开始的申报保留其核对时的版本。',
    en: 'Opening publishes version 1: enterprises see the call and can apply. Later edits are published as new versions (2, 3, …); applications keep the version they were checked against.',
  },
  opened: { zh: '已开放，发布第 1 版', en: 'Opened: version 1 is published' },
  close: { zh: '关闭批次', en: 'Close the call' },
  closeConfirmTitle: { zh: '关闭该批次？', en: 'Close this call?' },
  closeConfirm: {
    zh: '关闭后企业不能再提交该批次的申报（即使截止日期未到）。已提交的申报不受影响。关闭后不能重新开放。',
    en: 'Once closed, enterprises can no longer submit to this call, even before its deadline. Submitted applications are kept. A closed call cannot be reopened.',
  },
  closed: { zh: '已关闭', en: 'Closed' },
  confirmCancel: { zh: '取消', en: 'Cancel' },
  backToList: { zh: '返回列表', en: 'Back to the list' },
  unsaved: { zh: '有未保存的修改', en: 'Unsaved changes' },
  saveFirst: { zh: '请先保存修改，开放的是已保存的内容', en: 'Save your changes first: opening publishes what is saved' },
  closedNotice: {
    zh: '该批次已关闭，不再受理申报，内容仅供查看。',
    en: 'This call is closed and no longer accepts applications; it is shown read-only.',
  },
  draftNotice: {
    zh: '草稿：企业看不到该批次。核对无误后点击“开放批次”发布。',
    en: 'Draft: enterprises cannot see this call. When it is ready, open it to publish it.',
  },
  stale: {
    zh: '该批次已被他人修改，您的修改未保存。请重新加载最新内容（您的修改将被放弃）后再编辑。',
    en: 'Someone else has changed this call; your changes were not saved. Reload the latest version (your changes are dropped) and edit again.',
  },
  reload: { zh: '重新加载', en: 'Reload' },
  reloadHint: { zh: '请重新加载查看最新状态。', en: 'Reload to see where it stands now.' },
  leaveTitle: { zh: '放弃未保存的修改？', en: 'Discard your changes?' },
  leaveConfirm: { zh: '您对该批次的修改尚未保存，离开后将丢失。', en: 'Your changes to this call are not saved and will be lost.' },
  leave: { zh: '放弃并离开', en: 'Discard and leave' },
  stay: { zh: '继续编辑', en: 'Keep editing' },
  loadFailed: { zh: '无法加载该批次', en: 'The call could not be loaded' },
} as const satisfies Record<string, LocalizedText>;

export function openCallNotice(publishedVersion: number): LocalizedText {
  return {
    zh: `该批次已开放，企业当前看到的是第 ${publishedVersion} 版。保存修改将发布为第 ${publishedVersion + 1} 版；已开始的申报保留其核对时的版本。`,
    en: `This call is open; applicants currently see version ${publishedVersion}. Saving publishes your changes as version ${publishedVersion + 1}; applications already started keep the version they were checked against.`,
  };
}

export function publishText(nextVersion: number): LocalizedText {
  return { zh: `保存并发布第 ${nextVersion} 版`, en: `Save and publish version ${nextVersion}` };
}

export function publishedText(version: number): LocalizedText {
  return { zh: `已保存，发布为第 ${version} 版`, en: `Saved and published as version ${version}` };
}

export function invalidText(count: number): LocalizedText {
  return {
    zh: `有 ${count} 处需要修改，请按标红的提示修改后再保存。`,
    en: `${count} ${count === 1 ? 'entry needs' : 'entries need'} fixing; see the messages in red, then save again.`,
  };
}
