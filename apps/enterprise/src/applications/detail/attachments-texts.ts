import type { LocalizedText } from '@shifan/domain';

export const ATTACHMENT_TEXTS = {
  intro: {
    zh: '按材料清单上传。文件类型按文件内容识别（不看扩展名）；上传前会先检查大小和扩展名，最终以服务器校验为准。',
    en: 'Upload each document. The type is decided by the file’s content, not its name; size and extension are checked first here, the server has the final word.',
  },
  required: { zh: '必传', en: 'Required' },
  optional: { zh: '选传', en: 'Optional' },
  accepted: { zh: '格式', en: 'Types' },
  maxSize: { zh: '单个文件不超过', en: 'Up to' },
  upload: { zh: '上传文件', en: 'Upload a file' },
  uploadAnother: { zh: '继续上传', en: 'Upload another' },
  uploading: { zh: '正在上传', en: 'Uploading' },
  checking: { zh: '服务器校验中…', en: 'The server is checking it…' },
  uploaded: { zh: '上传成功', en: 'Uploaded' },
  download: { zh: '下载', en: 'Download' },
  delete: { zh: '删除', en: 'Delete' },
  deleteConfirm: { zh: '删除这个文件？', en: 'Delete this file?' },
  deleted: { zh: '文件已删除', en: 'File deleted' },
  none: { zh: '尚未上传', en: 'Nothing uploaded yet' },
  sha256: { zh: 'SHA-256', en: 'SHA-256' },
  cancel: { zh: '取消上传', en: 'Cancel' },
  readOnly: { zh: '申报书为只读，附件不能修改', en: 'The application is read-only: attachments cannot change' },
  allRequiredDone: { zh: '必传材料已全部上传', en: 'All required documents are uploaded' },
} as const satisfies Record<string, LocalizedText>;

export function tooLargeText(maxMb: number): LocalizedText {
  return { zh: `文件超过 ${maxMb} MB，请压缩或拆分后上传`, en: `The file is larger than ${maxMb} MB; compress or split it` };
}

export function wrongTypeText(accepted: string): LocalizedText {
  return { zh: `该材料只接受 ${accepted} 文件`, en: `This document accepts ${accepted} files only` };
}

export function requiredProgressText(done: number, total: number): LocalizedText {
  return { zh: `必传材料 ${total} 项，已上传 ${done} 项`, en: `${done} of ${total} required documents uploaded` };
}

export function missingDocumentsText(names: string): LocalizedText {
  return { zh: `尚缺必传材料：${names}`, en: `Required documents missing: ${names}` };
}
