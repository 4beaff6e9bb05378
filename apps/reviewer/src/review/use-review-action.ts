import type { LocalizedText } from '@shifan/domain';
import { type ApiError, toApiError, useLocale } from '@shifan/ui';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { isStaleVersion } from './review-api';

export interface ReviewActionOptions {
  /** Shown when the action succeeds. */
  success: LocalizedText;
  /** After success: close the dialog, reload the page's data. */
  onDone: () => void;
  /** After a stale-version 409: the caller asks the officer to reload. */
  onStale: () => void;
}

export interface ReviewAction {
  busy: boolean;
  /** The last failure (not a stale version), for the dialog's alert. */
  error: ApiError | null;
  clearError: () => void;
  run: (action: () => Promise<unknown>, options: ReviewActionOptions) => Promise<void>;
}

/** Runs one review action (a decision, a check, a reopening) with its spinner, message and error handling. */
export function useReviewAction(): ReviewAction {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(
    async (action: () => Promise<unknown>, { success, onDone, onStale }: ReviewActionOptions) => {
      setBusy(true);
      setError(null);
      try {
        await action();
        void message.success(t(success));
        onDone();
      } catch (caught) {
        if (isStaleVersion(caught)) onStale();
        else setError(toApiError(caught));
      } finally {
        setBusy(false);
      }
    },
    [message, t],
  );

  return { busy, error, clearError: useCallback(() => setError(null), []), run };
}
