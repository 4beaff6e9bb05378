import { calendarRangeMessage, type LocalizedText, type NoticePhase, type ObjectionStatus } from '@shifan/domain';

/** Texts of the city officer's publication page: 公示, objections (异议) and the approved list (认定名单). */
export const PUBLICATION_TEXTS = {
  title: { zh: '公示与认定名单', en: 'Public notice and approved list' },
  intro: {
    zh: '将批次的拟入选名单进行公示，按工作日计算公示期；公示期间受理实名异议并逐件办结；公示期满且异议全部办结后发布认定名单。',
    en: 'Publish the call’s shortlist for public notice, whose period is counted in working days; handle the objections filed under real names during it; once it has ended and every objection is closed, publish the approved list.',
  },
  chooseCall: { zh: '请选择申报批次', en: 'Choose a call' },
  loadingNotice: { zh: '正在查找该批次的公示…', en: 'Looking for the call’s notice…' },

  // Shortlist
  shortlistTitle: { zh: '拟入选名单', en: 'Shortlist' },
  shortlistIntro: { zh: '评审排名中已列入拟入选的申报，将随公示一并发布。', en: 'The applications shortlisted on the ranking page; they are published with the notice.' },
  shortlistEmpty: { zh: '该批次尚无列入拟入选的申报', en: 'Nothing of this call is shortlisted yet' },
  toRanking: { zh: '前往评审排名', en: 'Open the ranking' },
  rank: { zh: '排名', en: 'Rank' },
  receiptNo: { zh: '受理编号', en: 'Receipt no.' },
  enterprise: { zh: '申报企业', en: 'Enterprise' },
  project: { zh: '项目名称', en: 'Project' },
  district: { zh: '推荐单位', en: 'Recommending unit' },
  subField: { zh: '细分领域', en: 'Sub-field' },
  trimmedMean: { zh: '去极值平均分', en: 'Trimmed mean' },
  state: { zh: '状态', en: 'State' },

  // Notice form
  formTitle: { zh: '发布公示', en: 'Publish the notice' },
  formIntro: {
    zh: '公示期按工作日计算：开始日为工作日时计入第 1 天，否则从下一个工作日起算；法定节假日和周末不计，调休上班日计入。',
    en: 'The period is counted in working days: the first day counts when it is a working day, otherwise the period starts on the next one; public holidays and weekends do not count, weekend days worked in lieu do.',
  },
  startsOn: { zh: '公示开始日期', en: 'First day' },
  startsOnHint: { zh: '北京时间；自该日起受理异议', en: 'Beijing date; objections are accepted from this day' },
  workingDays: { zh: '公示期（工作日）', en: 'Length (working days)' },
  workingDaysHint: { zh: '默认取批次设置', en: 'Default: the call’s setting' },
  endPreview: { zh: '公示截止日期', en: 'Last day' },
  previewInvalid: { zh: '请填写开始日期和工作日数', en: 'Enter the first day and the number of working days' },
  previewLoading: { zh: '正在读取工作日历…', en: 'Loading the working-day calendar…' },
  noHolidays: { zh: '期间无法定节假日', en: 'No public holiday in the period' },
  skippedHolidays: { zh: '跳过的法定节假日', en: 'Public holidays skipped' },
  adjustedWorkdays: { zh: '计入的调休上班日', en: 'Weekend days worked in lieu (counted)' },
  text: { zh: '公示正文', en: 'Notice text' },
  textHint: {
    zh: '留空即使用标准公示文本（含公示目的、异议须实名并加盖公章、对异议人身份保密等内容）。',
    en: 'Leave empty for the standard text (what is published and why; objections under a real name, units with their seal; objectors’ identities kept confidential).',
  },
  textPlaceholder: { zh: '留空 = 标准公示文本', en: 'Empty = the standard text' },
  contactTitle: { zh: '异议受理联系方式', en: 'Contact for objections' },
  contactUnit: { zh: '受理单位', en: 'Office' },
  contactUnitPlaceholder: { zh: '如：武汉市经济和信息化局智能制造处', en: 'e.g. 武汉市经济和信息化局智能制造处' },
  contactPerson: { zh: '联系人', en: 'Contact person' },
  contactPhone: { zh: '联系电话', en: 'Phone' },
  contactEmail: { zh: '电子邮箱', en: 'Email' },
  contactAddress: { zh: '通讯地址', en: 'Postal address' },
  optional: { zh: '选填', en: 'Optional' },
  publish: { zh: '发布公示', en: 'Publish the notice' },
  publishNothing: { zh: '没有列入拟入选的申报，不能发布公示', en: 'Nothing is shortlisted: there is nothing to publish' },
  published: { zh: '公示已发布', en: 'The notice is published' },

  // Notice
  noticeTitle: { zh: '公示', en: 'Public notice' },
  period: { zh: '公示期', en: 'Period' },
  phase: { zh: '公示状态', en: 'Phase' },
  publishedAt: { zh: '发布时间', en: 'Published' },
  contact: { zh: '异议受理', en: 'Objections to' },
  objectionCounts: { zh: '异议', en: 'Objections' },
  noticePdf: { zh: '公示文件 (PDF)', en: 'Notice (PDF)' },
  noticeText: { zh: '公示正文', en: 'Notice text' },
  noticeProjects: { zh: '公示项目', en: 'Projects on the notice' },
  withdrawn: { zh: '已撤销', en: 'Withdrawn' },

  // Objections
  objectionsTitle: { zh: '异议办理', en: 'Objections' },
  objectionsIntro: {
    zh: '异议人身份信息仅限市级经办人员查看，不得向被异议企业透露。办理结果须书面说明。',
    en: 'Objectors’ identities are for the city officers handling the cases only and must never be disclosed to the enterprise. Every outcome is written down.',
  },
  objectionsEmpty: { zh: '尚未收到异议', en: 'No objection received' },
  caseNo: { zh: '案件编号', en: 'Case no.' },
  objectorKind: { zh: '异议人类型', en: 'Objector' },
  name: { zh: '姓名 / 单位名称', en: 'Name' },
  identityNumber: { zh: '身份证号 / 信用代码', en: 'ID number / USCC' },
  phone: { zh: '联系电话', en: 'Phone' },
  statement: { zh: '异议事实和理由', en: 'Statement' },
  evidence: { zh: '证据', en: 'Evidence' },
  sealedLetter: { zh: '盖章函', en: 'Sealed letter' },
  notUploaded: { zh: '未上传', en: 'Not uploaded' },
  notNeeded: { zh: '不适用', en: 'n/a' },
  status: { zh: '办理状态', en: 'Status' },
  outcome: { zh: '办理结果', en: 'Outcome' },
  receivedAt: { zh: '受理时间', en: 'Received' },
  actions: { zh: '操作', en: 'Actions' },
  more: { zh: '展开', en: 'More' },
  investigate: { zh: '开始调查', en: 'Investigate' },
  dismiss: { zh: '不予支持', en: 'Dismiss' },
  uphold: { zh: '异议成立', en: 'Uphold' },
  investigateTitle: { zh: '开始调查', en: 'Start the investigation' },
  investigateText: { zh: '将该异议转入调查。', en: 'The case moves to investigation.' },
  dismissTitle: { zh: '不予支持', en: 'Dismiss the objection' },
  dismissText: { zh: '经核查异议不成立，项目保留在名单中。', en: 'The objection does not hold; the project stays on the list.' },
  upholdTitle: { zh: '异议成立', en: 'Uphold the objection' },
  upholdText: { zh: '经核查异议成立，请选择对该项目的处理方式。', en: 'The objection holds; choose what happens to the project.' },
  note: { zh: '备注', en: 'Note' },
  notePlaceholder: { zh: '选填，如调查安排', en: 'Optional, e.g. how it will be investigated' },
  outcomeLabel: { zh: '办理结果（书面说明）', en: 'Outcome (in writing)' },
  outcomePlaceholder: { zh: '请说明核查情况和结论（至少 10 个字）', en: 'What was checked and the conclusion (at least 10 characters)' },
  outcomeTooShort: { zh: '请书面说明办理结果（至少 10 个字）', en: 'Write the outcome (at least 10 characters)' },
  upheldAction: { zh: '处理方式', en: 'Action' },
  actionRemove: { zh: '撤销入选', en: 'Remove from the list' },
  actionRemoveHint: { zh: '将该项目从名单中撤销', en: 'The project is taken off the list' },
  actionReturn: { zh: '退回重新评审', en: 'Return to review' },
  actionReturnHint: { zh: '该项目退回评审环节重新评审', en: 'The project goes back to review' },
  actionRequired: { zh: '请选择处理方式', en: 'Choose an action' },
  decided: { zh: '已保存办理结果', en: 'Saved' },
  cancel: { zh: '取消', en: 'Cancel' },
  staleTitle: { zh: '异议已被他人处理', en: 'Changed elsewhere' },
  staleText: {
    zh: '在您办理期间，该异议已被其他经办人员更新，本次操作未保存。请重新载入后查看最新状态再操作。',
    en: 'Another officer updated this case while you were working on it; nothing was saved. Reload and check its latest state before acting again.',
  },
  reload: { zh: '重新载入', en: 'Reload' },

  // Approved list
  approvedTitle: { zh: '认定名单', en: 'Approved list' },
  approvedIntro: {
    zh: '公示期满且全部异议办结后，发布认定名单：名单中的项目予以认定，名单在门户网站公开并提供 PDF 和 Excel 下载。',
    en: 'Once the notice has ended and every objection is closed, publish the approved list: the listed projects are approved, and the list goes on the public portal with PDF and Excel downloads.',
  },
  publishApproved: { zh: '发布认定名单', en: 'Publish the approved list' },
  approvedPublished: { zh: '认定名单已发布', en: 'The approved list is published' },
  approvedEntries: { zh: '认定项目', en: 'Projects approved' },
  publicPage: { zh: '公开页面', en: 'Public page' },
  approvedPdf: { zh: '认定名单 (PDF)', en: 'Approved list (PDF)' },
  approvedXlsx: { zh: '认定名单 (Excel)', en: 'Approved list (Excel)' },
  ready: { zh: '公示期已满，异议已全部办结，可以发布认定名单。', en: 'The notice has ended and every objection is closed: the list can be published.' },
  download: { zh: '下载', en: 'Download' },
  documentNumber: { zh: '文号', en: 'Document number (文号)' },
  documentNumberPlaceholder: { zh: '如 武经信〔2026〕12号', en: 'e.g. 武经信〔2026〕12号' },
  documentNumberHint: {
    zh: '名单以通知形式公布，文号印在通知标题上方；年份为发布当年，方括号或圆括号会自动改为六角括号〔〕。',
    en: 'The list is published as a 通知 with this number above its title; the year is the year of publication, and square or round brackets become 〔〕.',
  },
  documentNumberInvalid: { zh: '文号格式应为“发文机关代字〔年份〕序号号”，如 武经信〔2026〕12号', en: 'Write it like 武经信〔2026〕12号: the issuer’s abbreviation, the year in 〔〕 and the serial number' },
  noticeOfList: { zh: '通知', en: 'Notice' },
  issuer: { zh: '发文机关', en: 'Issued by' },
} as const satisfies Record<string, LocalizedText>;

