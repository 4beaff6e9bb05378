import { CALL_STATUSES, type CallStatus, PROGRAMME_CATEGORIES, type ProgrammeCategoryCode } from '@shifan/domain';
import { type ListParams, useLocale } from '@shifan/ui';
import { Button, Flex, Select } from 'antd';
import { CALL_STATUS_LABELS, CALLS_TEXTS } from './calls-texts';

export const CALL_FILTER_KEYS = ['status', 'category', 'year'] as const;
export type CallFilterKey = (typeof CALL_FILTER_KEYS)[number];

/** The first year of the plan; calls are filed from then on. */
const FIRST_YEAR = 2017;

function pick<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return (allowed as readonly (string | undefined)[]).includes(value) ? (value as T) : undefined;
}

function pickYear(value: string | undefined): number | undefined {
  const year = Number(value);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= 2100 ? year : undefined;
}

const CATEGORY_CODES = PROGRAMME_CATEGORIES.map((category) => category.code);

/** The filters as the API takes them, ignoring values in the URL that it would refuse. */
export function callFilterQuery(filters: ListParams<CallFilterKey>['filters']): { status?: CallStatus; category?: ProgrammeCategoryCode; year?: number } {
  return { status: pick(CALL_STATUSES, filters.status), category: pick(CATEGORY_CODES, filters.category), year: pickYear(filters.year) };
}

/** 2017 … next year, newest first. */
export function yearOptions(now: Date): number[] {
  const years: number[] = [];
  for (let year = now.getFullYear() + 1; year >= FIRST_YEAR; year -= 1) years.push(year);
  return years;
}

export interface CallFiltersProps {
  params: ListParams<CallFilterKey>;
  now: Date;
}

/** Status, programme and year; each applies at once and is kept in the URL. */
export function CallFilters({ params, now }: CallFiltersProps) {
  const { t } = useLocale();
  const query = callFilterQuery(params.filters);
  const any = query.status !== undefined || query.category !== undefined || query.year !== undefined;
  return (
    <Flex gap={12} wrap>
      <Select<CallStatus>
        allowClear
        value={query.status}
        placeholder={t(CALLS_TEXTS.statusFilter)}
        aria-label={t(CALLS_TEXTS.statusFilter)}
        options={CALL_STATUSES.map((status) => ({ value: status, label: t(CALL_STATUS_LABELS[status]) }))}
        onChange={(status) => params.setFilters({ status })}
        style={{ width: 160 }}
        data-testid="filter-status"
      />
      <Select<ProgrammeCategoryCode>
        allowClear
        value={query.category}
        placeholder={t(CALLS_TEXTS.categoryFilter)}
        aria-label={t(CALLS_TEXTS.categoryFilter)}
        options={PROGRAMME_CATEGORIES.map((category) => ({ value: category.code, label: t(category.name) }))}
        onChange={(category) => params.setFilters({ category })}
        popupMatchSelectWidth={false}
        style={{ width: 240 }}
        data-testid="filter-category"
      />
      <Select<number>
        allowClear
        value={query.year}
        placeholder={t(CALLS_TEXTS.yearFilter)}
        aria-label={t(CALLS_TEXTS.yearFilter)}
        options={yearOptions(now).map((year) => ({ value: year, label: String(year) }))}
        onChange={(year) => params.setFilters({ year: year === undefined ? undefined : String(year) })}
        style={{ width: 140 }}
        data-testid="filter-year"
      />
      {any && <Button onClick={() => params.setFilters({ status: undefined, category: undefined, year: undefined })}>{t(CALLS_TEXTS.reset)}</Button>}
    </Flex>
  );
}
