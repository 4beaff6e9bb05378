import { pickText, type ErrorBody, type ErrorDetail } from '@shifan/domain';
import { UI_TEXTS } from '../i18n/ui-texts';
import { getLocale } from '../i18n/locale-store';

/** Client-side code for a request that never got a readable answer (offline, proxy error page, bad JSON). */
export const NETWORK_ERROR = 'NETWORK_ERROR';

/** An API failure in the portal's one error shape `{ code, message, requestId?, details? }`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: string;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  readonly requestId: string | undefined;
  readonly details: readonly ErrorDetail[];

  constructor(body: ErrorBody, status: number, options?: ErrorOptions) {
    super(body.message, options);
    this.code = body.code;
    this.status = status;
    this.requestId = body.requestId;
    this.details = body.details ?? [];
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.requestId === undefined ? {} : { requestId: this.requestId }),
      ...(this.details.length === 0 ? {} : { details: [...this.details] }),
    };
  }
}

/** A NETWORK_ERROR in the current language; `status` is 0 when the request did not reach the server. */
export function networkError(status: number, cause: unknown, requestId?: string): ApiError {
  const text = status === 0 ? UI_TEXTS.networkError : UI_TEXTS.unexpectedResponse;
  const message = status === 0 ? pickText(text, getLocale()) : `${pickText(text, getLocale())} (HTTP ${status})`;
  return new ApiError({ code: NETWORK_ERROR, message, ...(requestId ? { requestId } : {}) }, status, { cause });
}

/** Turns anything caught around an API call into an ApiError, so callers can show one kind of error. */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : networkError(0, error);
}
