import type { ApiError } from './api-error';

/** The API codes that mean "there is no (longer a) session": the page should send the user to sign in. */
export const SESSION_LOST_CODES = ['SESSION_EXPIRED', 'UNAUTHENTICATED'] as const;
export type SessionLostCode = (typeof SESSION_LOST_CODES)[number];

type SessionLostListener = (error: ApiError & { code: SessionLostCode }) => void;

const listeners = new Set<SessionLostListener>();

export function isSessionLost(error: ApiError): error is ApiError & { code: SessionLostCode } {
  return error.status === 401 && (SESSION_LOST_CODES as readonly string[]).includes(error.code);
}

/** Called by `apiFetch` for every 401 SESSION_EXPIRED / UNAUTHENTICATED answer. */
export function reportSessionLost(error: ApiError): void {
  if (isSessionLost(error)) listeners.forEach((listener) => listener(error));
}

/** Subscribes to lost sessions (the session provider does); returns the unsubscribe function. */
export function onSessionLost(listener: SessionLostListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
