import { AppShell } from '@shifan/ui';
import { HomePage } from './home/home-page';
import { APP_TEXTS } from './app-texts';

export function App() {
  return (
    <AppShell subtitle={APP_TEXTS.subtitle} documentTitle={APP_TEXTS.documentTitle}>
      <HomePage />
    </AppShell>
  );
}
