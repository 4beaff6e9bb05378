export const VERIFY_TEXTS = {
  title: { zh: '文件核验', en: 'Document verification' },
  intro: {
    zh: '核验打印或转发的申报书、回执是否与平台存档的提交内容一致。核验码印在每页页脚，扫描二维码即可打开本页。',
    en: 'Check that a printed or forwarded application form or receipt matches what was submitted and archived. The code is in every page footer; scanning the QR code opens this page.',
  },
  found: { zh: '核验通过：平台存有该文件', en: 'Verified: the portal holds this document' },
  notFound: { zh: '未找到与该核验码对应的存档文件，请核对核验码，或联系受理部门。', en: 'No archived document has this code. Check the code, or contact the bureau.' },
  superseded: {
    zh: '注意：该文件记录的提交已被撤回或重新提交，不是该申报的最新版本。',
    en: 'Note: the submission this document records was withdrawn or submitted again; it is not the application’s latest version.',
  },
  code: { zh: '核验码', en: 'Code' },
  kind: { zh: '文件类型', en: 'Document' },
  receiptNo: { zh: '受理编号', en: 'Receipt number' },
  enterprise: { zh: '申报单位', en: 'Applicant' },
  call: { zh: '申报批次', en: 'Call' },
  submittedAt: { zh: '提交时间（北京时间）', en: 'Submitted (Beijing time)' },
  hash: { zh: '内容摘要 SHA-256', en: 'Content SHA-256' },
} as const;
