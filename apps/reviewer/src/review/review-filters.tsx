import { APPLICATION_STATE_LABELS, type ApplicationState, isRecommendingUnitCode } from '@shifan/domain';
import { type ListParams, useLocale, useRecommendingUnitOptions } from '@shifan/ui';
import { Button, Flex, Input, Select } from 'antd';
import { isApplicationState } from './catalogue-labels';
import { REVIEW_TEXTS } from './review-texts';

export const REVIEW_FILTER_KEYS = ['callId', 'state', 'unit', 'q'] as const;
export type ReviewFilterKey = (typeof REVIEW_FILTER_KEYS)[number];
export type ReviewFilters = ListParams<ReviewFilterKey>['filters'];

export interface ReviewQuery {
  callId?: number;
  state?: ApplicationState;
  recommendingUnitCode?: string;
  q?: string;
}

function positiveId(value: string | undefined): number | undefined {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/**
 * The filters in the URL as the review lists take them, dropping values the API would refuse: a state outside
 * `states`, a code that is not one of the 18 推荐单位, a search longer than 100 characters.
 */
export function reviewFilterQuery(filters: ReviewFilters, states: readonly ApplicationState[], withUnit: boolean): ReviewQuery {
  const state = isApplicationState(filters.state) && states.includes(filters.state) ? filters.state : undefined;
  const recommendingUnitCode = withUnit && filters.unit && isRecommendingUnitCode(filters.unit) ? filters.unit : undefined;
  const q = filters.q?.trim().slice(0, 100) || undefined;
  return { callId: positiveId(filters.callId), state, recommendingUnitCode, q };
}

export interface ReviewFiltersProps {
  params: ListParams<ReviewFilterKey>;
  states: readonly ApplicationState[];
  /** City officers filter by 推荐单位 too. */
  withUnit: boolean;
}

/** State, 推荐单位 (city only) and a search; each applies at once and is kept in the URL. */
export function ReviewFiltersBar({ params, states, withUnit }: ReviewFiltersProps) {
  const { locale, t } = useLocale();
  const units = useRecommendingUnitOptions(locale);
  const query = reviewFilterQuery(params.filters, states, withUnit);
  const any = query.state !== undefined || query.recommendingUnitCode !== undefined || query.q !== undefined;
  return (
    <Flex gap={12} wrap>
      <Select<ApplicationState>
        allowClear
        value={query.state}
        placeholder={t(REVIEW_TEXTS.stateFilter)}
        aria-label={t(REVIEW_TEXTS.stateFilter)}
        options={states.map((state) => ({ value: state, label: t(APPLICATION_STATE_LABELS[state]) }))}
        onChange={(state) => params.setFilters({ state })}
        popupMatchSelectWidth={false}
        style={{ width: 240 }}
        data-testid="filter-state"
      />
      {withUnit && (
        <Select<string>
          allowClear
          value={query.recommendingUnitCode}
          placeholder={t(REVIEW_TEXTS.districtFilter)}
          aria-label={t(REVIEW_TEXTS.districtFilter)}
          options={units.options}
          loading={units.loading}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(unit) => params.setFilters({ unit })}
          popupMatchSelectWidth={false}
          style={{ width: 200 }}
          data-testid="filter-unit"
        />
      )}
      <Input.Search
        key={params.filters.q ?? ''}
        allowClear
        defaultValue={params.filters.q}
        placeholder={t(REVIEW_TEXTS.searchPlaceholder)}
        aria-label={t(REVIEW_TEXTS.searchPlaceholder)}
        onSearch={(q) => params.setFilters({ q })}
        style={{ width: 320 }}
        data-testid="filter-q"
      />
      {any && (
        <Button onClick={() => params.setFilters({ state: undefined, unit: undefined, q: undefined })} data-testid="filter-reset">
          {t(REVIEW_TEXTS.reset)}
        </Button>
      )}
    </Flex>
  );
}
