import { z } from 'zod';
import { PROGRAMME_CATEGORIES, type ProgrammeCategoryCode, type ProgrammeLevel } from '../catalogue/programme-categories';
import { type CallSchedule, CallSettingsSchema } from '../eligibility/call-settings';
import { bilingual } from '../forms/form-meta';
import { RubricSchema } from '../scoring/rubric';
import { addDays } from '../shared/iso-date';
import { TEXT_LIMITS } from '../shared/text-limits';
import { AttachmentSlotSchema } from './attachment-slots';

export const CALL_STATUSES = ['draft', 'open', 'closed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
export const CALL_LEVELS = ['municipal', 'provincial', 'national'] as const;

const categoryCodes = PROGRAMME_CATEGORIES.map((category) => category.code) as [ProgrammeCategoryCode, ...ProgrammeCategoryCode[]];

/** What a city officer writes when creating or editing a call. */
export const CallInputSchema = z
  .object({
    category: z.enum(categoryCodes),
    level: z.enum(CALL_LEVELS),
    title: z
      .string()
      .trim()
      .min(4, { message: bilingual('标题至少4个字', 'The title needs at least 4 characters') })
      .max(200, { message: bilingual('标题不超过200个字', 'The title has at most 200 characters') }),
    notice: z
      .string()
      .max(TEXT_LIMITS.callNotice, { message: bilingual(`通知正文不超过${TEXT_LIMITS.callNotice}个字`, `The notice has at most ${TEXT_LIMITS.callNotice} characters`) }),
    settings: CallSettingsSchema,
    attachmentSlots: z.array(AttachmentSlotSchema).min(1),
    rubric: RubricSchema,
  })
  .superRefine((call, ctx) => {
    if (call.settings.category !== call.category) {
      ctx.addIssue({ code: 'custom', path: ['settings', 'category'], message: bilingual('设置的项目类别与批次类别不一致', 'The settings are for another category') });
    }
    const levels: readonly ProgrammeLevel[] = PROGRAMME_CATEGORIES.find((category) => category.code === call.category)?.levels ?? [];
    if (!levels.includes(call.level)) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: bilingual('该类别不设此级别', 'This category has no such level') });
    }
    const keys = call.attachmentSlots.map((slot) => slot.key);
    keys.forEach((key, index) => {
      if (keys.indexOf(key) !== index) ctx.addIssue({ code: 'custom', path: ['attachmentSlots', index, 'key'], message: bilingual('材料编号重复', 'Duplicate slot key') });
    });
  })
  .meta({ id: 'CallInput' });
export type CallInput = z.infer<typeof CallInputSchema>;

export const UpdateCallSchema = z.object({ version: z.number().int().min(1), call: CallInputSchema }).meta({ id: 'UpdateCall' });
export type UpdateCall = z.infer<typeof UpdateCallSchema>;

export const CallViewSchema = z
  .object({
    id: z.number().int(),
    category: z.enum(categoryCodes),
    level: z.enum(CALL_LEVELS),
    year: z.number().int(),
    title: z.string(),
    notice: z.string(),
    status: z.enum(CALL_STATUSES),
    opensAt: z.string().describe('ISO instant: 00:00 Beijing time on the opening day'),
    deadlineAt: z.string().describe('ISO instant: the first moment after the last day (00:00 Beijing time the day after)'),
    settings: CallSettingsSchema,
    attachmentSlots: z.array(AttachmentSlotSchema),
    rubric: RubricSchema,
    publishedVersion: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Call' });
export type CallView = z.infer<typeof CallViewSchema>;

export const CallListQuerySchema = z.object({
  status: z.enum(CALL_STATUSES).optional(),
  category: z.enum(categoryCodes).optional(),
  year: z.coerce.number().int().min(2017).max(2100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type CallListQuery = z.infer<typeof CallListQuerySchema>;

/** Beijing time has no daylight saving: UTC+8 all year. */
export const BEIJING_OFFSET = '+08:00';

/**
 * The instants a call's schedule means: it opens at 00:00 Beijing time on `opensOn` and accepts submissions until
 * the end of `applicationDeadline` (Beijing time), i.e. until 00:00 the day after.
 */
export function callWindow(schedule: CallSchedule): { opensAt: Date; deadlineAt: Date } {
  return {
    opensAt: new Date(`${schedule.opensOn}T00:00:00${BEIJING_OFFSET}`),
    deadlineAt: new Date(`${addDays(schedule.applicationDeadline, 1)}T00:00:00${BEIJING_OFFSET}`),
  };
}

export type CallPhase = 'draft' | 'upcoming' | 'open' | 'closed';

/** Where a call stands at `now`: the server's clock decides, not the browser's. */
export function callPhase(call: { status: CallStatus; opensAt: Date; deadlineAt: Date }, now: Date): CallPhase {
  if (call.status === 'draft') return 'draft';
  if (call.status === 'closed' || now >= call.deadlineAt) return 'closed';
  if (now < call.opensAt) return 'upcoming';
  return 'open';
}
