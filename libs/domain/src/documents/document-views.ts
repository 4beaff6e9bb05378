import { z } from 'zod';

/** The public answer about a verification code: whether an archived document has it, and what that document certifies. */
export const DocumentVerificationSchema = z
  .object({
    code: z.string().describe('The code as printed, e.g. 3F9A-1C2B-7D4E'),
    found: z.boolean(),
    document: z
      .object({
        kind: z.enum(['application_form', 'receipt']),
        kindLabel: z.object({ zh: z.string(), en: z.string() }),
        receiptNo: z.string(),
        enterpriseName: z.string(),
        callTitle: z.string(),
        submittedAt: z.string().describe('ISO 8601 instant of the submission the document records'),
        contentSha256: z.string().describe('SHA-256 of the canonical content; its first 12 hex digits are the code'),
        current: z.boolean().describe('Whether this is still the application’s latest submission (false after a withdrawal or a later resubmission)'),
      })
      .nullable(),
    signingCopy: z
      .object({
        enterpriseName: z.string(),
        callTitle: z.string(),
        printedAt: z.string().describe('ISO 8601 instant of the first print of this content'),
        contentSha256: z.string(),
        current: z.boolean().describe('Editable: whether the application’s content still has this code. Submitted: whether the signed scan submitted was printed from it'),
        submitted: z.boolean().describe('Whether the application has been submitted since'),
      })
      .nullable()
      .optional()
      .describe('When the code is that of a printed 签字盖章用 copy (not an archived document): what it was printed from'),
  })
  .meta({ id: 'DocumentVerification' });
export type DocumentVerification = z.infer<typeof DocumentVerificationSchema>;
