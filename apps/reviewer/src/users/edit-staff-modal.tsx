import { type AccountView, type StaffRole, STAFF_ROLES, UpdateStaffSchema } from '@shifan/domain';
import { ACCOUNT_TEXTS, FormField, LIST_TEXTS, SchemaForm, useApiSubmit, useLocale, useRecommendingUnitOptions, useSchemaForm } from '@shifan/ui';
import { App, Button, Flex, Input, Modal, Select, Typography } from 'antd';
import { roleOptions } from './role-options';
import { isStaleVersion, updateAccount } from './staff-api';
import { savedText, USERS_TEXTS } from './users-texts';

export interface EditStaffModalProps {
  /** A staff account, as last loaded (its `version` guards against overwriting someone else's change). */
  account: AccountView & { role: StaffRole };
  onClose: () => void;
  onSaved: () => void;
  /** Someone else changed the account meanwhile: the caller reloads the list. */
  onConflict: () => void;
}

/** Name, role and 推荐单位 of a staff account, saved with the version it was loaded at. */
export function EditStaffModal({ account, onClose, onSaved, onConflict }: EditStaffModalProps) {
  const { locale, t } = useLocale();
  const units = useRecommendingUnitOptions(locale);
  const { message } = App.useApp();
  const form = useSchemaForm(UpdateStaffSchema, {
    defaultValues: { version: account.version, displayName: account.displayName, role: account.role, recommendingUnitCode: account.recommendingUnitCode },
  });
  const submit = useApiSubmit(form, async (values) => {
    const recommendingUnitCode = values.role === 'district_officer' ? (values.recommendingUnitCode ?? null) : null;
    try {
      const saved = await updateAccount(account.id, { ...values, recommendingUnitCode });
      void message.success(t(savedText(saved.displayName)));
      onSaved();
    } catch (error) {
      if (!isStaleVersion(error)) throw error;
      void message.warning(t(USERS_TEXTS.conflict));
      onConflict();
    }
  });
  const role = form.watch('role');

  return (
    <Modal open title={t(USERS_TEXTS.editTitle)} onCancel={onClose} footer={null} destroyOnHidden>
      <SchemaForm onSubmit={submit.onSubmit} error={submit.error} unmatched={submit.unmatched} testId="edit-staff-form">
        <Typography.Paragraph>
          {t(ACCOUNT_TEXTS.username)}: <Typography.Text code>{account.username}</Typography.Text>
        </Typography.Paragraph>
        <FormField control={form.control} name="displayName" label={ACCOUNT_TEXTS.displayName} required>
          {(field) => <Input {...field} value={field.value ?? ''} autoComplete="off" />}
        </FormField>
        <FormField control={form.control} name="role" label={ACCOUNT_TEXTS.role} required>
          {(field) => <Select<StaffRole> {...field} options={roleOptions(STAFF_ROLES, locale)} data-testid="edit-role" />}
        </FormField>
        {role === 'district_officer' && (
          <FormField control={form.control} name="recommendingUnitCode" label={ACCOUNT_TEXTS.district} required extra={t(USERS_TEXTS.districtHint)}>
            {(field) => (
              <Select<string>
                {...field}
                value={field.value ?? undefined}
                onChange={(value) => field.onChange(value ?? null)}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t(USERS_TEXTS.districtPlaceholder)}
                options={units.options}
                loading={units.loading}
              />
            )}
          </FormField>
        )}
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t(LIST_TEXTS.cancel)}</Button>
          <Button type="primary" htmlType="submit" loading={submit.submitting} data-testid="edit-staff-submit">
            {t(USERS_TEXTS.save)}
          </Button>
        </Flex>
      </SchemaForm>
    </Modal>
  );
}
