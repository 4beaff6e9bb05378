import type { LocalizedText } from '@shifan/domain';

export const DOCUMENTS_TEXTS = {
  title: { zh: '申报文件', en: 'Documents' },
  intro: {
    zh: '打印签字盖章用申报书，由法定代表人签字、申报单位盖章后扫描，上传到“申报书签字盖章扫描件”。扫描件对应打印时的核验码：打印后如修改申报内容，须重新打印、签字盖章并上传新的扫描件。',
    en: 'Print the copy for signature and seal; the legal representative signs it, the enterprise seals it, and its scan goes to “Signed and sealed application form”. The scan stands for the verification code printed on it: if the application changes afterwards, print, sign and seal it again and upload the new scan.',
  },
  signingCopy: { zh: '签字盖章用申报书', en: 'Application form for signature and seal' },
  print: { zh: '打印签字盖章用申报书', en: 'Print the copy for signature and seal' },
  printing: { zh: '正在生成', en: 'Generating' },
  printed: { zh: '已下载签字盖章用申报书', en: 'The copy for signature and seal was downloaded' },
  currentCode: { zh: '当前内容的核验码', en: 'Verification code of the current content' },
  latestPrinted: { zh: '最近一次打印', en: 'Last printed' },
  neverPrinted: { zh: '尚未打印', en: 'Not printed yet' },
  printCount: { zh: '打印次数', en: 'Times printed' },
  matches: { zh: '与当前内容一致', en: 'Matches the current content' },
  outdated: { zh: '内容已修改，需重新打印', en: 'The content changed: print again' },
  signedScan: { zh: '签字盖章扫描件', en: 'Signed and sealed scan' },
  scanCode: { zh: '对应核验码', en: 'Printed with code' },
  noScan: { zh: '尚未上传扫描件', en: 'No scan uploaded yet' },
  archived: { zh: '提交存档文件', en: 'Archived at submission' },
  archivedForm: { zh: '申报书（提交存档）', en: 'Application form (archived)' },
  receipt: { zh: '申报回执', en: 'Submission receipt' },
  notArchivedYet: { zh: '提交后生成', en: 'Issued at submission' },
  templates: { zh: '材料模板', en: 'Templates' },
  noTemplates: { zh: '本批次没有需要下载的材料模板', en: 'This call has no templates to download' },
  download: { zh: '下载', en: 'Download' },
  signedSlotHint: {
    zh: '请先打印签字盖章用申报书，签字盖章后上传扫描件；新扫描件会替换旧扫描件。',
    en: 'Print the copy for signature and seal first, then upload its signed and sealed scan; a new scan replaces the old one.',
  },
  templateHint: { zh: '模板', en: 'Template' },
} as const satisfies Record<string, LocalizedText>;
