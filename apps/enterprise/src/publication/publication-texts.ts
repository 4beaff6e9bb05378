import type { LocalizedText, NoticePhase } from '@shifan/domain';

/** Texts of the public publication pages (公示, objections, 认定名单). */
export const PUBLICATION_TEXTS = {
  // Lists
  noticesTitle: { zh: '公示公告', en: 'Public notices' },
  noticesIntro: {
    zh: '拟入选项目名单的公示。公示期内，任何单位和个人均可对名单中的项目实名提出异议；公示期以工作日计算。',
    en: 'Public notices of the projects proposed for the programme. While a notice is open, anyone may object to a listed project under their real name; notice periods count working days.',
  },
  approvedListsTitle: { zh: '认定名单', en: 'Approved lists' },
  approvedListsIntro: {
    zh: '公示期满、异议办结后发布的认定名单，可下载 PDF、Excel 和开放数据。',
    en: 'The final lists, published once the notice period has ended and every objection has been closed. PDF, Excel and open data downloads are available.',
  },
  categoryFilter: { zh: '项目类别', en: 'Programme' },
  yearFilter: { zh: '年度', en: 'Year' },
  allCategories: { zh: '全部类别', en: 'All programmes' },
  allYears: { zh: '全部年度', en: 'All years' },
  title: { zh: '标题', en: 'Title' },
  category: { zh: '类别', en: 'Programme' },
  year: { zh: '年度', en: 'Year' },
  period: { zh: '公示期', en: 'Notice period' },
  phase: { zh: '状态', en: 'Status' },
  projectCount: { zh: '项目数', en: 'Projects' },
  entryCount: { zh: '入选项目数', en: 'Projects' },
  publishedOn: { zh: '发布日期', en: 'Published' },
  level: { zh: '级别', en: 'Level' },
  noNotices: { zh: '暂无公示', en: 'No notices' },
  noApprovedLists: { zh: '暂无已发布的认定名单', en: 'No approved lists have been published' },
  view: { zh: '查看', en: 'View' },

  // One notice
  backToNotices: { zh: '返回公示列表', en: 'All notices' },
  call: { zh: '申报批次', en: 'Call' },
  publishedAt: { zh: '发布时间', en: 'Published' },
  objectionsReceived: { zh: '收到异议', en: 'Objections received' },
  contact: { zh: '异议受理联系方式', en: 'Where to send objections' },
  contactUnit: { zh: '受理单位', en: 'Office' },
  contactPerson: { zh: '联系人', en: 'Contact person' },
  contactPhone: { zh: '联系电话', en: 'Phone' },
  contactEmail: { zh: '电子邮箱', en: 'Email' },
  contactAddress: { zh: '通讯地址', en: 'Address' },
  projects: { zh: '公示项目', en: 'Listed projects' },
  seq: { zh: '序号', en: 'No.' },
  enterpriseName: { zh: '企业名称', en: 'Enterprise' },
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  projectName: { zh: '项目名称', en: 'Project' },
  subField: { zh: '所属领域', en: 'Field' },
  district: { zh: '推荐单位', en: 'Recommending unit' },
  withdrawn: { zh: '已撤销', en: 'Withdrawn' },
  withdrawnHint: { zh: '经异议核查，该项目已撤销', en: 'Taken off the list after an objection was upheld' },
  downloadNoticePdf: { zh: '下载公示 PDF', en: 'Notice as PDF' },
  viewApprovedList: { zh: '查看认定名单', en: 'View the approved list' },
  objectionsClosedUpcoming: { zh: '公示期尚未开始', en: 'The notice period has not started' },
  objectionsClosedEnded: { zh: '公示期已结束，不再受理异议', en: 'The notice period has ended; objections are no longer accepted' },

  // Objection form
  objectionTitle: { zh: '提出异议', en: 'Object to a project' },
  objectionIntro: {
    zh: '对公示项目有异议的，请在公示期内实名提出，写明事实和理由并提供证据线索。不受理匿名异议。',
    en: 'If you object to a listed project, do so under your real name within the notice period, stating the facts and reasons and where the evidence can be checked. Anonymous objections are not accepted.',
  },
  privacyNote: {
    zh: '您的身份信息仅由受理异议的工作人员查看，不会告知被异议企业。',
    en: 'Your identity is seen only by the officers handling the objection; the enterprise is never told who objected.',
  },
  objectorKind: { zh: '异议人类型', en: 'You are' },
  person: { zh: '个人', en: 'A person' },
  organisation: { zh: '单位', en: 'An organisation' },
  personName: { zh: '姓名（实名）', en: 'Full name (real name)' },
  organisationName: { zh: '单位名称', en: 'Name of the organisation' },
  nameHint: {
    zh: '请填写真实姓名或单位全称，不受理匿名异议。',
    en: 'Give your real name or the organisation’s full name; anonymous objections are not accepted.',
  },
  residentId: { zh: '公民身份号码', en: 'Resident ID number' },
  residentIdHint: { zh: '18 位，末位可为 X；输入时即时校验', en: '18 characters, the last may be X; checked as you type' },
  residentIdValid: { zh: '校验通过', en: 'Valid' },
  residentIdInvalid: {
    zh: '号码无效：请核对出生日期和末位校验码',
    en: 'Not a valid number: check the birth date and the last (check) character',
  },
  orgUscc: { zh: '统一社会信用代码', en: 'Unified social credit code (USCC)' },
  orgUsccHint: { zh: '18 位，见营业执照或登记证书', en: '18 characters, on the licence or registration certificate' },
  sealedLetterHint: {
    zh: '单位提出异议的，提交后还需上传加盖公章的异议函（盖章函）。',
    en: 'An organisation must also upload its objection letter bearing its seal (盖章函) after submitting.',
  },
  phone: { zh: '联系电话', en: 'Phone' },
  phoneHint: { zh: '手机号或座机（如 027-85000000）', en: 'Mobile or landline (e.g. 027-85000000)' },
  email: { zh: '电子邮箱', en: 'Email' },
  address: { zh: '通讯地址', en: 'Postal address' },
  project: { zh: '异议项目', en: 'Project objected to' },
  projectPlaceholder: { zh: '请选择公示名单中的项目', en: 'Choose a project of the notice' },
  projectRequired: { zh: '请选择异议针对的项目', en: 'Choose the project you object to' },
  statement: { zh: '异议事实与理由', en: 'Facts and reasons' },
  statementHint: { zh: '请具体说明，不少于 20 个字', en: 'Be specific; at least 20 characters' },
  evidence: { zh: '证据材料说明', en: 'Evidence' },
  evidenceHint: {
    zh: '说明证据是什么、在哪里可以核实；单位的证据材料可随盖章函一并上传。',
    en: 'What the evidence is and where it can be checked; an organisation can upload it with its sealed letter.',
  },
  optional: { zh: '选填', en: 'Optional' },
  submit: { zh: '提交异议', en: 'Submit the objection' },

  // Receipt
  receiptTitle: { zh: '异议已受理', en: 'Objection received' },
  receiptSubtitle: {
    zh: '请记下案件编号，向受理单位查询办理情况时请提供该编号。',
    en: 'Note the case number and quote it when you ask the office about your objection.',
  },
  caseNo: { zh: '案件编号', en: 'Case number' },
  receivedAt: { zh: '受理时间', en: 'Received' },
  sealedLetterTitle: { zh: '上传盖章函', en: 'Upload the sealed letter' },
  sealedLetterIntro: {
    zh: '请在 1 小时内上传加盖单位公章的异议函（PDF、JPG 或 PNG，不超过 20 MB）。未上传盖章函的单位异议不予受理。',
    en: 'Within one hour, upload the objection letter bearing the organisation’s seal (PDF, JPEG or PNG, at most 20 MB). An organisation’s objection without it is not taken up.',
  },
  chooseFile: { zh: '选择文件并上传', en: 'Choose a file and upload' },
  uploading: { zh: '正在上传', en: 'Uploading' },
  checking: { zh: '正在校验', en: 'Checking' },
  uploaded: { zh: '盖章函已上传', en: 'Sealed letter uploaded' },
  fileName: { zh: '文件名', en: 'File' },
  fileSize: { zh: '大小', en: 'Size' },
  sha256: { zh: 'SHA-256 摘要', en: 'SHA-256' },
  wrongType: { zh: '仅支持 PDF、JPG、PNG 文件', en: 'Only PDF, JPEG and PNG files' },
  tooLarge: { zh: '文件不能超过 20 MB', en: 'The file must not be larger than 20 MB' },
  noToken: {
    zh: '上传凭证缺失，请联系受理单位补交盖章函。',
    en: 'The upload token is missing; contact the office to hand in the sealed letter.',
  },
  anotherObjection: { zh: '再提一项异议', en: 'Object to another project' },

  // One approved list
  attachment: { zh: '附件：', en: 'Attachment: ' },
  backToApprovedLists: { zh: '返回认定名单', en: 'All approved lists' },
  notice: { zh: '公示', en: 'Notice' },
  viewNotice: { zh: '查看公示', en: 'View the notice' },
  downloads: { zh: '下载', en: 'Downloads' },
  downloadPdf: { zh: 'PDF', en: 'PDF' },
  downloadXlsx: { zh: 'Excel', en: 'Excel' },
  downloadJson: { zh: '开放数据（JSON）', en: 'Open data (JSON)' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  openDataHint: {
    zh: '开放数据地址长期有效，包含该年度全部已发布的认定名单。',
    en: 'The open data address is stable and holds every approved list published for the year.',
  },
  noEntries: { zh: '名单为空', en: 'The list is empty' },
} as const satisfies Record<string, LocalizedText>;

export const NOTICE_PHASE_LABELS: Readonly<Record<NoticePhase, LocalizedText>> = {
  upcoming: { zh: '即将公示', en: 'Upcoming' },
  open: { zh: '公示中', en: 'Open' },
  ended: { zh: '已结束', en: 'Ended' },
};

export const NOTICE_PHASE_COLOURS: Readonly<Record<NoticePhase, string>> = {
  upcoming: 'blue',
  open: 'green',
  ended: 'default',
};

export function workingDaysText(days: number): LocalizedText {
  return { zh: `${days} 个工作日`, en: `${days} working day${days === 1 ? '' : 's'}` };
}

/** `2026-06-01 至 2026-06-05(5 个工作日)`. */
export function periodText(startsOn: string, endsOn: string, workingDays: number): LocalizedText {
  const days = workingDaysText(workingDays);
  return { zh: `${startsOn} 至 ${endsOn}(${days.zh})`, en: `${startsOn} to ${endsOn} (${days.en})` };
}

export function objectionCountText(total: number, open: number): LocalizedText {
  return { zh: `${total} 件（办理中 ${open} 件）`, en: `${total} (${open} being handled)` };
}

export function opensOnText(startsOn: string): LocalizedText {
  return { zh: `自 ${startsOn} 起受理异议。`, en: `Objections are accepted from ${startsOn}.` };
}

export function endedOnText(endsOn: string): LocalizedText {
  return { zh: `公示期已于 ${endsOn} 结束。`, en: `The notice period ended on ${endsOn}.` };
}

export function residentIdLengthText(length: number): LocalizedText {
  return { zh: `已输入 ${length}/18 位`, en: `${length} of 18 characters` };
}
