import { type DistrictDecision, DistrictDecisionSchema, type FieldMeta, type LocalizedText, type NoticeItem } from '@shifan/domain';

/** The key of a return reason that is about no particular form field. */
export const OTHER_KEY = 'other';

/** One reason of a return as the officer writes it: what it is about (a form field or `other`) and what to change. */
export interface ReturnItemDraft {
  key: string | null;
  message: string;
}

export const EMPTY_RETURN_ITEM: ReturnItemDraft = { key: null, message: '' };

/** The notice items of a return: each reason with its field's label (none for `other`). */
export function returnNoticeItems(drafts: readonly ReturnItemDraft[], fields: Readonly<Record<string, FieldMeta>>): NoticeItem[] {
  return drafts.map((draft) => {
    const key = draft.key ?? '';
    const label: LocalizedText | undefined = key === OTHER_KEY ? undefined : fields[key]?.label;
    return label ? { key, label, message: draft.message.trim() } : { key, message: draft.message.trim() };
  });
}

export type DistrictDecisionDraft =
  | { decision: 'recommend'; comment: string }
  | { decision: 'return'; items: readonly ReturnItemDraft[] }
  | { decision: 'reject'; reason: string };

/** The request body of `POST …/district-decision`, checked with the domain's schema (issues are bilingual messages). */
export function buildDistrictDecision(version: number, draft: DistrictDecisionDraft, fields: Readonly<Record<string, FieldMeta>>) {
  let body: DistrictDecision;
  switch (draft.decision) {
    case 'recommend': {
      const comment = draft.comment.trim();
      body = comment ? { decision: 'recommend', version, comment } : { decision: 'recommend', version };
      break;
    }
    case 'return':
      body = { decision: 'return', version, items: returnNoticeItems(draft.items, fields) };
      break;
    case 'reject':
      body = { decision: 'reject', version, reason: draft.reason.trim() };
      break;
  }
  return DistrictDecisionSchema.safeParse(body);
}

/** Which of the return reasons are not filled in: no field chosen, or a message under 2 characters. */
export function returnItemProblems(drafts: readonly ReturnItemDraft[]): { key: boolean; message: boolean }[] {
  return drafts.map((draft) => ({ key: !draft.key, message: draft.message.trim().length < 2 }));
}
