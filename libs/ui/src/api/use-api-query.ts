import { useCallback, useEffect, useState } from 'react';
import { type ApiError, toApiError } from './api-error';
import { apiFetch, type ResponseParser } from './api-fetch';

export interface ApiQuery<T> {
  /** The last answer; kept while a new one loads, so tables do not flicker. */
  data: T | null;
  loading: boolean;
  error: ApiError | null;
  /** Asks again, e.g. after a change or a conflict. */
  reload: () => void;
}

/** GETs `url` whenever it changes (earlier answers are dropped) or `reload` is called. */
export function useApiQuery<T>(url: string, parser: ResponseParser<T>): ApiQuery<T> {
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<{ data: T | null; loading: boolean; error: ApiError | null }>({ data: null, loading: true, error: null });

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    apiFetch(url, { signal: controller.signal }, parser).then(
      (data) => setState({ data, loading: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, loading: false, error: toApiError(error) }));
      },
    );
    return () => controller.abort();
  }, [url, parser, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload };
}
