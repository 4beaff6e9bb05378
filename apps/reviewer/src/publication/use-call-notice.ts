import type { NoticeView } from '@shifan/domain';
import { type ApiError, toApiError } from '@shifan/ui';
import { useCallback, useEffect, useState } from 'react';
import { findCallNotice } from './publication-api';

export interface CallNotice {
  /** The call's notice; null when it has none (or while the first look-up runs). */
  notice: NoticeView | null;
  /** True until the look-up for the current call has answered. */
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
  /** Takes a notice the API answered otherwise (e.g. just published). */
  adopt: (notice: NoticeView) => void;
}

interface State {
  callId: number | undefined;
  notice: NoticeView | null;
  loading: boolean;
  error: ApiError | null;
}

/** The notice of the chosen call, found in the public list of notices; nothing is asked while no call is chosen. */
export function useCallNotice(callId: number | undefined): CallNotice {
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<State>({ callId, notice: null, loading: callId !== undefined, error: null });

  useEffect(() => {
    if (callId === undefined) {
      setState({ callId, notice: null, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    // Another call starts afresh; a reload of the same call keeps what is shown until the answer arrives.
    setState((previous) => (previous.callId === callId ? { ...previous, loading: true } : { callId, notice: null, loading: true, error: null }));
    findCallNotice(callId, controller.signal).then(
      (notice) => setState({ callId, notice, loading: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, loading: false, error: toApiError(error) }));
      },
    );
    return () => controller.abort();
  }, [callId, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const adopt = useCallback((notice: NoticeView) => setState({ callId: notice.callId, notice, loading: false, error: null }), []);
  const current = state.callId === callId;
  return {
    notice: current ? state.notice : null,
    loading: current ? state.loading : callId !== undefined,
    error: current ? state.error : null,
    reload,
    adopt,
  };
}
