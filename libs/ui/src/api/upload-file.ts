import { ErrorBodySchema } from '@shifan/domain';
import { getLocale } from '../i18n/locale-store';
import { ApiError, networkError } from './api-error';
import type { ResponseParser } from './api-fetch';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './cookies';
import { reportSessionLost } from './session-events';

/** How far an upload has gone: bytes sent of the total (the request body's size). */
export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0–100, rounded down; 100 once every byte has left the browser (the server may still be checking it). */
  percent: number;
}

export interface UploadFileOptions<T> {
  /** Default PUT. */
  method?: 'PUT' | 'POST';
  /** Extra request headers, e.g. `X-File-Name`. */
  headers?: Readonly<Record<string, string>>;
  /** Called as the body goes out (XMLHttpRequest's `upload.onprogress`). */
  onProgress?: (progress: UploadProgress) => void;
  /** Checks the JSON answer, e.g. a zod schema from @shifan/domain. */
  parser?: ResponseParser<T>;
  /** Aborts the upload; the promise then rejects with an `AbortError` DOMException. */
  signal?: AbortSignal;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  return JSON.parse(text) as unknown;
}

/**
 * Sends a file as the raw request body with a real progress report (fetch cannot report upload progress, so this
 * uses XMLHttpRequest). Same conventions as `apiFetch`: the session cookie goes along, the `shifan_csrf` cookie is
 * echoed as `X-CSRF-Token`, the page's language goes as `Accept-Language`, and a non-2xx answer throws an
 * {@link ApiError} with the server's `{ code, message, requestId, details }`.
 */
export function uploadFile<T>(url: string, body: Blob, options: UploadFileOptions<T> = {}): Promise<T> {
  const { method = 'PUT', headers = {}, onProgress, parser, signal } = options;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('The upload was aborted', 'AbortError'));
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', getLocale());
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) xhr.setRequestHeader(CSRF_HEADER, csrf);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);

    xhr.upload.onprogress = (event) => {
      if (!onProgress) return;
      const total = event.lengthComputable ? event.total : body.size;
      onProgress({ loaded: event.loaded, total, percent: total > 0 ? Math.min(100, Math.floor((event.loaded / total) * 100)) : 100 });
    };
    xhr.upload.onload = () => onProgress?.({ loaded: body.size, total: body.size, percent: 100 });

    const onAbort = () => xhr.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);

    xhr.onabort = () => {
      done();
      reject(new DOMException('The upload was aborted', 'AbortError'));
    };
    xhr.onerror = () => {
      done();
      reject(networkError(0, new Error('upload failed')));
    };
    xhr.onload = () => {
      done();
      const requestId = xhr.getResponseHeader('x-request-id') ?? undefined;
      let data: unknown;
      try {
        data = parseJson(xhr.responseText);
      } catch (cause) {
        return reject(networkError(xhr.status, cause, requestId));
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        const parsed = ErrorBodySchema.safeParse(data);
        if (!parsed.success) return reject(networkError(xhr.status, parsed.error, requestId));
        const id = parsed.data.requestId ?? requestId;
        const error = new ApiError({ ...parsed.data, ...(id ? { requestId: id } : {}) }, xhr.status);
        reportSessionLost(error);
        return reject(error);
      }
      if (!parser) return resolve(data as T);
      try {
        resolve(parser.parse(data));
      } catch (cause) {
        reject(networkError(xhr.status, cause, requestId));
      }
    };
    xhr.send(body);
  });
}
