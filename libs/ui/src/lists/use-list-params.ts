import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

export type ListFilters<K extends string> = Readonly<Record<K, string | undefined>>;

export interface ListParams<K extends string> {
  filters: ListFilters<K>;
  page: number;
  pageSize: number;
  /** Changes some filters and goes back to page 1. */
  setFilters: (changes: Partial<Record<K, string | undefined>>) => void;
  setPage: (page: number, pageSize: number) => void;
  /** Filters, page and page size as one object for the API query. */
  query: Readonly<Record<string, string | number | undefined>>;
}

function positive(value: string | null, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/** A list's filters and page, kept in the URL so that reloading or sharing the page keeps them. */
export function useListParams<K extends string>(keys: readonly K[]): ListParams<K> {
  const [params, setParams] = useSearchParams();
  const keyList = keys.join(',');

  const filters = useMemo(() => {
    const values: Partial<Record<K, string | undefined>> = {};
    for (const key of keyList.split(',') as K[]) values[key] = params.get(key) ?? undefined;
    return values as ListFilters<K>;
  }, [params, keyList]);
  const page = positive(params.get('page'), 1);
  const requestedSize = positive(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  const pageSize = (PAGE_SIZES as readonly number[]).includes(requestedSize) ? requestedSize : DEFAULT_PAGE_SIZE;

  const setFilters = useCallback(
    (changes: Partial<Record<K, string | undefined>>) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes) as [K, string | undefined][]) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        next.delete('page');
        return next;
      }),
    [setParams],
  );

  const setPage = useCallback(
    (nextPage: number, nextSize: number) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        next.set('page', String(nextSize === pageSize ? nextPage : 1));
        next.set('pageSize', String(nextSize));
        return next;
      }),
    [setParams, pageSize],
  );

  const query = useMemo(() => ({ ...filters, page, pageSize }), [filters, page, pageSize]);
  return { filters, page, pageSize, setFilters, setPage, query };
}
