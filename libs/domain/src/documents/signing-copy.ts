import { z } from 'zod';
import { type FileKind, isSignedSlot } from '../calls/attachment-slots';
import type { LocalizedText } from '../i18n/localized-text';
import { formatVerificationCode } from './verification-code';

/**
 * The 签字盖章用 copy of the 申报书 and the signed scan tied to it. The enterprise prints the copy (no 草稿 watermark,
 * marked 签字盖章用, with the 核验码 of its content), the legal representative signs it, the enterprise seals it, and
 * the scan is uploaded to the slot marked `signed`. Each upload records the 核验码 of the latest copy the enterprise
 * printed (the API keeps every print), so the scan stands for that content. If the content changes afterwards, the
 * current 核验码 differs: the scan no longer matches what would be submitted, and the submit is refused until the
 * enterprise prints the copy again, signs and seals it, and uploads the new scan.
 */
export const SIGNING_COPY_MARK = '签字盖章用';

/** A file in a signed slot, with the 核验码 (stored form, 12 hex digits) of the copy it was printed from. */
export interface SignedScan {
  attachmentId: number;
  slotKey: string;
  fileName: string;
  signingCode: string | null;
}

export interface SignedScanStatus extends SignedScan {
  /** Whether the scan was printed from the content as it is now. */
  current: boolean;
}

export interface SignedCopyCheck {
  /** False when a scan in a signed slot was printed from other content than the current one (submit is refused). */
  ok: boolean;
  scans: SignedScanStatus[];
  outdated: SignedScanStatus[];
}

/**
 * Compares every scan in the call's signed slots with the 核验码 of the application's current content. Slots
 * without a scan are the required-attachment check's business, not this one's.
 */
export function checkSignedScans(input: {
  slots: readonly { key: string; signed?: boolean }[];
  attachments: readonly SignedScan[];
  currentCode: string;
}): SignedCopyCheck {
  const signed = new Set(input.slots.filter(isSignedSlot).map((slot) => slot.key));
  const scans = input.attachments.filter((attachment) => signed.has(attachment.slotKey)).map((scan) => ({ ...scan, current: scan.signingCode === input.currentCode }));
  const outdated = scans.filter((scan) => !scan.current);
  return { ok: outdated.length === 0, scans, outdated };
}

/** What the enterprise is told when its scan no longer matches (the API's 409 and the workspace's warning). */
export function signedCopyOutdatedMessage(scan: Pick<SignedScan, 'signingCode'>, currentCode: string): LocalizedText {
  const printed = scan.signingCode ? formatVerificationCode(scan.signingCode) : null;
  const now = formatVerificationCode(currentCode);
  return printed
    ? {
        zh: `申报内容在打印签字盖章用申报书（核验码 ${printed}）之后已修改，当前核验码为 ${now}。请重新打印签字盖章用申报书，签字盖章后上传新的扫描件。`,
        en: `The application changed after the copy for signature and seal (verification code ${printed}) was printed; the current code is ${now}. Print the copy for signature and seal again, sign and seal it, and upload the new scan.`,
      }
    : {
        zh: `该扫描件没有对应的签字盖章用申报书，当前核验码为 ${now}。请打印签字盖章用申报书，签字盖章后上传扫描件。`,
        en: `This scan is not tied to a printed copy for signature and seal; the current code is ${now}. Print the copy for signature and seal, sign and seal it, and upload the scan.`,
      };
}

export const SIGNING_COPY_NOT_PRINTED_MESSAGE: LocalizedText = {
  zh: '请先打印签字盖章用申报书，签字盖章后再上传扫描件',
  en: 'Print the copy for signature and seal first, then upload its signed and sealed scan',
};

/** A slot's template (信用承诺书, 授权书 …): the file types an officer may upload, and the size cap in MB. */
export const SLOT_TEMPLATE_KINDS: readonly FileKind[] = ['pdf', 'ofd', 'docx', 'xlsx'];
/** Default size cap of one slot template, in MB: templates are a few pages of text. */
export const DEFAULT_SLOT_TEMPLATE_MAX_MB = 20;

export const SlotTemplateViewSchema = z
  .object({
    slotKey: z.string(),
    slotName: z.object({ zh: z.string(), en: z.string() }),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string().describe('ISO 8601 instant'),
  })
  .meta({ id: 'SlotTemplate' });
export type SlotTemplateView = z.infer<typeof SlotTemplateViewSchema>;

export const SignedScanViewSchema = z.object({
  attachmentId: z.number().int(),
  slotKey: z.string(),
  fileName: z.string(),
  code: z.string().nullable().describe('The 核验码 of the 签字盖章用 copy the scan was printed from, as printed'),
  current: z.boolean(),
});

/** The documents area of an application in the enterprise app. */
export const ApplicationDocumentsViewSchema = z
  .object({
    applicationId: z.number().int(),
    editable: z.boolean(),
    signingCopy: z.object({
      /** Printable now (the application can be edited). */
      available: z.boolean(),
      currentCode: z.string().nullable().describe('The 核验码 of the content as it is now, as printed (null once submitted)'),
      latestPrinted: z.object({ code: z.string(), printedAt: z.string(), current: z.boolean() }).nullable(),
      printCount: z.number().int(),
    }),
    signedScans: z.array(SignedScanViewSchema),
    /** False: a signed scan no longer matches the content; submit is refused (SIGNED_COPY_OUTDATED). */
    signedScansCurrent: z.boolean(),
    warning: z.object({ zh: z.string(), en: z.string() }).nullable(),
    archived: z.object({ applicationForm: z.string().nullable(), receipt: z.string().nullable(), receiptNo: z.string().nullable() }),
    templates: z.array(SlotTemplateViewSchema),
  })
  .meta({ id: 'ApplicationDocuments' });
export type ApplicationDocumentsView = z.infer<typeof ApplicationDocumentsViewSchema>;
