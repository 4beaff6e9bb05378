import { KEY_FIELDS, SUB_FIELD_CODES } from '@shifan/domain';
import { type ListParams, useLocale } from '@shifan/ui';
import { Button, Flex, Input, Select } from 'antd';
import { EXPERTS_TEXTS } from './experts-texts';
import { subFieldOptions } from './field-options';

export const EXPERT_FILTER_KEYS = ['field', 'available', 'q'] as const;
export type ExpertFilterKey = (typeof EXPERT_FILTER_KEYS)[number];

const FIELD_CODES: readonly string[] = [...KEY_FIELDS.map((field) => field.code), ...SUB_FIELD_CODES];
const AVAILABILITY = ['true', 'false'] as const;

function pick<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return (allowed as readonly (string | undefined)[]).includes(value) ? (value as T) : undefined;
}

/** The filters as the API takes them, ignoring values in the URL that it would refuse. */
export function expertFilterQuery(filters: ListParams<ExpertFilterKey>['filters']): { field?: string; available?: 'true' | 'false'; q?: string } {
  const q = filters.q?.trim().slice(0, 100);
  return { field: pick(FIELD_CODES, filters.field), available: pick(AVAILABILITY, filters.available), q: q ? q : undefined };
}

export interface ExpertFiltersProps {
  params: ListParams<ExpertFilterKey>;
}

/** Field, availability and a search by name or employer; each applies at once and is kept in the URL. */
export function ExpertFilters({ params }: ExpertFiltersProps) {
  const { locale, t } = useLocale();
  const query = expertFilterQuery(params.filters);
  const any = query.field !== undefined || query.available !== undefined || query.q !== undefined;
  return (
    <Flex gap={12} wrap>
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={query.field}
        placeholder={t(EXPERTS_TEXTS.fieldFilter)}
        aria-label={t(EXPERTS_TEXTS.fieldFilter)}
        options={subFieldOptions(locale)}
        onChange={(field) => params.setFilters({ field })}
        popupMatchSelectWidth={false}
        style={{ width: 240 }}
        data-testid="filter-field"
      />
      <Select<'true' | 'false'>
        allowClear
        value={query.available}
        placeholder={t(EXPERTS_TEXTS.availableFilter)}
        aria-label={t(EXPERTS_TEXTS.availableFilter)}
        options={[
          { value: 'true', label: t(EXPERTS_TEXTS.availableYes) },
          { value: 'false', label: t(EXPERTS_TEXTS.availableNo) },
        ]}
        onChange={(available) => params.setFilters({ available })}
        style={{ width: 180 }}
        data-testid="filter-available"
      />
      <Input.Search
        key={params.filters.q ?? ''}
        allowClear
        defaultValue={params.filters.q}
        placeholder={t(EXPERTS_TEXTS.searchPlaceholder)}
        aria-label={t(EXPERTS_TEXTS.searchPlaceholder)}
        onSearch={(q) => params.setFilters({ q })}
        style={{ width: 260 }}
        data-testid="filter-q"
      />
      {any && <Button onClick={() => params.setFilters({ field: undefined, available: undefined, q: undefined })}>{t(EXPERTS_TEXTS.reset)}</Button>}
    </Flex>
  );
}
