import type { LocalizedText } from '@shifan/domain';

export const PROFILE_TEXTS = {
  title: { zh: '企业信息', en: 'Enterprise profile' },
  intro: {
    zh: '企业基本情况是每项申报的基础：申报条件按这里的信息检查。企业规模和是否规上由系统按从业人员和主营业务收入计算。',
    en: 'Your enterprise’s facts underlie every application: the conditions are checked against them. The size class and 规上 are computed from employees and main business revenue.',
  },
  save: { zh: '保存企业信息', en: 'Save the profile' },
  saved: { zh: '企业信息已保存', en: 'Profile saved' },
  sizeClass: { zh: '企业规模', en: 'Size class' },
  aboveDesignatedSize: { zh: '规模以上工业企业（按主营业务收入）', en: 'Above designated size (by revenue)' },
  computedHint: {
    zh: '依据工信部联企业〔2011〕300号按从业人员和主营业务收入划分，保存后更新。',
    en: 'Classified from employees and revenue (MIIT 2011 No. 300); updated when you save.',
  },
  notComputed: { zh: '待填写从业人员和主营业务收入', en: 'Enter employees and revenue' },
  complete: { zh: '企业信息已填写完整', en: 'The profile is complete' },
  version: { zh: '版本', en: 'Version' },
  lastSaved: { zh: '最后保存', en: 'Last saved' },
  neverSaved: { zh: '尚未保存', en: 'Not saved yet' },
  unsaved: { zh: '有未保存的修改', en: 'Unsaved changes' },
  usccFixed: { zh: '统一社会信用代码为注册时填写，不能修改', en: 'The USCC was given at registration and cannot be changed' },
} as const satisfies Record<string, LocalizedText>;

export function incompleteText(count: number): LocalizedText {
  return { zh: `还有 ${count} 项必填信息未填写或有误，申报条件检查会显示为“待填写”。`, en: `${count} required item(s) are missing or invalid; conditions that need them show as missing.` };
}

export function profileVersionText(version: number, when: string): LocalizedText {
  return { zh: `服务器上的版本 v${version}，保存于 ${when}`, en: `Server version v${version}, saved ${when}` };
}
