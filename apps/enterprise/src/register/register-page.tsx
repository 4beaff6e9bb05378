import { AuthCard, useLocale } from '@shifan/ui';
import { Link } from 'react-router';
import { DISPUTE_TEXTS } from '../dispute/dispute-texts';
import { RegisterForm } from './register-form';
import { REGISTER_TEXTS } from './register-texts';

export function RegisterPage() {
  const { t } = useLocale();
  return (
    <AuthCard
      title={REGISTER_TEXTS.title}
      intro={REGISTER_TEXTS.intro}
      width={640}
      footer={
        <span>
          {t(REGISTER_TEXTS.haveAccount)} <Link to="/sign-in">{t(REGISTER_TEXTS.signIn)}</Link>
          <br />
          <Link to="/dispute" data-testid="dispute-link">
            {t(DISPUTE_TEXTS.link)}
          </Link>
        </span>
      }
    >
      <RegisterForm />
    </AuthCard>
  );
}
