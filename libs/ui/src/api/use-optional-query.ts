import { type ApiError, toApiError } from './api-error';
import { apiFetch, type ResponseParser } from './api-fetch';
import type { ApiQuery } from './use-api-query';
import { useCallback, useEffect, useState } from 'react';

/**
 * Like `useApiQuery`, but asks nothing while `url` is null (e.g. before a call is chosen); the answer is dropped
 * when the URL changes, so a page never shows one call's data under another call's name.
 */
export function useOptionalQuery<T>(url: string | null, parser: ResponseParser<T>): ApiQuery<T> {
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<{ url: string | null; data: T | null; loading: boolean; error: ApiError | null }>({ url, data: null, loading: url !== null, error: null });

  useEffect(() => {
    if (url === null) {
      setState({ url, data: null, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((previous) => (previous.url === url ? { ...previous, loading: true } : { url, data: null, loading: true, error: null }));
    apiFetch(url, { signal: controller.signal }, parser).then(
      (data) => setState({ url, data, loading: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, url, loading: false, error: toApiError(error) }));
      },
    );
    return () => controller.abort();
  }, [url, parser, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const current = state.url === url;
  return { data: current ? state.data : null, loading: current ? state.loading : url !== null, error: current ? state.error : null, reload };
}
