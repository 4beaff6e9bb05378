import { can } from '@shifan/domain';
import { RouterButton, useLocale, useSession } from '@shifan/ui';
import { Card, Descriptions, type DescriptionsProps } from 'antd';
import { ACCOUNT_PAGE_TEXTS } from './account-texts';

/** The enterprise of the signed-in account, with the way to its colleagues. */
export function EnterpriseProfileCard() {
  const { t } = useLocale();
  const { session } = useSession();
  const enterprise = session?.enterprise;
  if (!session || !enterprise) return null;
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t(ACCOUNT_PAGE_TEXTS.name), children: enterprise.name, span: 'filled' },
    { key: 'uscc', label: t(ACCOUNT_PAGE_TEXTS.uscc), children: <span data-testid="enterprise-uscc">{enterprise.uscc}</span> },
    { key: 'contactName', label: t(ACCOUNT_PAGE_TEXTS.contactName), children: enterprise.contactName },
    { key: 'mobile', label: t(ACCOUNT_PAGE_TEXTS.mobile), children: enterprise.mobile },
    { key: 'email', label: t(ACCOUNT_PAGE_TEXTS.email), children: enterprise.email },
  ];
  const manages = can(session.account.role, 'enterprise.colleagues.manage');
  return (
    <Card
      title={t(ACCOUNT_PAGE_TEXTS.enterpriseTitle)}
      extra={<RouterButton to="/colleagues">{t(manages ? ACCOUNT_PAGE_TEXTS.manageColleagues : ACCOUNT_PAGE_TEXTS.viewColleagues)}</RouterButton>}
      data-testid="enterprise-profile"
    >
      <Descriptions column={{ xs: 1, md: 2 }} items={items} />
    </Card>
  );
}
