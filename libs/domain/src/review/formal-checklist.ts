import { z } from 'zod';
import { TEXT_LIMITS } from '../shared/text-limits';
import type { LocalizedText } from '../i18n/localized-text';

/** One item of the city's formal completeness check (形式审查). */
export interface FormalChecklistItem {
  key: string;
  label: LocalizedText;
}

export const FormalChecklistItemSchema = z.object({
  key: z.string().max(TEXT_LIMITS.key).regex(/^[a-z][a-z0-9_]*$/),
  label: z.object({ zh: z.string().min(1).max(TEXT_LIMITS.label), en: z.string().min(1).max(TEXT_LIMITS.label) }),
});

/**
 * The default checklist [ASSUMED]: what Wuhan's 形式审查 notices ask officers to confirm (材料齐全, 签字盖章, 数据一致,
 * 承诺书). A call may replace it (`settings.review.formalChecklist`).
 */
export const DEFAULT_FORMAL_CHECKLIST: readonly FormalChecklistItem[] = [
  { key: 'attachments_complete', label: { zh: '申报材料齐全', en: 'All required documents are attached' } },
  { key: 'seals_present', label: { zh: '申报书已签字盖章', en: 'The application form is signed and sealed' } },
  { key: 'figures_consistent', label: { zh: '投资、财务等数据前后一致', en: 'Investment and financial figures are consistent' } },
  { key: 'commitments_signed', label: { zh: '信用承诺书等承诺材料已签署', en: 'The credit commitment and pledges are signed' } },
];
