import { apiFetch, type ApiError, type ResponseParser, toApiError } from '@shifan/ui';
import { useCallback, useEffect, useState } from 'react';

export interface OptionalQuery<T> {
  data: T | null;
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
}

/** Like `useApiQuery`, but asks nothing while `url` is null (e.g. no call chosen yet). */
export function useOptionalQuery<T>(url: string | null, parser: ResponseParser<T>): OptionalQuery<T> {
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<{ data: T | null; loading: boolean; error: ApiError | null }>({ data: null, loading: url !== null, error: null });

  useEffect(() => {
    if (url === null) {
      setState({ data: null, loading: false, error: null });
      return;
    }
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
