import { PasswordResetRequestSchema } from '@shifan/domain';
import { Alert, Button, Input } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiSend } from '../api/api-fetch';
import { FormField } from '../forms/form-field';
import { SchemaForm } from '../forms/schema-form';
import { useApiSubmit } from '../forms/use-api-submit';
import { useSchemaForm } from '../forms/use-schema-form';
import { useLocale } from '../i18n/use-locale';
import { SIGN_IN_ROUTE } from '../session/audience';
import { AUTH_PATHS } from '../session/session-api';
import { useSession } from '../session/use-session';
import { AuthCard } from './auth-card';
import { AUTH_TEXTS } from './auth-texts';

/** Asks for a one-time reset link; the answer is the same whether or not the account exists. */
export function ForgotPasswordPage() {
  const { t } = useLocale();
  const { audience } = useSession();
  const [sent, setSent] = useState(false);
  const form = useSchemaForm(PasswordResetRequestSchema, { defaultValues: { login: '' } });
  const submit = useApiSubmit(form, async (values) => {
    setSent(false);
    await apiSend<unknown>(AUTH_PATHS.resetRequest, 'POST', values);
    setSent(true);
  });

  return (
    <AuthCard title={AUTH_TEXTS.forgotTitle} intro={AUTH_TEXTS.forgotIntro} footer={<Link to={SIGN_IN_ROUTE}>{t(AUTH_TEXTS.backToSignIn)}</Link>}>
      <SchemaForm
        onSubmit={submit.onSubmit}
        error={submit.error}
        unmatched={submit.unmatched}
        banner={sent && <Alert type="success" showIcon title={t(AUTH_TEXTS.forgotSent)} data-testid="reset-requested" />}
      >
        <FormField control={form.control} name="login" label={audience === 'enterprise' ? AUTH_TEXTS.loginLabelEnterprise : AUTH_TEXTS.loginLabelStaff} required>
          {(field) => <Input {...field} autoComplete="username" />}
        </FormField>
        <Button type="primary" htmlType="submit" block loading={submit.submitting}>
          {t(AUTH_TEXTS.forgotSubmit)}
        </Button>
      </SchemaForm>
    </AuthCard>
  );
}
