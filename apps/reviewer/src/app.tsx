import { AppShell, audienceOf, type UserMenuLink, UserMenu, useSession } from '@shifan/ui';
import { APP_TEXTS } from './app-texts';
import { AppRoutes } from './app-routes';
import { ReviewerNav } from './nav/reviewer-nav';

const USER_LINKS: readonly UserMenuLink[] = [{ to: '/account', label: APP_TEXTS.myAccount }];

export function App() {
  const { session } = useSession();
  const staff = session !== null && audienceOf(session.account.role) === 'staff';
  return (
    <AppShell
      subtitle={APP_TEXTS.subtitle}
      documentTitle={APP_TEXTS.documentTitle}
      headerExtra={<UserMenu links={USER_LINKS} />}
      sider={staff ? <ReviewerNav /> : undefined}
    >
      <AppRoutes />
    </AppShell>
  );
}
