import { ErrorBodySchema } from '@shifan/domain';
import { ApiError, getLocale, NETWORK_ERROR, toApiError } from '@shifan/ui';

/**
 * The file name a `Content-Disposition` header gives (`filename*=UTF-8''…` preferred over `filename="…"`), or
 * null when it names none.
 */
export function fileNameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  const name = plain ? (plain[2] ?? plain[1]).trim() : '';
  return name === '' ? null : name;
}

async function errorOf(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = JSON.parse(await response.text()) as unknown;
  } catch {
    // Not JSON: described by the status below.
  }
  const parsed = ErrorBodySchema.safeParse(body);
  if (parsed.success) return new ApiError(parsed.data, response.status);
  return new ApiError({ code: NETWORK_ERROR, message: `HTTP ${response.status}` }, response.status);
}

/** Hands a blob to the browser as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * GETs a binary export (Excel) with the session cookie and saves it under the name the server gives, or
 * `fallbackName`. A failure throws an {@link ApiError} with the server's message, for the caller to show. GET needs
 * no CSRF header.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { 'Accept-Language': getLocale() } });
  } catch (cause) {
    throw toApiError(cause);
  }
  if (!response.ok) throw await errorOf(response);
  const blob = await response.blob();
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName;
  saveBlob(blob, fileName);
  return fileName;
}
