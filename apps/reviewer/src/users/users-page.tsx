import { PlusOutlined } from '@ant-design/icons';
import { AccountPageSchema } from '@shifan/domain';
import { ApiErrorAlert, PageHeading, useListParams, useLocale, usePagedList, useSession } from '@shifan/ui';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { CreateStaffModal } from './create-staff-modal';
import { EditStaffModal } from './edit-staff-modal';
import { ACCOUNTS_PATH } from './staff-api';
import { UserFilters, USER_FILTER_KEYS, userQuery } from './user-filters';
import { type StaffAccount, UsersTable } from './users-table';
import { USERS_TEXTS } from './users-texts';

/** The administrator's user management: filters, a server-paginated table, create and edit staff, disable/enable. */
export function UsersPage() {
  const { t } = useLocale();
  const { session } = useSession();
  const params = useListParams(USER_FILTER_KEYS);
  const list = usePagedList(ACCOUNTS_PATH, userQuery(params), AccountPageSchema);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<StaffAccount | null>(null);
  if (!session) return null;

  return (
    <>
      <PageHeading title={USERS_TEXTS.title} intro={USERS_TEXTS.intro} />
      <Flex vertical gap={16}>
        <Flex justify="space-between" gap={12} wrap>
          <UserFilters params={params} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-staff-open">
            {t(USERS_TEXTS.create)}
          </Button>
        </Flex>
        {list.error && <ApiErrorAlert error={list.error} />}
        <UsersTable
          accounts={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          loading={list.loading}
          selfId={session.account.id}
          params={params}
          onEdit={setEditing}
          reload={list.reload}
        />
      </Flex>
      <CreateStaffModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          list.reload();
        }}
      />
      {editing && (
        <EditStaffModal
          key={`${editing.id}:${editing.version}`}
          account={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
          onConflict={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </>
  );
}