/** 发布认定名单, or 发布推荐名单 for a provincial or national call. */
export function publishListText(listName: LocalizedText): LocalizedText {
  return { zh: `发布${listName.zh}`, en: `Publish the ${listName.en}` };
}

export const NOTICE_PHASE_LABELS: Readonly<Record<NoticePhase, LocalizedText>> = {
  upcoming: { zh: '未开始', en: 'Not started' },
  open: { zh: '公示中', en: 'Open' },
  ended: { zh: '已结束', en: 'Ended' },
};

export const NOTICE_PHASE_COLOURS: Readonly<Record<NoticePhase, string>> = { upcoming: 'default', open: 'processing', ended: 'success' };

export const OBJECTION_STATUS_LABELS: Readonly<Record<ObjectionStatus, LocalizedText>> = {
  received: { zh: '已受理', en: 'Received' },
  investigating: { zh: '调查中', en: 'Investigating' },
  upheld: { zh: '异议成立', en: 'Upheld' },
  dismissed: { zh: '不予支持', en: 'Dismissed' },
};

export const OBJECTION_STATUS_COLOURS: Readonly<Record<ObjectionStatus, string>> = { received: 'blue', investigating: 'orange', upheld: 'red', dismissed: 'default' };

export const OBJECTOR_KIND_LABELS: Readonly<Record<'person' | 'organisation', LocalizedText>> = {
  person: { zh: '个人', en: 'Person' },
  organisation: { zh: '单位', en: 'Organisation' },
};

