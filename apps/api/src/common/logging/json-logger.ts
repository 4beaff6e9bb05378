import type { LoggerService } from '@nestjs/common';
import type { LogLevel } from '../../config/app-config';
import { currentRequestId } from './request-context';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LogSink {
  write(line: string): void;
}

/**
 * Structured logs: one JSON object per line on stdout, with the request id of the request being served.
 * Nest's own messages come through the LoggerService methods.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly level: LogLevel = 'info',
    private readonly sink: LogSink = process.stdout,
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }

  /** Logs a structured event: `logger.event('info', 'http', 'request finished', { status: 200 })`. */
  event(level: LogLevel, context: string, msg: string, fields: Record<string, unknown> = {}): void {
    if (RANK[level] < RANK[this.level]) return;
    const requestId = currentRequestId();
    this.sink.write(`${JSON.stringify({ time: new Date().toISOString(), level, context, msg, ...(requestId ? { requestId } : {}), ...fields })}\n`);
  }

  private emit(level: LogLevel, message: unknown, rest: unknown[]): void {
    // Nest passes (message, context) or (message, stack, context).
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : 'app';
    const stack = rest.length >= 2 && typeof rest[0] === 'string' ? (rest[0] as string) : undefined;
    if (message instanceof Error) {
      this.event(level, context, message.message, { stack: message.stack });
    } else if (typeof message === 'object' && message !== null) {
      this.event(level, context, 'event', message as Record<string, unknown>);
    } else {
      this.event(level, context, String(message), stack ? { stack } : {});
    }
  }
}
