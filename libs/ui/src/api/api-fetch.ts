import { ErrorBodySchema } from '@shifan/domain';
import { getLocale } from '../i18n/locale-store';
import { ApiError, networkError } from './api-error';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './cookies';
import { reportSessionLost } from './session-events';

/** Anything that can check a parsed body, e.g. a zod schema from @shifan/domain. */
export interface ResponseParser<T> {
  parse(input: unknown): T;
}

const NO_BODY = Symbol('no body');
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return NO_BODY;
  return JSON.parse(text) as unknown;
}

function requestIdOf(response: Response): string | undefined {
  return response.headers.get('x-request-id') ?? undefined;
}

function errorFrom(response: Response, body: unknown): ApiError {
  const parsed = ErrorBodySchema.safeParse(body);
  if (!parsed.success) return networkError(response.status, parsed.error, requestIdOf(response));
  const requestId = parsed.data.requestId ?? requestIdOf(response);
  return new ApiError({ ...parsed.data, ...(requestId ? { requestId } : {}) }, response.status);
}

function requestHeaders(init: RequestInit): Headers {
  const headers = new Headers(init.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (!headers.has('Accept-Language')) headers.set('Accept-Language', getLocale());
  const method = (init.method ?? 'GET').toUpperCase();
  if (!SAFE_METHODS.has(method) && !headers.has(CSRF_HEADER)) {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers.set(CSRF_HEADER, csrf);
  }
  return headers;
}

/**
 * Calls the API in the current language (`Accept-Language`) and returns the parsed JSON body. The session cookie
 * goes along (same origin), and every state-changing request echoes the `shifan_csrf` cookie as `X-CSRF-Token`.
 * Non-2xx answers throw an {@link ApiError} carrying the server's `{ code, message, requestId, details }`; a 401
 * SESSION_EXPIRED/UNAUTHENTICATED is also reported to `onSessionLost` listeners. Failures without a readable answer
 * throw one with code NETWORK_ERROR. An aborted request rethrows the abort.
 * Pass `parser` (e.g. a zod schema) to check the body; without it the body is trusted to be `T`.
 */
export async function apiFetch<T>(path: string, init: RequestInit = {}, parser?: ResponseParser<T>): Promise<T> {
  const headers = requestHeaders(init);

  let response: Response;
  let body: unknown;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init, headers });
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw networkError(0, cause);
  }
  try {
    body = await readJson(response);
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw networkError(response.status, cause, requestIdOf(response));
  }

  if (!response.ok) {
    const error = errorFrom(response, body);
    reportSessionLost(error);
    throw error;
  }
  const data = body === NO_BODY ? undefined : body;
  if (!parser) return data as T;
  try {
    return parser.parse(data);
  } catch (cause) {
    throw networkError(response.status, cause, requestIdOf(response));
  }
}

/** A JSON request with a body: `apiSend('/api/auth/sign-in', 'POST', values, SessionViewSchema)`. */
export function apiSend<T>(path: string, method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', body?: unknown, parser?: ResponseParser<T>): Promise<T> {
  const init: RequestInit = body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
  return apiFetch(path, init, parser);
}
