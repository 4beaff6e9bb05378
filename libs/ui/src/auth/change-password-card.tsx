import { ChangePasswordSchema } from '@shifan/domain';
import { Alert, Button, Card, Input } from 'antd';
import { useState } from 'react';
import { z } from 'zod';
import { apiSend } from '../api/api-fetch';
import { FormField } from '../forms/form-field';
import { PasswordHints } from '../forms/password-hints';
import { SchemaForm } from '../forms/schema-form';
import { useApiSubmit } from '../forms/use-api-submit';
import { useSchemaForm } from '../forms/use-schema-form';
import { useLocale } from '../i18n/use-locale';
import { AUTH_PATHS } from '../session/session-api';
import { useSession } from '../session/use-session';
import { AUTH_TEXTS, passwordChangedText } from './auth-texts';

const ChangedSchema = z.object({ endedSessions: z.number().int() });

/** Change the password; afterwards, how many other sessions of the account ended. */
export function ChangePasswordCard() {
  const { t } = useLocale();
  const { session } = useSession();
  const [endedSessions, setEndedSessions] = useState<number | null>(null);
  const form = useSchemaForm(ChangePasswordSchema, { defaultValues: { currentPassword: '', newPassword: '' } });
  const submit = useApiSubmit(form, async (values) => {
    setEndedSessions(null);
    const result = await apiSend(AUTH_PATHS.changePassword, 'POST', values, ChangedSchema);
    form.reset();
    setEndedSessions(result.endedSessions);
  });
  const newPassword = form.watch('newPassword');
  const done = endedSessions !== null && <Alert type="success" showIcon title={t(passwordChangedText(endedSessions))} data-testid="password-changed" />;

  return (
    <Card title={t(AUTH_TEXTS.changePasswordTitle)} data-testid="change-password">
      <SchemaForm onSubmit={submit.onSubmit} error={submit.error} unmatched={submit.unmatched} banner={done}>
        <Alert type="info" title={t(AUTH_TEXTS.changePasswordIntro)} style={{ marginBottom: 16 }} />
        <FormField control={form.control} name="currentPassword" label={AUTH_TEXTS.currentPassword} required>
          {(field) => <Input.Password {...field} autoComplete="current-password" />}
        </FormField>
        <FormField
          control={form.control}
          name="newPassword"
          label={AUTH_TEXTS.newPassword}
          required
          extra={<PasswordHints password={newPassword} identities={[session?.account.username]} />}
        >
          {(field) => <Input.Password {...field} autoComplete="new-password" />}
        </FormField>
        <Button type="primary" htmlType="submit" loading={submit.submitting} data-testid="change-password-submit">
          {t(AUTH_TEXTS.changePasswordSubmit)}
        </Button>
      </SchemaForm>
    </Card>
  );
}
