import { can } from '@shifan/domain';
import { ApiErrorAlert, PageHeading, useApiQuery, useListParams, useLocale, useSession } from '@shifan/ui';
import { Button, Flex } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ColleagueFilters, COLLEAGUE_FILTER_KEYS, filterColleagues } from './colleague-filters';
import { COLLEAGUES_PATH, ColleagueListSchema } from './colleagues-api';
import { ColleaguesTable } from './colleagues-table';
import { COLLEAGUES_TEXTS } from './colleagues-texts';
import { InviteColleagueModal } from './invite-colleague-modal';

/** The enterprise's accounts: administrators invite, disable and enable; declarants see the list. */
export function ColleaguesPage() {
  const { t } = useLocale();
  const { session } = useSession();
  const params = useListParams(COLLEAGUE_FILTER_KEYS);
  const list = useApiQuery(COLLEAGUES_PATH, ColleagueListSchema);
  const [inviting, setInviting] = useState(false);
  if (!session) return null;
  const manage = can(session.account.role, 'enterprise.colleagues.manage');

  return (
    <>
      <PageHeading title={COLLEAGUES_TEXTS.title} intro={manage ? COLLEAGUES_TEXTS.introManage : COLLEAGUES_TEXTS.introRead} />
      <Flex vertical gap={16}>
        <Flex justify="space-between" gap={12} wrap>
          <Flex gap={12} wrap>
            <ColleagueFilters params={params} />
          </Flex>
          {manage && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setInviting(true)} data-testid="invite-open">
              {t(COLLEAGUES_TEXTS.invite)}
            </Button>
          )}
        </Flex>
        {list.error && <ApiErrorAlert error={list.error} />}
        <ColleaguesTable
          accounts={filterColleagues(list.data ?? [], params.filters)}
          loading={list.loading}
          selfId={session.account.id}
          manage={manage}
          params={params}
          onChanged={list.reload}
        />
      </Flex>
      {manage && (
        <InviteColleagueModal
          open={inviting}
          onClose={() => setInviting(false)}
          onInvited={() => {
            setInviting(false);
            list.reload();
          }}
        />
      )}
    </>
  );
}
