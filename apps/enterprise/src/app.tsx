import { AppShell, type UserMenuLink, UserMenu } from '@shifan/ui';
import { APP_TEXTS } from './app-texts';
import { AppRoutes } from './app-routes';

const USER_LINKS: readonly UserMenuLink[] = [
  { to: '/account', label: APP_TEXTS.myAccount },
  { to: '/colleagues', label: APP_TEXTS.colleagues },
];

export function App() {
  return (
    <AppShell subtitle={APP_TEXTS.subtitle} documentTitle={APP_TEXTS.documentTitle} headerExtra={<UserMenu links={USER_LINKS} />}>
      <AppRoutes />
    </AppShell>
  );
}
