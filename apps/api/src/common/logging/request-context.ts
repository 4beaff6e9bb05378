import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Locale } from '@shifan/domain';

/** What every log line and error body of one request can see, without passing it around. */
export interface RequestContext {
  requestId: string;
  locale: Locale;
  /** The client's address: the socket's, or as a trusted proxy reports it (TRUST_PROXY). */
  address: string | null;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

export function currentLocale(): Locale {
  return requestContext.getStore()?.locale ?? 'zh-CN';
}

export function currentAddress(): string | null {
  return requestContext.getStore()?.address ?? null;
}

const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a caller's (or the proxy's) request id when it looks sane, otherwise mints one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && INCOMING_ID.test(value) ? value : randomUUID();
}
