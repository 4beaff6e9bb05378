import { type ListParams, useLocale } from '@shifan/ui';
import { AutoComplete, Button, DatePicker, Flex, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABELS } from './audit-actions';
import { AUDIT_TEXTS } from './audit-texts';

export const AUDIT_FILTER_KEYS = ['action', 'actor', 'from', 'to'] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
type AuditFilterValues = Record<AuditFilterKey, string | undefined>;
const NO_FILTERS: AuditFilterValues = { action: undefined, actor: undefined, from: undefined, to: undefined };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_FORMAT = 'YYYY-MM-DD';

function isoDate(value: string | undefined): string | undefined {
  return value && ISO_DATE.test(value) && dayjs(value, DATE_FORMAT).isValid() ? value : undefined;
}

/** The audit filters as the API takes them (also for the CSV export), dropping values it would refuse. */
export function auditFilterQuery(filters: ListParams<AuditFilterKey>['filters']): AuditFilterValues {
  return {
    action: filters.action?.trim().slice(0, 64) || undefined,
    actor: filters.actor?.trim().slice(0, 64) || undefined,
    from: isoDate(filters.from),
    to: isoDate(filters.to),
  };
}

function useActionOptions() {
  const { t } = useLocale();
  const option = ([value, label]: [string, { zh: string; en: string }]) => ({ value, label: `${t(label)} · ${value}` });
  return [...Object.entries(AUDIT_ACTION_GROUPS).map(option), ...Object.entries(AUDIT_ACTION_LABELS).map(option)];
}

export interface AuditFiltersProps {
  params: ListParams<AuditFilterKey>;
}

/** Action prefix, actor and dates; applied with 查询 and kept in the URL. */
export function AuditFilters({ params }: AuditFiltersProps) {
  const { t } = useLocale();
  const actionOptions = useActionOptions();
  const [draft, setDraft] = useState<AuditFilterValues>(() => auditFilterQuery(params.filters));
  const range: [Dayjs | null, Dayjs | null] = [draft.from ? dayjs(draft.from) : null, draft.to ? dayjs(draft.to) : null];

  const apply = () => params.setFilters(auditFilterQuery(draft));
  const reset = () => {
    setDraft(NO_FILTERS);
    params.setFilters(NO_FILTERS);
  };

  return (
    <Flex gap={12} wrap align="center">
      <AutoComplete
        value={draft.action}
        options={actionOptions}
        onChange={(action: string) => setDraft((previous) => ({ ...previous, action }))}
        placeholder={t(AUDIT_TEXTS.actionPlaceholder)}
        aria-label={t(AUDIT_TEXTS.action)}
        showSearch={{ filterOption: (input, option) => (option?.value ?? '').includes(input) || (option?.label ?? '').includes(input) }}
        allowClear
        style={{ width: 240 }}
        data-testid="filter-action"
      />
      <Input
        value={draft.actor}
        onChange={(event) => setDraft((previous) => ({ ...previous, actor: event.target.value }))}
        onPressEnter={apply}
        placeholder={t(AUDIT_TEXTS.actorPlaceholder)}
        aria-label={t(AUDIT_TEXTS.actor)}
        allowClear
        style={{ width: 180 }}
        data-testid="filter-actor"
      />
      <DatePicker.RangePicker
        value={range}
        allowEmpty={[true, true]}
        onChange={(dates) =>
          setDraft((previous) => ({ ...previous, from: dates?.[0]?.format(DATE_FORMAT), to: dates?.[1]?.format(DATE_FORMAT) }))
        }
        placeholder={[t(AUDIT_TEXTS.startDate), t(AUDIT_TEXTS.endDate)]}
        aria-label={t(AUDIT_TEXTS.dateRange)}
        data-testid="filter-dates"
      />
      <Button type="primary" onClick={apply} data-testid="audit-search">
        {t(AUDIT_TEXTS.search)}
      </Button>
      <Button onClick={reset}>{t(AUDIT_TEXTS.reset)}</Button>
    </Flex>
  );
}
