import { type ErrorCode, type ErrorDetail, type LocalizedText, errorStatus } from '@shifan/domain';

/**
 * The one exception the application throws on purpose. The global filter turns it into the error shape
 * `{ code, message, requestId, details }` with the status that belongs to the code.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetail[] = [],
    /** Overrides the catalogue's message for this occurrence, in both languages. */
    readonly text?: LocalizedText,
  ) {
    super(text?.en ?? code);
    this.name = 'AppError';
    this.status = errorStatus(code);
  }
}