export const UPHELD_ACTION_LABELS: Readonly<Record<'remove' | 'return_to_review', LocalizedText>> = {
  remove: PUBLICATION_TEXTS.actionRemove,
  return_to_review: PUBLICATION_TEXTS.actionReturn,
};

export function periodText(startsOn: string, endsOn: string, workingDays: number): LocalizedText {
  return { zh: `${startsOn} 至 ${endsOn}（${workingDays} 个工作日）`, en: `${startsOn} to ${endsOn} (${workingDays} working days)` };
}

export function previewSummaryText(calendarDays: number, weekendDays: number): LocalizedText {
  return {
    zh: `共 ${calendarDays} 个自然日，其中周末 ${weekendDays} 天不计`,
    en: `${calendarDays} calendar days, ${weekendDays} weekend ${weekendDays === 1 ? 'day' : 'days'} not counted`,
  };
}

export function dayRunText(from: string, to: string, days: number): LocalizedText {
  return from === to ? { zh: `${from}`, en: `${from}` } : { zh: `${from} 至 ${to}（${days} 天）`, en: `${from} to ${to} (${days} days)` };
}

/** The server's own message (CALENDAR_OUT_OF_RANGE): the date, the covered years, and who enters the missing one. */
export function outOfRangeText(date: string, coveredYears: readonly number[]): LocalizedText {
  return calendarRangeMessage(date, coveredYears);
}

export function objectionCountText(total: number, open: number): LocalizedText {
  return { zh: `共 ${total} 件，未办结 ${open} 件`, en: `${total} in all, ${open} open` };
}

export function notEndedText(endsOn: string): LocalizedText {
  return { zh: `公示期至 ${endsOn}，期满后方可发布认定名单`, en: `The notice runs until ${endsOn}; the list can be published after it ends` };
}

export function openObjectionsText(open: number): LocalizedText {
  return { zh: `尚有 ${open} 件异议未办结`, en: `${open} objection(s) still open` };
}

export function entriesText(count: number): LocalizedText {
  return { zh: `${count} 项`, en: `${count}` };
}
