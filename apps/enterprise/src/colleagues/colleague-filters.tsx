import { ACCOUNT_STATUSES, type AccountStatus, type AccountView } from '@shifan/domain';
import { ACCOUNT_STATUS_LABELS, type ListParams, useLocale } from '@shifan/ui';
import { Input, Select } from 'antd';
import { COLLEAGUES_TEXTS } from './colleagues-texts';

export const COLLEAGUE_FILTER_KEYS = ['q', 'status'] as const;
export type ColleagueFilterKey = (typeof COLLEAGUE_FILTER_KEYS)[number];

function isStatus(value: string | undefined): value is AccountStatus {
  return (ACCOUNT_STATUSES as readonly (string | undefined)[]).includes(value);
}

/** The colleagues matching the filters: the list is short, so it is filtered here rather than on the server. */
export function filterColleagues(accounts: readonly AccountView[], filters: ListParams<ColleagueFilterKey>['filters']): AccountView[] {
  const needle = filters.q?.trim().toLowerCase() ?? '';
  return accounts.filter(
    (account) =>
      (!isStatus(filters.status) || account.status === filters.status) &&
      (needle === '' || [account.displayName, account.username, account.email ?? ''].some((text) => text.toLowerCase().includes(needle))),
  );
}

export interface ColleagueFiltersProps {
  params: ListParams<ColleagueFilterKey>;
}

export function ColleagueFilters({ params }: ColleagueFiltersProps) {
  const { t } = useLocale();
  return (
    <>
      <Input.Search
        allowClear
        defaultValue={params.filters.q}
        placeholder={t(COLLEAGUES_TEXTS.searchPlaceholder)}
        onSearch={(q) => params.setFilters({ q })}
        style={{ width: 280 }}
        aria-label={t(COLLEAGUES_TEXTS.searchPlaceholder)}
      />
      <Select<AccountStatus>
        allowClear
        value={isStatus(params.filters.status) ? params.filters.status : undefined}
        placeholder={t(COLLEAGUES_TEXTS.statusFilter)}
        onChange={(status) => params.setFilters({ status })}
        options={ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(ACCOUNT_STATUS_LABELS[status]) }))}
        style={{ width: 160 }}
        aria-label={t(COLLEAGUES_TEXTS.statusFilter)}
      />
    </>
  );
}
