import {
  addDays,
  type CallInput,
  type CallSchedule,
  type CallSettings,
  type CallView,
  DEFAULT_RUBRIC,
  defaultAttachmentSlots,
  defaultCallSettings,
  type ErrorDetail,
  findProgrammeCategory,
  type ProgrammeCategoryCode,
  type ProgrammeLevel,
} from '@shifan/domain';
import { ApiError } from '@shifan/ui';
import { beijingToday } from '../beijing-time';

/** What the form edits: exactly the API's CallInput. */
export type CallFormValues = CallInput;

/** A new call is open for 30 days from today unless the officer says otherwise. */
const DEFAULT_OPEN_DAYS = 30;

export function levelsOf(category: ProgrammeCategoryCode): readonly ProgrammeLevel[] {
  return findProgrammeCategory(category)?.levels ?? ['municipal'];
}

function defaultRubric(): CallInput['rubric'] {
  return { criteria: DEFAULT_RUBRIC.criteria.map((criterion) => structuredClone(criterion)) };
}

/** A new call of a category: every threshold, slot and the rubric from @shifan/domain's documented defaults. */
export function newCallValues(category: ProgrammeCategoryCode, now: Date = new Date()): CallFormValues {
  const opensOn = beijingToday(now);
  const schedule: CallSchedule = { opensOn, applicationDeadline: addDays(opensOn, DEFAULT_OPEN_DAYS) };
  return {
    category,
    level: levelsOf(category)[0],
    title: '',
    notice: '',
    settings: defaultCallSettings(category, schedule),
    attachmentSlots: defaultAttachmentSlots(category),
    rubric: defaultRubric(),
  };
}

/** The settings after a change of category: the new category's defaults, keeping what every category shares. */
export function settingsForCategory(category: ProgrammeCategoryCode, previous: CallSettings): CallSettings {
  return { ...defaultCallSettings(category, previous.schedule), callYear: previous.callYear, review: { ...previous.review }, workflow: { ...previous.workflow } };
}

/** A loaded call as form values. */
export function callValues(call: CallView): CallFormValues {
  return structuredClone({
    category: call.category,
    level: call.level,
    title: call.title,
    notice: call.notice,
    settings: call.settings,
    attachmentSlots: call.attachmentSlots,
    rubric: call.rubric,
  });
}

/** Every path of a value that holds a primitive (or null, or an array of primitives): the inputs of the form. */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) return prefix ? [prefix] : [];
    return value.flatMap((item, index) => leafPaths(item, prefix ? `${prefix}.${index}` : String(index)));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, prefix ? `${prefix}.${key}` : key));
  }
  return prefix ? [prefix] : [];
}

/** Errors the form shows beside a whole list rather than one input (rubric weights, at least one slot). */
export const LIST_ERROR_PATHS = ['rubric.criteria', 'attachmentSlots'] as const;

/**
 * The API's field details with the form's paths: an update's body is `{ version, call }`, so its details read
 * `call.settings.…`; a create's read `settings.…`.
 */
export function withFormPaths(error: ApiError): ApiError {
  const details: ErrorDetail[] = error.details.map((detail) => ({ ...detail, path: detail.path.replace(/^call\./, '') }));
  return new ApiError({ ...error.toBody(), details }, error.status);
}
