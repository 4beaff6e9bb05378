import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'shifan_session';
/** Readable by the page's script, which echoes it as the X-CSRF-Token header (double submit). */
export const CSRF_COOKIE = 'shifan_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** Express app setting (set at start-up): true makes the cookies Secure on every response (production). */
export const SECURE_COOKIES_SETTING = 'shifan secure cookies';

/**
 * `Secure` when the request came over TLS — directly, or through a trusted proxy saying `X-Forwarded-Proto: https`
 * (TRUST_PROXY) — and always in production.
 */
function secureCookies(request: Request): boolean {
  return request.secure || request.app?.get(SECURE_COOKIES_SETTING) === true;
}

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The session cookie: httpOnly, SameSite=Strict, Secure over HTTPS and in production, scoped to the whole site, no Max-Age. */
export function setSessionCookies(request: Request, response: Response, session: { token: string; csrfToken: string }): void {
  const secure = secureCookies(request);
  response.cookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
  response.cookie(CSRF_COOKIE, session.csrfToken, { httpOnly: false, sameSite: 'strict', secure, path: '/' });
}

export function clearSessionCookies(request: Request, response: Response): void {
  const secure = secureCookies(request);
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
  response.clearCookie(CSRF_COOKIE, { httpOnly: false, sameSite: 'strict', secure, path: '/' });
}
