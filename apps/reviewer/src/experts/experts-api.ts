import { type ErrorDetail, type ExpertInput, type ExpertView, ExpertViewSchema, pageSchema } from '@shifan/domain';
import { ApiError, apiFetch, apiSend, toQueryString } from '@shifan/ui';

export const EXPERTS_PATH = '/api/experts';

/** One page of experts as `GET /api/experts` answers it. */
export const ExpertPageSchema = pageSchema(ExpertViewSchema, 'ExpertPage');

export function createExpert(expert: ExpertInput): Promise<ExpertView> {
  return apiSend(EXPERTS_PATH, 'POST', expert, ExpertViewSchema);
}

export function updateExpert(id: number, version: number, expert: ExpertInput): Promise<ExpertView> {
  return apiSend(`${EXPERTS_PATH}/${id}`, 'PUT', { version, expert }, ExpertViewSchema);
}

/** A 409 on an update: the expert's `version` is stale, someone else saved it since it was loaded. */
export function isStaleVersion(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && (error.code === 'CONFLICT' || error.details.some((detail) => detail.code === 'STALE_VERSION'));
}

/**
 * The API's field details with the form's paths: an update's body is `{ version, expert }`, so its details read
 * `expert.relations.0.uscc`; a create's read `relations.0.uscc`.
 */
export function withFormPaths(error: ApiError): ApiError {
  const details: ErrorDetail[] = error.details.map((detail) => ({ ...detail, path: detail.path.replace(/^expert\./, '') }));
  return new ApiError({ ...error.toBody(), details }, error.status);
}

/** The most rows the export fetches; beyond this the filters should be narrowed. */
export const EXPORT_LIMIT = 1000;
/** The API's largest page. */
const LARGEST_PAGE = 200;

export interface FetchedExperts {
  items: ExpertView[];
  total: number;
  truncated: boolean;
}

type Filters = Readonly<Record<string, string | number | undefined>>;

/** Every expert matching the filters, page by page (at most {@link EXPORT_LIMIT}), reporting progress. */
export async function fetchAllExperts(filters: Filters, onProgress: (done: number, total: number) => void): Promise<FetchedExperts> {
  const items: ExpertView[] = [];
  let total = 0;
  for (let page = 1; ; page += 1) {
    const answer = await apiFetch(`${EXPERTS_PATH}${toQueryString({ ...filters, page, pageSize: LARGEST_PAGE })}`, {}, ExpertPageSchema);
    total = answer.total;
    items.push(...answer.items);
    onProgress(Math.min(items.length, EXPORT_LIMIT), Math.min(total, EXPORT_LIMIT));
    if (answer.items.length < LARGEST_PAGE || items.length >= Math.min(total, EXPORT_LIMIT)) break;
  }
  return { items: items.slice(0, EXPORT_LIMIT), total, truncated: total > EXPORT_LIMIT };
}

/**
 * The expert as the server now has it (the API has no `GET /api/experts/{id}`): first among those matching the
 * name it was loaded with, else page by page through the whole pool. Null when it is not there any more.
 */
export async function findExpert(id: number, name: string): Promise<ExpertView | null> {
  const byName = await apiFetch(`${EXPERTS_PATH}${toQueryString({ q: name.slice(0, 100), page: 1, pageSize: LARGEST_PAGE })}`, {}, ExpertPageSchema);
  const found = byName.items.find((expert) => expert.id === id);
  if (found) return found;
  for (let page = 1; ; page += 1) {
    const answer = await apiFetch(`${EXPERTS_PATH}${toQueryString({ page, pageSize: LARGEST_PAGE })}`, {}, ExpertPageSchema);
    const match = answer.items.find((expert) => expert.id === id);
    if (match) return match;
    if (answer.items.length < LARGEST_PAGE || page * LARGEST_PAGE >= answer.total) return null;
  }
}
