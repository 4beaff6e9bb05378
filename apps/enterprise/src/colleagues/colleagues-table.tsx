import type { AccountView } from '@shifan/domain';
import { AccountToggleButton, LIST_TEXTS, type ListParams, useAccountColumns, useLocale, useTablePagination } from '@shifan/ui';
import { Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { setColleagueDisabled } from './colleagues-api';
import { COLLEAGUES_TEXTS } from './colleagues-texts';
import type { ColleagueFilterKey } from './colleague-filters';

export interface ColleaguesTableProps {
  accounts: readonly AccountView[];
  loading: boolean;
  /** The signed-in account, which cannot disable itself. */
  selfId: number;
  /** Whether the signed-in account may disable and enable colleagues. */
  manage: boolean;
  params: ListParams<ColleagueFilterKey>;
  onChanged: () => void;
}

export function ColleaguesTable({ accounts, loading, selfId, manage, params, onChanged }: ColleaguesTableProps) {
  const { t } = useLocale();
  const shared = useAccountColumns();
  const pagination = useTablePagination(params, accounts.length);
  const columns = useMemo<TableColumnsType<AccountView>>(
    () => [
      {
        ...shared.displayName,
        render: (_, account) => (account.id === selfId ? `${account.displayName}${t(COLLEAGUES_TEXTS.you)}` : account.displayName),
      },
      shared.username,
      shared.role,
      shared.contact,
      shared.status,
      shared.lastSignIn,
      ...(manage
        ? [
            {
              key: 'actions',
              title: t(LIST_TEXTS.actions),
              fixed: 'right' as const,
              render: (_: unknown, account: AccountView) =>
                account.id === selfId ? null : (
                  <AccountToggleButton
                    account={account}
                    onToggle={async (disabled) => {
                      await setColleagueDisabled(account.id, disabled);
                      onChanged();
                    }}
                  />
                ),
            },
          ]
        : []),
    ],
    [shared, manage, selfId, t, onChanged],
  );

  return (
    <Table<AccountView>
      rowKey="id"
      columns={columns}
      dataSource={[...accounts]}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      data-testid="colleagues-table"
    />
  );
}
