import { type AccountView, ROLE_LABELS } from '@shifan/domain';
import { Flex, Typography, type TableColumnType } from 'antd';
import { useMemo } from 'react';
import { formatDateTime } from '../format/format-date-time';
import { useLocale } from '../i18n/use-locale';
import { AccountStatusTag } from './account-status-tag';
import { ACCOUNT_TEXTS, recommendingUnitName } from './account-texts';

export type AccountColumnKey = 'displayName' | 'username' | 'role' | 'district' | 'contact' | 'status' | 'lastSignIn';
export type AccountColumns = Readonly<Record<AccountColumnKey, TableColumnType<AccountView>>>;

/** The columns every account table shares, in the page's language; pick the ones a table needs. */
export function useAccountColumns(): AccountColumns {
  const { t } = useLocale();
  return useMemo<AccountColumns>(
    () => ({
      displayName: { key: 'displayName', title: t(ACCOUNT_TEXTS.displayName), dataIndex: 'displayName' },
      username: { key: 'username', title: t(ACCOUNT_TEXTS.username), render: (_, account) => <Typography.Text code>{account.username}</Typography.Text> },
      role: { key: 'role', title: t(ACCOUNT_TEXTS.role), render: (_, account) => t(ROLE_LABELS[account.role]) },
      district: {
        key: 'district',
        title: t(ACCOUNT_TEXTS.district),
        render: (_, account) => {
          const name = recommendingUnitName(account.recommendingUnitCode);
          return name ? t(name) : '—';
        },
      },
      contact: {
        key: 'contact',
        title: `${t(ACCOUNT_TEXTS.mobile)} / ${t(ACCOUNT_TEXTS.email)}`,
        render: (_, account) => (
          <Flex vertical>
            <span>{account.mobile ?? '—'}</span>
            <Typography.Text type="secondary">{account.email ?? ''}</Typography.Text>
          </Flex>
        ),
      },
      status: { key: 'status', title: t(ACCOUNT_TEXTS.status), render: (_, account) => <AccountStatusTag account={account} /> },
      lastSignIn: { key: 'lastSignIn', title: t(ACCOUNT_TEXTS.lastSignIn), render: (_, account) => formatDateTime(account.lastSignInAt) },
    }),
    [t],
  );
}
