import { InviteColleagueSchema } from '@shifan/domain';
import { ACCOUNT_TEXTS, FormField, LIST_TEXTS, SchemaForm, useApiSubmit, useLocale, useSchemaForm } from '@shifan/ui';
import { Alert, App, Button, Flex, Input, Modal } from 'antd';
import { inviteColleague } from './colleagues-api';
import { COLLEAGUES_TEXTS, invitedText } from './colleagues-texts';

const EMPTY = { username: '', displayName: '', mobile: '', email: '' };

export interface InviteColleagueModalProps {
  open: boolean;
  onClose: () => void;
  onInvited: () => void;
}

/** The invitation form in a modal; the list reloads after a colleague is invited. */
export function InviteColleagueModal({ open, onClose, onInvited }: InviteColleagueModalProps) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const form = useSchemaForm(InviteColleagueSchema, { defaultValues: EMPTY });
  const submit = useApiSubmit(form, async (values) => {
    const invited = await inviteColleague(values);
    void message.success(t(invitedText(invited.email ?? values.email)));
    form.reset(EMPTY);
    onInvited();
  });
  const close = () => {
    form.reset(EMPTY);
    submit.clearError();
    onClose();
  };

  return (
    <Modal open={open} title={t(COLLEAGUES_TEXTS.inviteTitle)} onCancel={close} footer={null} destroyOnHidden data-testid="invite-modal">
      <SchemaForm onSubmit={submit.onSubmit} error={submit.error} unmatched={submit.unmatched}>
        <Alert type="info" title={t(COLLEAGUES_TEXTS.inviteIntro)} style={{ marginBottom: 16 }} />
        <FormField control={form.control} name="username" label={ACCOUNT_TEXTS.username} required extra={t(ACCOUNT_TEXTS.usernameHint)}>
          {(field) => <Input {...field} autoComplete="off" />}
        </FormField>
        <FormField control={form.control} name="displayName" label={ACCOUNT_TEXTS.displayName} required>
          {(field) => <Input {...field} autoComplete="off" />}
        </FormField>
        <FormField control={form.control} name="mobile" label={ACCOUNT_TEXTS.mobile} required>
          {(field) => <Input {...field} autoComplete="off" inputMode="numeric" />}
        </FormField>
        <FormField control={form.control} name="email" label={ACCOUNT_TEXTS.email} required>
          {(field) => <Input {...field} type="email" autoComplete="off" />}
        </FormField>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t(LIST_TEXTS.cancel)}</Button>
          <Button type="primary" htmlType="submit" loading={submit.submitting} data-testid="invite-submit">
            {t(COLLEAGUES_TEXTS.inviteSubmit)}
          </Button>
        </Flex>
      </SchemaForm>
    </Modal>
  );
}
