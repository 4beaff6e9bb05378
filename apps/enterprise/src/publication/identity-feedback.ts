import { checkUscc, isValidResidentId, type Locale, normalizeUscc, pickText } from '@shifan/domain';
import type { FieldFeedback } from '@shifan/ui';
import { PUBLICATION_TEXTS as T, residentIdLengthText } from './publication-texts';

type ObjectorKind = 'person' | 'organisation';

/**
 * What to say under the identity number as it is typed: for a person the 18-character resident ID number (checked
 * with @shifan/domain's isValidResidentId once complete), for an organisation its USCC (checkUscc's first reason).
 */
export function identityFeedback(kind: ObjectorKind, input: string, locale: Locale): FieldFeedback {
  const value = input.trim().toUpperCase();
  if (kind === 'person') {
    if (value === '') return { text: pickText(T.residentIdHint, locale) };
    if (!/^[\dX]*$/.test(value) || value.length > 18) return { status: 'error', text: pickText(T.residentIdInvalid, locale) };
    if (value.length < 18) return { text: pickText(residentIdLengthText(value.length), locale) };
    return isValidResidentId(value) ? { status: 'success', text: pickText(T.residentIdValid, locale) } : { status: 'error', text: pickText(T.residentIdInvalid, locale) };
  }
  const code = normalizeUscc(value);
  if (code === '') return { text: pickText(T.orgUsccHint, locale) };
  const check = checkUscc(code);
  if (!check.valid) return { status: 'error', text: pickText(check.problems[0].message, locale) };
  return { status: 'success', text: pickText(T.residentIdValid, locale) };
}
