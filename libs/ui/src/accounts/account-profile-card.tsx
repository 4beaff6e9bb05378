import { ROLE_LABELS, type SessionView } from '@shifan/domain';
import { Card, Descriptions, type DescriptionsProps } from 'antd';
import { formatDateTime } from '../format/format-date-time';
import { useLocale } from '../i18n/use-locale';
import { AccountStatusTag } from './account-status-tag';
import { ACCOUNT_TEXTS, recommendingUnitName } from './account-texts';

export interface AccountProfileCardProps {
  session: SessionView;
}

/** The signed-in account: name, sign-in name, role, status, 推荐单位, contact details, times. */
export function AccountProfileCard({ session }: AccountProfileCardProps) {
  const { t } = useLocale();
  const { account } = session;
  const district = recommendingUnitName(account.recommendingUnitCode);
  const items: DescriptionsProps['items'] = [
    { key: 'displayName', label: t(ACCOUNT_TEXTS.displayName), children: account.displayName },
    { key: 'username', label: t(ACCOUNT_TEXTS.username), children: account.username },
    { key: 'role', label: t(ACCOUNT_TEXTS.role), children: t(ROLE_LABELS[account.role]) },
    { key: 'status', label: t(ACCOUNT_TEXTS.status), children: <AccountStatusTag account={account} /> },
    ...(district ? [{ key: 'district', label: t(ACCOUNT_TEXTS.district), children: t(district) }] : []),
    { key: 'mobile', label: t(ACCOUNT_TEXTS.mobile), children: account.mobile ?? '—' },
    { key: 'email', label: t(ACCOUNT_TEXTS.email), children: account.email ?? '—' },
    { key: 'lastSignIn', label: t(ACCOUNT_TEXTS.lastSignIn), children: formatDateTime(account.lastSignInAt) },
    { key: 'createdAt', label: t(ACCOUNT_TEXTS.createdAt), children: formatDateTime(account.createdAt) },
    { key: 'expiresAt', label: t(ACCOUNT_TEXTS.sessionEnds), children: formatDateTime(session.expiresAt) },
  ];
  return (
    <Card title={t(ACCOUNT_TEXTS.profileTitle)} data-testid="account-profile">
      <Descriptions column={{ xs: 1, md: 2 }} items={items} />
    </Card>
  );
}
