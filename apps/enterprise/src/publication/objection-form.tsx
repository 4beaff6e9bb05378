import { SafetyCertificateOutlined } from '@ant-design/icons';
import { localizedMessage, type NoticeView, type ObjectionInput, ObjectionInputSchema, type ObjectionReceipt, ObjectionReceiptSchema } from '@shifan/domain';
import { apiSend, FormField, SchemaForm, toApiError, useApiSubmit, useLocale, useSchemaForm } from '@shifan/ui';
import { Alert, Button, Col, Input, Radio, Row, Select, Typography } from 'antd';
import { z } from 'zod';
import { identityFeedback } from './identity-feedback';
import { objectionsPath } from './publication-api';
import { PUBLICATION_TEXTS as T } from './publication-texts';

/** ObjectionInputSchema, with a plain "choose a project" message while no project is chosen (0). */
const FormSchema = ObjectionInputSchema.safeExtend({
  applicationId: z
    .number({ error: localizedMessage(T.projectRequired) })
    .int()
    .min(1, { error: localizedMessage(T.projectRequired) }),
});
type FormValues = z.input<typeof FormSchema>;

const EMPTY: FormValues = {
  applicationId: 0,
  objectorKind: 'person',
  name: '',
  identityNumber: '',
  phone: '',
  email: null,
  address: null,
  statement: '',
  evidence: '',
};

/** Blank text means "not given" for the nullable fields. */
function orNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}

export interface ObjectionFormProps {
  notice: NoticeView;
  /** The objection was received. */
  onReceived: (receipt: ObjectionReceipt, input: ObjectionInput) => void;
  /** The API says the notice is not open (any more): the page should load it again. */
  onNotOpen: () => void;
}

/** 提出异议: a real-name objection to one project of an open notice. */
export function ObjectionForm({ notice, onReceived, onNotOpen }: ObjectionFormProps) {
  const { locale, t } = useLocale();
  const form = useSchemaForm(FormSchema, { defaultValues: EMPTY });
  const submit = useApiSubmit(form, async (values) => {
    try {
      onReceived(await apiSend(objectionsPath(notice.id), 'POST', values, ObjectionReceiptSchema), values);
    } catch (caught) {
      if (toApiError(caught).code === 'NOTICE_NOT_OPEN') onNotOpen();
      throw caught;
    }
  });
  const [kind, identity] = form.watch(['objectorKind', 'identityNumber']);
  const organisation = kind === 'organisation';
  const projects = notice.projects.filter((project) => !project.withdrawn);

  const changeKind = (next: FormValues['objectorKind']) => {
    form.setValue('objectorKind', next);
    form.clearErrors(['identityNumber', 'name']);
    if (form.formState.isSubmitted && form.getValues('identityNumber') !== '') void form.trigger('identityNumber');
  };

  return (
    <SchemaForm
      onSubmit={submit.onSubmit}
      error={submit.error}
      unmatched={submit.unmatched}
      testId="objection-form"
      banner={<Alert type="info" showIcon icon={<SafetyCertificateOutlined />} title={t(T.privacyNote)} data-testid="objection-privacy" />}
    >
      <FormField control={form.control} name="objectorKind" label={T.objectorKind} required extra={organisation ? t(T.sealedLetterHint) : undefined}>
        {(field) => (
          <Radio.Group id={field.id} value={field.value} onChange={(event) => changeKind(event.target.value as FormValues['objectorKind'])}>
            <Radio value="person" data-testid="objector-kind-person">
              {t(T.person)}
            </Radio>
            <Radio value="organisation" data-testid="objector-kind-organisation">
              {t(T.organisation)}
            </Radio>
          </Radio.Group>
        )}
      </FormField>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <FormField control={form.control} name="name" label={organisation ? T.organisationName : T.personName} required extra={t(T.nameHint)}>
            {(field) => <Input {...field} autoComplete={organisation ? 'organization' : 'name'} maxLength={100} data-testid="objection-name" />}
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          <FormField
            control={form.control}
            name="identityNumber"
            label={organisation ? T.orgUscc : T.residentId}
            required
            feedback={identityFeedback(kind, identity, locale)}
          >
            {(field) => (
              <Input
                {...field}
                onChange={(event) => field.onChange(event.target.value.replace(/\s/g, '').toUpperCase())}
                autoComplete="off"
                spellCheck={false}
                maxLength={18}
                style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', letterSpacing: 1 }}
                data-testid="objection-identity"
              />
            )}
          </FormField>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <FormField control={form.control} name="phone" label={T.phone} required extra={t(T.phoneHint)}>
            {(field) => <Input {...field} autoComplete="tel" inputMode="tel" maxLength={20} data-testid="objection-phone" />}
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          <FormField control={form.control} name="email" label={T.email}>
            {(field) => (
              <Input
                {...field}
                value={field.value ?? ''}
                onChange={(event) => field.onChange(orNull(event.target.value))}
                type="email"
                autoComplete="email"
                placeholder={t(T.optional)}
                data-testid="objection-email"
              />
            )}
          </FormField>
        </Col>
      </Row>
      <FormField control={form.control} name="address" label={T.address}>
        {(field) => (
          <Input
            {...field}
            value={field.value ?? ''}
            onChange={(event) => field.onChange(orNull(event.target.value))}
            autoComplete="street-address"
            maxLength={200}
            placeholder={t(T.optional)}
            data-testid="objection-address"
          />
        )}
      </FormField>
      <FormField control={form.control} name="applicationId" label={T.project} required>
        {(field) => (
          <Select<number>
            id={field.id}
            ref={field.ref}
            value={field.value > 0 ? field.value : undefined}
            onChange={(value) => field.onChange(value ?? 0)}
            onBlur={field.onBlur}
            placeholder={t(T.projectPlaceholder)}
            showSearch={{ optionFilterProp: 'label' }}
            options={projects.map((project) => ({ value: project.applicationId, label: `${project.enterpriseName} — ${project.projectName}` }))}
            data-testid="objection-project"
          />
        )}
      </FormField>
      <FormField control={form.control} name="statement" label={T.statement} required extra={t(T.statementHint)}>
        {(field) => <Input.TextArea {...field} rows={5} maxLength={5000} showCount data-testid="objection-statement" />}
      </FormField>
      <FormField control={form.control} name="evidence" label={T.evidence} extra={t(T.evidenceHint)}>
        {(field) => <Input.TextArea {...field} rows={3} maxLength={5000} showCount data-testid="objection-evidence" />}
      </FormField>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t(T.objectionIntro)}
      </Typography.Paragraph>
      <Button type="primary" htmlType="submit" size="large" loading={submit.submitting} data-testid="objection-submit">
        {t(T.submit)}
      </Button>
    </SchemaForm>
  );
}
