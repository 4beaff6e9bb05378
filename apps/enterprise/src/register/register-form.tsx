import { normalizeUscc, RegisterEnterpriseSchema, SessionViewSchema } from '@shifan/domain';
import { apiSend, AUTH_PATHS, FormField, PasswordHints, SchemaForm, useApiSubmit, useLocale, useSchemaForm, useSession } from '@shifan/ui';
import { Button, Col, Input, Row } from 'antd';
import { useNavigate } from 'react-router';
import { REGISTER_TEXTS } from './register-texts';
import { usccFeedback } from './uscc-feedback';

const EMPTY = { uscc: '', enterpriseName: '', contactName: '', mobile: '', email: '', password: '' };

/** The registration form: the USCC is checked as it is typed, the password against the policy. */
export function RegisterForm() {
  const { locale, t } = useLocale();
  const { adopt } = useSession();
  const navigate = useNavigate();
  const form = useSchemaForm(RegisterEnterpriseSchema, { defaultValues: EMPTY });
  const submit = useApiSubmit(form, async (values) => {
    adopt(await apiSend(AUTH_PATHS.register, 'POST', values, SessionViewSchema));
    void navigate('/account', { replace: true });
  });
  const [uscc, password] = form.watch(['uscc', 'password']);

  return (
    <SchemaForm onSubmit={submit.onSubmit} error={submit.error} unmatched={submit.unmatched} testId="register-form">
      <FormField control={form.control} name="uscc" label={REGISTER_TEXTS.uscc} required feedback={usccFeedback(uscc, locale)}>
        {(field) => (
          <Input
            {...field}
            onChange={(event) => field.onChange(event.target.value.toUpperCase())}
            autoComplete="off"
            spellCheck={false}
            style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', letterSpacing: 1 }}
          />
        )}
      </FormField>
      <FormField control={form.control} name="enterpriseName" label={REGISTER_TEXTS.enterpriseName} required extra={t(REGISTER_TEXTS.enterpriseNameHint)}>
        {(field) => <Input {...field} autoComplete="organization" />}
      </FormField>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <FormField control={form.control} name="contactName" label={REGISTER_TEXTS.contactName} required>
            {(field) => <Input {...field} autoComplete="name" />}
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          <FormField control={form.control} name="mobile" label={REGISTER_TEXTS.mobile} required>
            {(field) => <Input {...field} autoComplete="tel" inputMode="numeric" />}
          </FormField>
        </Col>
      </Row>
      <FormField control={form.control} name="email" label={REGISTER_TEXTS.email} required extra={t(REGISTER_TEXTS.emailHint)}>
        {(field) => <Input {...field} type="email" autoComplete="email" />}
      </FormField>
      <FormField
        control={form.control}
        name="password"
        label={REGISTER_TEXTS.password}
        required
        extra={<PasswordHints password={password} identities={[normalizeUscc(uscc)]} />}
      >
        {(field) => <Input.Password {...field} autoComplete="new-password" />}
      </FormField>
      <Button type="primary" htmlType="submit" size="large" block loading={submit.submitting} data-testid="register-submit">
        {t(REGISTER_TEXTS.submit)}
      </Button>
    </SchemaForm>
  );
}
