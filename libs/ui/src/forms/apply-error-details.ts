import type { ErrorDetail } from '@shifan/domain';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '../api/api-error';

/**
 * Puts an API error's field details (`{ path, code, message }`) next to the matching form fields with
 * react-hook-form's `setError`; several details on one field are joined. Returns the details that match no field,
 * for the error alert.
 */
export function applyErrorDetails<T extends FieldValues>(
  error: ApiError,
  fields: readonly string[],
  setError: UseFormSetError<T>,
  separator = '; ',
): ErrorDetail[] {
  const byField = new Map<string, string[]>();
  const unmatched: ErrorDetail[] = [];
  for (const detail of error.details) {
    if (!fields.includes(detail.path)) {
      unmatched.push(detail);
      continue;
    }
    byField.set(detail.path, [...(byField.get(detail.path) ?? []), detail.message]);
  }
  let first = true;
  for (const [path, messages] of byField) {
    setError(path as FieldPath<T>, { type: 'server', message: messages.join(separator) }, { shouldFocus: first });
    first = false;
  }
  return unmatched;
}
