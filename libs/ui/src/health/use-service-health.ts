import { useEffect, useState } from 'react';
import { apiFetch } from '../api/api-fetch';
import { toApiError, type ApiError } from '../api/api-error';

export type ServiceHealth = { state: 'loading' } | { state: 'ok' } | { state: 'unavailable'; error: ApiError };

export const HEALTH_PATH = '/api/health';

/** Asks the API whether it and its database and storage answer (`GET /api/health`). */
export function useServiceHealth(path: string = HEALTH_PATH): ServiceHealth {
  const [health, setHealth] = useState<ServiceHealth>({ state: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    apiFetch<unknown>(path, { signal: controller.signal }).then(
      () => setHealth({ state: 'ok' }),
      (error: unknown) => {
        if (!controller.signal.aborted) setHealth({ state: 'unavailable', error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [path]);

  return health;
}
