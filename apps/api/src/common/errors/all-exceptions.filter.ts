import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import { CalendarRangeError, calendarRangeMessage, decodeLocalizedMessage, type ErrorBody, type ErrorCode, type ErrorDetail, errorMessage, errorStatus, pickText, resolveLocale } from '@shifan/domain';
import type { Request, Response } from 'express';
import { ZodError } from 'zod';
import type { JsonLogger } from '../logging/json-logger';
import { currentRequestId } from '../logging/request-context';
import { AppError } from './app-error';
import { issuesToDetails } from './zod-issues';
import { DATABASE_UNAVAILABLE_TEXT, isServiceUnavailable, RETRY_AFTER_SETTING } from './unavailable';

/** body-parser and Express signal their failures with these `type`s and statuses. */
interface ExpressHttpError extends Error {
  type?: string;
  status?: number;
  statusCode?: number;
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * One error shape for every error. Known errors keep their code and status; anything unexpected answers 500 with
 * the request id and is logged with its stack, which never reaches the client.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(
    private readonly logger: JsonLogger,
    /** Sent as `Retry-After` with every 503; by default the app's RETRY_AFTER_SECONDS (set in bootstrap). */
    private readonly options: { retryAfterSeconds?: number } = {},
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const locale = resolveLocale(request.headers['accept-language']);
    const requestId = currentRequestId();

    let code: ErrorCode;
    let details: ErrorDetail[] = [];
    let message: string | undefined;

    if (exception instanceof AppError) {
      code = exception.code;
      details = exception.details.map((detail) => ({ ...detail, message: decodeLocalizedMessage(detail.message, locale) }));
      message = exception.text ? pickText(exception.text, locale) : undefined;
    } else if (exception instanceof CalendarRangeError) {
      // Safety net: a working-day count that was not wrapped by CalendarService.compute still answers 422, never 500.
      code = 'CALENDAR_OUT_OF_RANGE';
      message = pickText(calendarRangeMessage(exception.date, exception.coveredYears), locale);
    } else if (exception instanceof ZodError) {
      code = 'VALIDATION_FAILED';
      details = issuesToDetails(exception.issues, locale);
    } else if (exception instanceof HttpException) {
      code = STATUS_CODES[exception.getStatus()] ?? 'INTERNAL_ERROR';
    } else if (isServiceUnavailable(exception)) {
      // The database (or storage) does not answer or refuses: a 503 the client may retry, not a 500.
      code = 'SERVICE_UNAVAILABLE';
      message = pickText(DATABASE_UNAVAILABLE_TEXT, locale);
    } else if (isExpressHttpError(exception)) {
      const status = exception.status ?? exception.statusCode ?? 500;
      code = exception.type === 'entity.parse.failed' ? 'BAD_REQUEST' : (STATUS_CODES[status] ?? 'INTERNAL_ERROR');
    } else {
      code = 'INTERNAL_ERROR';
    }

    const status = errorStatus(code);
    if (status >= 500) {
      const error = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.event('error', 'http', error.message, { code, method: request.method, path: request.originalUrl, stack: error.stack });
    }

    const body: ErrorBody = {
      code,
      message: message ?? errorMessage(code, locale),
      ...(requestId ? { requestId } : {}),
      ...(details.length ? { details } : {}),
    };
    if (response.headersSent) return;
    if (status === 503) response.setHeader('Retry-After', String(this.options.retryAfterSeconds ?? request.app?.get(RETRY_AFTER_SETTING) ?? 5));
    response.status(status).json(body);
  }
}

function isExpressHttpError(value: unknown): value is ExpressHttpError {
  if (!(value instanceof Error)) return false;
  const candidate = value as ExpressHttpError;
  return typeof candidate.type === 'string' || typeof candidate.status === 'number' || typeof candidate.statusCode === 'number';
}
