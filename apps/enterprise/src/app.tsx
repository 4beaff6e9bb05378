import { AppShell, audienceOf, NotificationBell, type UserMenuLink, UserMenu, useSession } from '@shifan/ui';
import { Flex } from 'antd';
import { APP_TEXTS } from './app-texts';
import { AppRoutes } from './app-routes';
import { EnterpriseNav } from './nav/enterprise-nav';

const USER_LINKS: readonly UserMenuLink[] = [
  { to: '/account', label: APP_TEXTS.myAccount },
  { to: '/profile', label: APP_TEXTS.profile },
  { to: '/applications', label: APP_TEXTS.applications },
  { to: '/colleagues', label: APP_TEXTS.colleagues },
];

export function App() {
  const { session } = useSession();
  const enterprise = session !== null && audienceOf(session.account.role) === 'enterprise';
  return (
    <AppShell
      subtitle={APP_TEXTS.subtitle}
      documentTitle={APP_TEXTS.documentTitle}
      headerExtra={
        <Flex align="center" gap={12} wrap>
          <EnterpriseNav />
          {enterprise && <NotificationBell linkOf={(notification) => (notification.applicationId ? `/applications/${notification.applicationId}` : null)} />}
          <UserMenu links={USER_LINKS} />
        </Flex>
      }
    >
      <AppRoutes />
    </AppShell>
  );
}
