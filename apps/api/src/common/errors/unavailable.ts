import type { LocalizedText } from '@shifan/domain';

/**
 * Errors that mean "the database (or another backing service) is not answering right now", as opposed to a bug:
 * the request ends with 503 SERVICE_UNAVAILABLE and a Retry-After, and the next request tries again on a fresh
 * connection, so the API recovers by itself when the service is back.
 */
const UNAVAILABLE_CODES = new Set([
  // The network: refused, reset, timed out, unreachable, unresolvable.
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  // mysql2: the server went away, a query got no answer within DB_QUERY_TIMEOUT_MS, or a command after a fatal error.
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'PROTOCOL_ENQUEUE_AFTER_QUIT',
  // The pool: no connection within DB_ACQUIRE_TIMEOUT_MS (mysql-session.ts), or closed.
  'POOL_ACQUIRE_TIMEOUT',
  'POOL_CLOSED',
  // The server: too many connections, shutting down, a statement stopped by max_statement_time/MAX_EXECUTION_TIME.
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_STATEMENT_TIMEOUT',
  'ER_QUERY_TIMEOUT',
  // The embedded SQLite file stayed locked by another writer longer than its busy timeout.
  'SQLITE_BUSY',
]);

const UNAVAILABLE_MESSAGES = [/^Pool is closed\.?$/, /^Can't add new command when connection is in closed state$/, /^Connection lost/];

function codeOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  const found = driverError?.code ?? code;
  return typeof found === 'string' ? found : undefined;
}

export function isServiceUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  if (!(error instanceof Error)) return false;
  const driverError = (error as { driverError?: unknown }).driverError;
  const message = driverError instanceof Error ? driverError.message : error.message;
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message)) || (driverError as { fatal?: unknown } | undefined)?.fatal === true;
}

/** Express app setting (set at start-up from RETRY_AFTER_SECONDS): the `Retry-After` of every 503. */
export const RETRY_AFTER_SETTING = 'shifan retry after seconds';

export const DATABASE_UNAVAILABLE_TEXT: LocalizedText = {
  zh: '服务暂时无法访问数据库或文件存储，请稍后重试',
  en: 'The service cannot reach its database or file storage right now; please try again shortly',
};
