import { z } from 'zod';
import type { ProgrammeCategoryCode } from '../catalogue/programme-categories';
import { bilingual } from '../forms/form-meta';
import type { LocalizedText } from '../i18n/localized-text';

/** The file types an attachment slot can accept; the API decides a file's type from its magic bytes. */
export const FILE_KINDS = ['pdf', 'ofd', 'jpeg', 'png', 'docx', 'xlsx'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const FILE_KIND_INFO: Readonly<Record<FileKind, { mime: string; extension: string; label: string }>> = {
  pdf: { mime: 'application/pdf', extension: 'pdf', label: 'PDF' },
  ofd: { mime: 'application/ofd', extension: 'ofd', label: 'OFD' },
  jpeg: { mime: 'image/jpeg', extension: 'jpg', label: 'JPEG' },
  png: { mime: 'image/png', extension: 'png', label: 'PNG' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', label: 'Word (DOCX)' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', label: 'Excel (XLSX)' },
};

/** Default size cap of one attachment, in MB (issue #5). A call setting per slot. */
export const DEFAULT_ATTACHMENT_MAX_MB = 50;

const localized = z.object({ zh: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(200) });

export const AttachmentSlotSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, { message: bilingual('材料编号为小写字母、数字和下划线', 'Slot keys use lower-case letters, digits and underscores') }),
  name: localized,
  required: z.boolean(),
  accept: z.array(z.enum(FILE_KINDS)).min(1, { message: bilingual('至少允许一种文件类型', 'Allow at least one file type') }),
  maxSizeMb: z.number().int().min(1).max(1024),
  identifying: z.boolean().optional().describe('The document names the enterprise (licence, sealed form): hidden from experts in blind review'),
  signed: z
    .boolean()
    .optional()
    .describe('Holds the signed and sealed scan of the 签字盖章用 copy of the 申报书: tied to the 核验码 of the copy it was printed from'),
});
export type AttachmentSlot = z.infer<typeof AttachmentSlotSchema>;

const slot = (key: string, name: LocalizedText, required: boolean, accept: FileKind[], identifying = false, signed = false): AttachmentSlot => ({
  key,
  name,
  required,
  accept,
  maxSizeMb: DEFAULT_ATTACHMENT_MAX_MB,
  ...(identifying ? { identifying } : {}),
  ...(signed ? { signed } : {}),
});

/** Whether a slot holds the signed and sealed scan of the 申报书's 签字盖章用 copy (one file, tied to its 核验码). */
export function isSignedSlot(slot: { signed?: boolean }): boolean {
  return slot.signed === true;
}

const COMMON_HEAD: AttachmentSlot[] = [
  slot('business_licence', { zh: '营业执照（副本）', en: 'Business licence (copy)' }, true, ['pdf', 'ofd', 'jpeg', 'png'], true),
  slot('signed_application', { zh: '申报书签字盖章扫描件', en: 'Signed and sealed application form' }, true, ['pdf', 'ofd'], true, true),
];
const COMMON_TAIL: AttachmentSlot[] = [
  slot('credit_commitment', { zh: '信用承诺书', en: 'Credit commitment letter' }, true, ['pdf', 'ofd'], true),
  slot('other', { zh: '其他证明材料', en: 'Other supporting documents' }, false, ['pdf', 'ofd', 'docx', 'xlsx', 'jpeg', 'png']),
];

/** The documents each programme's notices ask for; the city officer edits them per call. */
export function defaultAttachmentSlots(category: ProgrammeCategoryCode): AttachmentSlot[] {
  switch (category) {
    case 'SMART_MFG_PILOT':
    case 'TECH_TRANSFORMATION':
      return [
        ...COMMON_HEAD,
        slot('financial_statements', { zh: '上年度审计报告或财务报表', en: "Last year's audit report or financial statements" }, true, ['pdf', 'xlsx']),
        slot('investment_evidence', { zh: '项目投资证明（合同、发票汇总）', en: 'Project investment evidence (contracts, invoice summary)' }, true, ['pdf', 'xlsx']),
        ...COMMON_TAIL,
      ];
    case 'INNOVATION_CENTRE':
      return [
        ...COMMON_HEAD,
        slot('articles_of_association', { zh: '公司章程及股东名册', en: 'Articles of association and register of shareholders' }, true, ['pdf', 'ofd']),
        slot('financial_statements', { zh: '上年度审计报告或财务报表', en: "Last year's audit report or financial statements" }, true, ['pdf', 'xlsx']),
        ...COMMON_TAIL,
      ];
    case 'IT_INTEGRATION':
      return [
        ...COMMON_HEAD,
        slot('self_assessment_report', { zh: '两化融合管理体系自评估报告', en: 'Self-assessment report (GB/T 23001)' }, true, ['pdf', 'docx']),
        ...COMMON_TAIL,
      ];
  }
}
