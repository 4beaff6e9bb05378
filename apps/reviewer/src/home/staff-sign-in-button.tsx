import { RouterButton, SIGN_IN_ROUTE, useLocale, useSession } from '@shifan/ui';
import { STAFF_WELCOME_TEXTS } from './staff-welcome-texts';

/** 工作人员登录 on the home page while nobody is signed in. */
export function StaffSignInButton() {
  const { t } = useLocale();
  const { session, loading } = useSession();
  if (loading || session) return null;
  return (
    <RouterButton type="primary" to={SIGN_IN_ROUTE} data-testid="home-sign-in">
      {t(STAFF_WELCOME_TEXTS.signIn)}
    </RouterButton>
  );
}
