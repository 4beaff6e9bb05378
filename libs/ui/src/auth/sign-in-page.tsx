import type { SessionView } from '@shifan/domain';
import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router';
import { audienceOf } from '../session/audience';
import { useLocale } from '../i18n/use-locale';
import { useSession } from '../session/use-session';
import { AuthCard } from './auth-card';
import { AUTH_TEXTS } from './auth-texts';
import { SessionNoticeAlert, useRedirectTarget } from './session-notice-alert';
import { SignInForm } from './sign-in-form';

export interface SignInPageProps {
  /** Where to go after signing in, unless a guarded page sent the user here. */
  landing: (session: SessionView) => string;
  /** More links under the form, e.g. to registration. */
  footer?: ReactNode;
}

/** The sign-in page of either app; the login field and intro follow the app's audience. Signed in, it moves on. */
export function SignInPage({ landing, footer }: SignInPageProps) {
  const { t } = useLocale();
  const { audience, session } = useSession();
  const redirectTarget = useRedirectTarget();
  // Already signed in here: go where signing in would have gone (also right after the form succeeds).
  if (session && audienceOf(session.account.role) === audience) return <Navigate to={redirectTarget ?? landing(session)} replace />;
  return (
    <AuthCard
      title={AUTH_TEXTS.signInTitle}
      intro={audience === 'enterprise' ? AUTH_TEXTS.signInIntroEnterprise : AUTH_TEXTS.signInIntroStaff}
      footer={
        <Flex justify="space-between" gap={12} wrap>
          <Link to="/forgot-password" data-testid="forgot-password-link">
            {t(AUTH_TEXTS.forgotPasswordLink)}
          </Link>
          {footer}
        </Flex>
      }
    >
      <SessionNoticeAlert />
      <SignInForm />
    </AuthCard>
  );
}
