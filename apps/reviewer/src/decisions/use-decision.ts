import { toApiError } from '@shifan/ui';
import { useState } from 'react';

/**
 * The state of a decision sent from a drawer (企业认证, USCC disputes): `run` clears the last error, marks the drawer
 * busy, sends, and on a refusal keeps the API's message and details as one line for the drawer to show.
 */
export function useDecision() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (send: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await send();
    } catch (caught) {
      const apiError = toApiError(caught);
      setError([apiError.message, ...apiError.details.map((detail) => detail.message)].join(' '));
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, run };
}
