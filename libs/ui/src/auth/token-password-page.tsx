import { TokenPasswordSchema } from '@shifan/domain';
import { Button, Input, Result } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { apiSend } from '../api/api-fetch';
import { FormField } from '../forms/form-field';
import { PasswordHints } from '../forms/password-hints';
import { SchemaForm } from '../forms/schema-form';
import { useApiSubmit } from '../forms/use-api-submit';
import { useSchemaForm } from '../forms/use-schema-form';
import { useLocale } from '../i18n/use-locale';
import { RouterButton } from '../layout/router-button';
import { SIGN_IN_ROUTE } from '../session/audience';
import { AUTH_PATHS } from '../session/session-api';
import { useSession } from '../session/use-session';
import { AuthCard } from './auth-card';
import { AUTH_TEXTS } from './auth-texts';

const PURPOSES = {
  reset: { path: AUTH_PATHS.resetConfirm, title: AUTH_TEXTS.resetTitle, intro: AUTH_TEXTS.resetIntro, submit: AUTH_TEXTS.resetSubmit, done: AUTH_TEXTS.resetDone },
  invitation: {
    path: AUTH_PATHS.acceptInvitation,
    title: AUTH_TEXTS.acceptTitle,
    intro: AUTH_TEXTS.acceptIntro,
    submit: AUTH_TEXTS.acceptSubmit,
    done: AUTH_TEXTS.acceptDone,
  },
} as const;

export interface TokenPasswordPageProps {
  /** A password-reset link (`/reset-password?token=`) or an invitation (`/accept-invitation?token=`). */
  purpose: keyof typeof PURPOSES;
}

function BrokenLink() {
  const { t } = useLocale();
  return (
    <Result
      status="warning"
      title={t(AUTH_TEXTS.linkBroken)}
      subTitle={t(AUTH_TEXTS.linkBrokenHint)}
      extra={<RouterButton to="/forgot-password">{t(AUTH_TEXTS.requestNewLink)}</RouterButton>}
      data-testid="link-broken"
    />
  );
}

/** Sets a password from a one-time link, then sends the user to sign in. */
export function TokenPasswordPage({ purpose }: TokenPasswordPageProps) {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const texts = PURPOSES[purpose];
  return (
    <AuthCard title={texts.title} intro={texts.intro}>
      {TokenPasswordSchema.shape.token.safeParse(token).success ? <TokenPasswordForm token={token} purpose={purpose} /> : <BrokenLink />}
    </AuthCard>
  );
}

function TokenPasswordForm({ token, purpose }: { token: string; purpose: keyof typeof PURPOSES }) {
  const { t } = useLocale();
  const { setNotice } = useSession();
  const navigate = useNavigate();
  const texts = PURPOSES[purpose];
  const form = useSchemaForm(TokenPasswordSchema, { defaultValues: { token, newPassword: '' } });
  const submit = useApiSubmit(form, async (values) => {
    await apiSend<unknown>(texts.path, 'POST', values);
    setNotice({ type: 'success', text: texts.done });
    void navigate(SIGN_IN_ROUTE, { replace: true });
  });
  const newPassword = form.watch('newPassword');

  return (
    <SchemaForm onSubmit={submit.onSubmit} error={submit.error} unmatched={submit.unmatched}>
      <FormField control={form.control} name="newPassword" label={AUTH_TEXTS.newPassword} required extra={<PasswordHints password={newPassword} />}>
        {(field) => <Input.Password {...field} autoComplete="new-password" />}
      </FormField>
      <Button type="primary" htmlType="submit" block loading={submit.submitting}>
        {t(texts.submit)}
      </Button>
      {submit.error?.code === 'TOKEN_INVALID' && (
        <RouterButton type="link" block to="/forgot-password" style={{ marginTop: 8 }}>
          {t(AUTH_TEXTS.requestNewLink)}
        </RouterButton>
      )}
    </SchemaForm>
  );
}
