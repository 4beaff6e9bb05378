import { type AccountView, isStaffRole, type StaffRole } from '@shifan/domain';
import { AccountToggleButton, ApiError, LIST_TEXTS, type ListParams, useAccountColumns, useLocale, useTablePagination } from '@shifan/ui';
import { Button, Flex, Table, type TableColumnsType, Tooltip } from 'antd';
import { useMemo } from 'react';
import { isStaleVersion, updateAccount } from './staff-api';
import type { UserFilterKey } from './user-filters';
import { USERS_TEXTS } from './users-texts';

export type StaffAccount = AccountView & { role: StaffRole };

export interface UsersTableProps {
  accounts: readonly AccountView[];
  total: number;
  loading: boolean;
  selfId: number;
  params: ListParams<UserFilterKey>;
  onEdit: (account: StaffAccount) => void;
  /** The list must be loaded again (after a change, or because it was stale). */
  reload: () => void;
}

function isStaff(account: AccountView): account is StaffAccount {
  return isStaffRole(account.role);
}

export function UsersTable({ accounts, total, loading, selfId, params, onEdit, reload }: UsersTableProps) {
  const { t } = useLocale();
  const shared = useAccountColumns();
  const pagination = useTablePagination(params, total);

  const columns = useMemo<TableColumnsType<AccountView>>(() => {
    const toggle = async (account: AccountView, disabled: boolean) => {
      try {
        await updateAccount(account.id, { version: account.version, disabled });
        reload();
      } catch (error) {
        if (!isStaleVersion(error)) throw error;
        reload();
        throw new ApiError({ code: error.code, message: t(USERS_TEXTS.conflict) }, error.status);
      }
    };
    return [
      shared.displayName,
      shared.username,
      shared.role,
      shared.district,
      shared.status,
      shared.lastSignIn,
      {
        key: 'actions',
        title: t(LIST_TEXTS.actions),
        fixed: 'right',
        render: (_, account) => (
          <Flex gap={8}>
            {isStaff(account) ? (
              <Button size="small" onClick={() => onEdit(account)} data-testid={`edit-${account.id}`}>
                {t(USERS_TEXTS.edit)}
              </Button>
            ) : (
              <Tooltip title={t(USERS_TEXTS.enterpriseManaged)}>
                <Button size="small" disabled>
                  {t(USERS_TEXTS.edit)}
                </Button>
              </Tooltip>
            )}
            {account.id !== selfId && <AccountToggleButton account={account} onToggle={(disabled) => toggle(account, disabled)} />}
          </Flex>
        ),
      },
    ];
  }, [shared, selfId, t, onEdit, reload]);

  return (
    <Table<AccountView>
      rowKey="id"
      columns={columns}
      dataSource={[...accounts]}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      data-testid="users-table"
    />
  );
}
