import { CreateStaffSchema, type StaffRole, STAFF_ROLES } from '@shifan/domain';
import { ACCOUNT_TEXTS, FormField, LIST_TEXTS, PasswordHints, SchemaForm, useApiSubmit, useLocale, useRecommendingUnitOptions, useSchemaForm } from '@shifan/ui';
import { App, Button, Col, Flex, Input, Modal, Row, Select } from 'antd';
import { roleOptions } from './role-options';
import { createStaff } from './staff-api';
import { createdText, optional, USERS_TEXTS } from './users-texts';

const EMPTY = { username: '', displayName: '', role: undefined, recommendingUnitCode: undefined, mobile: '', email: '', password: '' };

export interface CreateStaffModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}

/** A new staff account: role, and for recommending-unit officers their 推荐单位 (any of the 18); the initial password is checked live. */
export function CreateStaffModal({ open, onClose, onCreated }: CreateStaffModalProps) {
  const { locale, t } = useLocale();
  const units = useRecommendingUnitOptions(locale);
  const { message } = App.useApp();
  const form = useSchemaForm(CreateStaffSchema, { defaultValues: EMPTY, blankAsUndefined: ['mobile', 'email'] });
  const submit = useApiSubmit(form, async (values) => {
    const created = await createStaff(values);
    void message.success(t(createdText(created.displayName)));
    form.reset(EMPTY);
    onCreated();
  });
  const [role, username, password] = form.watch(['role', 'username', 'password']);
  const close = () => {
    form.reset(EMPTY);
    submit.clearError();
    onClose();
  };

  return (
    <Modal open={open} title={t(USERS_TEXTS.createTitle)} onCancel={close} footer={null} width={640} destroyOnHidden>
      <SchemaForm onSubmit={submit.onSubmit} error={submit.error} unmatched={submit.unmatched} testId="create-staff-form">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <FormField control={form.control} name="username" label={ACCOUNT_TEXTS.username} required extra={t(ACCOUNT_TEXTS.usernameHint)}>
              {(field) => <Input {...field} autoComplete="off" />}
            </FormField>
          </Col>
          <Col xs={24} md={12}>
            <FormField control={form.control} name="displayName" label={ACCOUNT_TEXTS.displayName} required>
              {(field) => <Input {...field} autoComplete="off" />}
            </FormField>
          </Col>
          <Col xs={24} md={12}>
            <FormField control={form.control} name="role" label={ACCOUNT_TEXTS.role} required>
              {(field) => (
                <Select<StaffRole>
                  {...field}
                  placeholder={t(USERS_TEXTS.rolePlaceholder)}
                  options={roleOptions(STAFF_ROLES, locale)}
                  onChange={(value) => {
                    field.onChange(value);
                    if (value !== 'district_officer') form.setValue('recommendingUnitCode', undefined);
                  }}
                  data-testid="create-role"
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} md={12}>
            {role === 'district_officer' && (
              <FormField control={form.control} name="recommendingUnitCode" label={ACCOUNT_TEXTS.district} required extra={t(USERS_TEXTS.districtHint)}>
                {(field) => <Select<string> {...field} showSearch={{ optionFilterProp: 'label' }} placeholder={t(USERS_TEXTS.districtPlaceholder)} options={units.options} loading={units.loading} data-testid="create-district" />}
              </FormField>
            )}
          </Col>
          <Col xs={24} md={12}>
            <FormField control={form.control} name="mobile" label={optional(ACCOUNT_TEXTS.mobile)}>
              {(field) => <Input {...field} autoComplete="off" inputMode="numeric" />}
            </FormField>
          </Col>
          <Col xs={24} md={12}>
            <FormField control={form.control} name="email" label={optional(ACCOUNT_TEXTS.email)}>
              {(field) => <Input {...field} type="email" autoComplete="off" />}
            </FormField>
          </Col>
        </Row>
        <FormField
          control={form.control}
          name="password"
          label={USERS_TEXTS.initialPassword}
          required
          extra={
            <>
              <PasswordHints password={password} identities={[username]} />
              <div style={{ marginTop: 4 }}>{t(USERS_TEXTS.initialPasswordHint)}</div>
            </>
          }
        >
          {(field) => <Input.Password {...field} autoComplete="new-password" />}
        </FormField>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t(LIST_TEXTS.cancel)}</Button>
          <Button type="primary" htmlType="submit" loading={submit.submitting} data-testid="create-staff-submit">
            {t(USERS_TEXTS.createSubmit)}
          </Button>
        </Flex>
      </SchemaForm>
    </Modal>
  );
}
