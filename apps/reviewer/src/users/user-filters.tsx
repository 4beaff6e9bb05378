import { ACCOUNT_STATUSES, type AccountStatus, type Role, ROLES } from '@shifan/domain';
import { ACCOUNT_STATUS_LABELS, type ListParams, useLocale } from '@shifan/ui';
import { Flex, Input, Select } from 'antd';
import { roleOptions } from './role-options';
import { USERS_TEXTS } from './users-texts';

export const USER_FILTER_KEYS = ['role', 'status', 'q'] as const;
export type UserFilterKey = (typeof USER_FILTER_KEYS)[number];

function pick<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return (allowed as readonly (string | undefined)[]).includes(value) ? (value as T) : undefined;
}

/** The filters of the account list as the API takes them, ignoring values in the URL that it would refuse. */
export function userQuery(params: ListParams<UserFilterKey>): Record<string, string | number | undefined> {
  return {
    role: pick(ROLES, params.filters.role),
    status: pick(ACCOUNT_STATUSES, params.filters.status),
    q: params.filters.q?.trim().slice(0, 64),
    page: params.page,
    pageSize: params.pageSize,
  };
}

export interface UserFiltersProps {
  params: ListParams<UserFilterKey>;
}

export function UserFilters({ params }: UserFiltersProps) {
  const { locale, t } = useLocale();
  return (
    <Flex gap={12} wrap>
      <Select<Role>
        allowClear
        value={pick(ROLES, params.filters.role)}
        placeholder={t(USERS_TEXTS.roleFilter)}
        aria-label={t(USERS_TEXTS.roleFilter)}
        options={roleOptions(ROLES, locale)}
        onChange={(role) => params.setFilters({ role })}
        style={{ width: 180 }}
        data-testid="filter-role"
      />
      <Select<AccountStatus>
        allowClear
        value={pick(ACCOUNT_STATUSES, params.filters.status)}
        placeholder={t(USERS_TEXTS.statusFilter)}
        aria-label={t(USERS_TEXTS.statusFilter)}
        options={ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(ACCOUNT_STATUS_LABELS[status]) }))}
        onChange={(status) => params.setFilters({ status })}
        style={{ width: 150 }}
        data-testid="filter-status"
      />
      <Input.Search
        allowClear
        defaultValue={params.filters.q}
        placeholder={t(USERS_TEXTS.searchPlaceholder)}
        aria-label={t(USERS_TEXTS.searchPlaceholder)}
        onSearch={(q) => params.setFilters({ q })}
        style={{ width: 260 }}
        data-testid="filter-q"
      />
    </Flex>
  );
}
