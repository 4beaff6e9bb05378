import { type CallInput, type CallView, CallViewSchema, pageSchema } from '@shifan/domain';
import { ApiError, apiFetch, apiSend, toQueryString } from '@shifan/ui';

export const CALLS_PATH = '/api/calls';

/** One page of calls as `GET /api/calls` answers it. */
export const CallPageSchema = pageSchema(CallViewSchema, 'CallPage');

export function callPath(id: number): string {
  return `${CALLS_PATH}/${id}`;
}

export function createCall(call: CallInput): Promise<CallView> {
  return apiSend(CALLS_PATH, 'POST', call, CallViewSchema);
}

export function updateCall(id: number, version: number, call: CallInput): Promise<CallView> {
  return apiSend(callPath(id), 'PUT', { version, call }, CallViewSchema);
}

export function openCall(id: number): Promise<CallView> {
  return apiSend(`${callPath(id)}/open`, 'POST', undefined, CallViewSchema);
}

export function closeCall(id: number): Promise<CallView> {
  return apiSend(`${callPath(id)}/close`, 'POST', undefined, CallViewSchema);
}

/** A 409 because the call's `version` is stale: someone else saved it since it was loaded. */
export function isStaleVersion(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.details.some((detail) => detail.code === 'STALE_VERSION');
}

/** The most rows the export fetches; beyond this the filters should be narrowed. */
export const EXPORT_LIMIT = 1000;
/** The API's largest page. */
const EXPORT_PAGE_SIZE = 200;

export interface FetchedCalls {
  items: CallView[];
  total: number;
  truncated: boolean;
}

/** Every call matching the filters, page by page (at most {@link EXPORT_LIMIT}), reporting progress. */
export async function fetchAllCalls(filters: Readonly<Record<string, string | number | undefined>>, onProgress: (done: number, total: number) => void): Promise<FetchedCalls> {
  const items: CallView[] = [];
  let total = 0;
  for (let page = 1; ; page += 1) {
    const answer = await apiFetch(`${CALLS_PATH}${toQueryString({ ...filters, page, pageSize: EXPORT_PAGE_SIZE })}`, {}, CallPageSchema);
    total = answer.total;
    items.push(...answer.items);
    onProgress(Math.min(items.length, EXPORT_LIMIT), Math.min(total, EXPORT_LIMIT));
    if (answer.items.length < EXPORT_PAGE_SIZE || items.length >= Math.min(total, EXPORT_LIMIT)) break;
  }
  return { items: items.slice(0, EXPORT_LIMIT), total, truncated: total > EXPORT_LIMIT };
}
