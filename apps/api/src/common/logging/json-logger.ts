import type { LoggerService } from '@nestjs/common';
import pino from 'pino';
import type { LogLevel } from '../../config/app-config';
import { redactText, redactValue } from './redact';
import { currentRequestId } from './request-context';

export interface LogSink {
  write(line: string): void;
}

/**
 * Structured logs on pino: one JSON object per line (`time`, `level`, `context`, `msg`, the request id of the
 * request being served, and the event's fields), on stdout by default. Every line goes through the redaction layer
 * (`redact.ts`) first: fields by name, every string by pattern, the message included. Nest's own messages come
 * through the LoggerService methods.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: pino.Logger;

  constructor(level: LogLevel = 'info', sink: LogSink = pino.destination({ dest: 1, sync: true })) {
    this.pino = pino(
      {
        level,
        base: undefined,
        messageKey: 'msg',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: {
          level: (label) => ({ level: label }),
          // The last net: whatever object reaches pino, by whichever method, is redacted.
          log: (object) => redactValue(object) as Record<string, unknown>,
        },
        hooks: {
          logMethod(args, method) {
            const cleaned = args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg)) as Parameters<typeof method>;
            method.apply(this, cleaned);
          },
        },
        mixin: () => {
          const requestId = currentRequestId();
          return requestId ? { requestId } : {};
        },
      },
      { write: (line: string) => sink.write(line) },
    );
  }

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
    if (!this.pino.isLevelEnabled(level)) return;
    this.pino[level]({ context, ...fields }, msg);
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
