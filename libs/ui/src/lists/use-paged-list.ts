import { type ApiQuery, useApiQuery } from '../api/use-api-query';
import type { ResponseParser } from '../api/api-fetch';
import { toQueryString } from './query-string';

/** One page of a server-paginated list, as the API answers it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type PagedList<T> = ApiQuery<Page<T>>;

/** Fetches one page of `path` with the filters and page in `query`, again whenever they change. */
export function usePagedList<T>(path: string, query: Readonly<Record<string, string | number | undefined>>, parser: ResponseParser<Page<T>>): PagedList<T> {
  return useApiQuery(`${path}${toQueryString(query)}`, parser);
}
