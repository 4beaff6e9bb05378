import type { FormalCheckInput, LocalizedText, NoticeItem, ReviewApplicationDetail } from '@shifan/domain';

export type ChecklistItem = ReviewApplicationDetail['checklist'][number];
export type FormalOutcome = FormalCheckInput['outcome'];

/** One row of the checklist as the officer fills it in: not decided yet (null), passed or failed, with a note. */
export interface ChecklistAnswer {
  passed: boolean | null;
  note: string;
}

export type ChecklistAnswers = Readonly<Record<string, ChecklistAnswer>>;

/** The shortest note a failed item may carry: the notice quotes it as the reason (at least 2 characters). */
export const MIN_NOTE_LENGTH = 2;

/** The checklist to start from: items passed at the last check are carried over as passed, the rest undecided. */
export function initialAnswers(checklist: readonly ChecklistItem[], carriedOver: readonly string[]): Record<string, ChecklistAnswer> {
  const carried = new Set(carriedOver);
  return Object.fromEntries(checklist.map((item) => [item.key, { passed: carried.has(item.key) ? true : null, note: '' }]));
}

export interface ChecklistStatus {
  /** Items neither passed nor failed yet. */
  unanswered: string[];
  failed: string[];
  /** Failed items without a usable note. */
  failedWithoutNote: string[];
  canAccept: boolean;
  canRequestRevision: boolean;
  /** Every item is decided (a rejection records the checklist too). */
  complete: boolean;
}

function answerOf(answers: ChecklistAnswers, key: string): ChecklistAnswer {
  return answers[key] ?? { passed: null, note: '' };
}

/**
 * What the answers allow: accept only when every item passed; request revision only when every item is decided,
 * at least one failed and each failed item has a note for the notice.
 */
export function checklistStatus(checklist: readonly ChecklistItem[], answers: ChecklistAnswers): ChecklistStatus {
  const unanswered = checklist.filter((item) => answerOf(answers, item.key).passed === null).map((item) => item.key);
  const failed = checklist.filter((item) => answerOf(answers, item.key).passed === false).map((item) => item.key);
  const failedWithoutNote = failed.filter((key) => answerOf(answers, key).note.trim().length < MIN_NOTE_LENGTH);
  const complete = checklist.length > 0 && unanswered.length === 0;
  return {
    unanswered,
    failed,
    failedWithoutNote,
    complete,
    canAccept: complete && failed.length === 0,
    canRequestRevision: complete && failed.length > 0 && failedWithoutNote.length === 0,
  };
}

/** The items of the revision notice: each failed item with its label and note, in checklist order. */
export function revisionNoticeItems(checklist: readonly ChecklistItem[], answers: ChecklistAnswers): (NoticeItem & { label: LocalizedText })[] {
  return checklist
    .filter((item) => answerOf(answers, item.key).passed === false)
    .map((item) => ({ key: item.key, label: item.label, message: answerOf(answers, item.key).note.trim() }));
}

/** The request body of `POST …/formal-check`; throws when the checklist is not complete. */
export function buildFormalCheck(version: number, outcome: FormalOutcome, checklist: readonly ChecklistItem[], answers: ChecklistAnswers, reason?: string): FormalCheckInput {
  const items = checklist.map((item) => {
    const answer = answerOf(answers, item.key);
    if (answer.passed === null) throw new Error(`Checklist item ${item.key} is not decided`);
    const note = answer.note.trim();
    return note === '' ? { key: item.key, passed: answer.passed } : { key: item.key, passed: answer.passed, note };
  });
  const trimmed = reason?.trim();
  return { version, outcome, items, ...(outcome === 'reject' && trimmed ? { reason: trimmed } : {}) };
}
