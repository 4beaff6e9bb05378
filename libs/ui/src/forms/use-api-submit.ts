import type { ErrorDetail } from '@shifan/domain';
import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { type ApiError, toApiError } from '../api/api-error';
import { useLocale } from '../i18n/use-locale';
import { applyErrorDetails } from './apply-error-details';
import { FORM_TEXTS } from './form-texts';

export interface ApiSubmit {
  /** Validates with the schema, then runs the action; for `<SchemaForm onSubmit>`. */
  onSubmit: () => Promise<void>;
  /** True while the action runs: give it to the submit button's `loading`. */
  submitting: boolean;
  /** The last failure, for the alert above the form. */
  error: ApiError | null;
  /** The details of `error` that match no field of the form (the others are shown next to their fields). */
  unmatched: readonly ErrorDetail[];
  clearError: () => void;
}

export interface ApiSubmitOptions {
  /** Whether an error's details belong next to the fields (default: always). */
  detailsOnFields?: (error: ApiError) => boolean;
}

/** Submits a schema form to the API: field details go next to their fields, the message to the alert. */
export function useApiSubmit<TInput extends FieldValues, TOutput extends FieldValues>(
  form: UseFormReturn<TInput, unknown, TOutput>,
  action: (values: TOutput) => Promise<void>,
  { detailsOnFields = () => true }: ApiSubmitOptions = {},
): ApiSubmit {
  const { t } = useLocale();
  const [failure, setFailure] = useState<{ error: ApiError; unmatched: ErrorDetail[] } | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await action(values);
    } catch (caught) {
      const error = toApiError(caught);
      const unmatched = detailsOnFields(error)
        ? applyErrorDetails(error, Object.keys(form.getValues()), form.setError, t(FORM_TEXTS.detailSeparator))
        : [...error.details];
      setFailure({ error, unmatched });
    }
  });

  return {
    onSubmit: () => onSubmit(),
    submitting: form.formState.isSubmitting,
    error: failure?.error ?? null,
    unmatched: failure?.unmatched ?? [],
    clearError: () => setFailure(null),
  };
}
