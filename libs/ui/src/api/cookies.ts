/** The readable cookie the API sets at sign-in; its value goes back as the X-CSRF-Token header (double submit). */
export const CSRF_COOKIE = 'shifan_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** The value of one cookie of this page, or undefined. httpOnly cookies (the session itself) are never visible here. */
export function readCookie(name: string, cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const index = part.indexOf('=');
    if (index < 0 || part.slice(0, index).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}
