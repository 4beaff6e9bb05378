import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { type Role, SignInSchema } from '@shifan/domain';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { FormField } from '../forms/form-field';
import { SchemaForm } from '../forms/schema-form';
import { useApiSubmit } from '../forms/use-api-submit';
import { useSchemaForm } from '../forms/use-schema-form';
import { useLocale } from '../i18n/use-locale';
import { useSession } from '../session/use-session';
import { AUTH_TEXTS } from './auth-texts';
import { LockoutAlert } from './lockout-alert';
import { WrongPortalAlert } from './wrong-portal-alert';

/** Too many wrong passwords for this login from this address: the API says until when. */
const LOCKED = 'SIGN_IN_THROTTLED';

/**
 * USCC / user name and password. Throttling after wrong passwords is said plainly; an account of the other portal is pointed there. Once
 * signed in, the sign-in page moves on by itself.
 */
export function SignInForm() {
  const { t } = useLocale();
  const { audience, signIn } = useSession();
  const [wrongPortal, setWrongPortal] = useState<Role | null>(null);
  const form = useSchemaForm(SignInSchema, { defaultValues: { login: '', password: '' } });
  const submit = useApiSubmit(
    form,
    async (values) => {
      setWrongPortal(null);
      const outcome = await signIn(values);
      if (outcome.kind === 'wrong-portal') {
        form.resetField('password');
        setWrongPortal(outcome.session.account.role);
      }
    },
    { detailsOnFields: (error) => error.code !== LOCKED },
  );
  const locked = submit.error?.code === LOCKED ? submit.error : null;

  return (
    <SchemaForm
      onSubmit={submit.onSubmit}
      error={locked ? null : submit.error}
      unmatched={submit.unmatched}
      banner={locked ? <LockoutAlert error={locked} /> : wrongPortal && <WrongPortalAlert role={wrongPortal} />}
      testId="sign-in-form"
    >
      <FormField control={form.control} name="login" label={audience === 'enterprise' ? AUTH_TEXTS.loginLabelEnterprise : AUTH_TEXTS.loginLabelStaff} required>
        {(field) => <Input {...field} prefix={<UserOutlined />} autoComplete="username" size="large" />}
      </FormField>
      <FormField control={form.control} name="password" label={AUTH_TEXTS.password} required>
        {(field) => <Input.Password {...field} prefix={<LockOutlined />} autoComplete="current-password" size="large" />}
      </FormField>
      <Button type="primary" htmlType="submit" size="large" block loading={submit.submitting} data-testid="sign-in-submit">
        {t(AUTH_TEXTS.signInSubmit)}
      </Button>
    </SchemaForm>
  );
}
