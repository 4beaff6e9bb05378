import { z } from 'zod';
import { TEXT_LIMITS } from '../shared/text-limits';
import { bilingual } from '../forms/form-meta';

const localized = z.object({ zh: z.string().max(TEXT_LIMITS.label), en: z.string().max(TEXT_LIMITS.label) });

export const ReasonTextSchema = z.string().trim().min(2, { error: bilingual('请填写理由（至少2个字）', 'Give a reason (at least 2 characters)') }).max(2000);

/** One itemised reason of a return or revision notice. */
export const NoticeItemSchema = z.object({
  key: z.string().trim().min(1).max(64).describe('Checklist item key, a form field path, or `other`'),
  label: localized.optional().describe('What the item is (the checklist label), when it has one'),
  message: ReasonTextSchema.describe('What to fix'),
});
export type NoticeItem = z.infer<typeof NoticeItemSchema>;

/** What the enterprise is asked to fix: by the district (return) or the city (consolidated revision notice). */
export const ReviewNoticeSchema = z
  .object({
    kind: z.enum(['district_return', 'formal_revision', 'district_rejection', 'formal_rejection']),
    items: z.array(NoticeItemSchema),
    dueOn: z.string().nullable().describe('Last day (Beijing time) to resubmit, for a formal revision'),
    issuedAt: z.string(),
    issuedBy: z.string(),
  })
  .meta({ id: 'ReviewNotice' });
export type ReviewNotice = z.infer<typeof ReviewNoticeSchema>;
