import { CloudUploadOutlined } from '@ant-design/icons';
import { DisputeFiledSchema, DisputeUploadSchema, type DisputeFiled, FileDisputeSchema, VERIFICATION_DOCUMENT_KINDS, VERIFICATION_DOCUMENT_LABELS, type VerificationDocumentKind } from '@shifan/domain';
import { apiSend, AuthCard, FormField, SchemaForm, toApiError, uploadFile, useApiSubmit, useLocale, useSchemaForm } from '@shifan/ui';
import { Alert, Button, Col, Flex, Input, List, Row, Typography } from 'antd';
import { useRef, useState } from 'react';
import { DocumentFileInput } from '../verification/document-file-input';
import { Link } from 'react-router';
import { DISPUTE_TEXTS } from './dispute-texts';

const EMPTY = { uscc: '', enterpriseName: '', contactName: '', mobile: '', email: '', statement: '' };

/** `/dispute`: file a dispute against a registered USCC, then upload the 营业执照 and 授权书 with the filing's token. */
export function DisputePage() {
  const { t } = useLocale();
  const [filed, setFiled] = useState<DisputeFiled | null>(null);
  return (
    <AuthCard
      title={DISPUTE_TEXTS.title}
      intro={DISPUTE_TEXTS.intro}
      width={640}
      footer={<Link to="/register">{t(DISPUTE_TEXTS.backToRegister)}</Link>}
    >
      {filed ? <DisputeUploads filed={filed} /> : <DisputeForm onFiled={setFiled} />}
    </AuthCard>
  );
}

function DisputeForm({ onFiled }: { onFiled: (filed: DisputeFiled) => void }) {
  const { t } = useLocale();
  const form = useSchemaForm(FileDisputeSchema, { defaultValues: EMPTY });
  const submit = useApiSubmit(form, async (values) => onFiled(await apiSend('/api/disputes', 'POST', values, DisputeFiledSchema)));
  return (
    <SchemaForm onSubmit={submit.onSubmit} error={submit.error} unmatched={submit.unmatched} testId="dispute-form">
      <FormField control={form.control} name="uscc" label={DISPUTE_TEXTS.uscc} required>
        {(field) => <Input {...field} onChange={(event) => field.onChange(event.target.value.toUpperCase())} autoComplete="off" spellCheck={false} />}
      </FormField>
      <FormField control={form.control} name="enterpriseName" label={DISPUTE_TEXTS.enterpriseName} required>
        {(field) => <Input {...field} autoComplete="organization" />}
      </FormField>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <FormField control={form.control} name="contactName" label={DISPUTE_TEXTS.contactName} required>
            {(field) => <Input {...field} autoComplete="name" />}
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          <FormField control={form.control} name="mobile" label={DISPUTE_TEXTS.mobile} required>
            {(field) => <Input {...field} autoComplete="tel" inputMode="numeric" />}
          </FormField>
        </Col>
      </Row>
      <FormField control={form.control} name="email" label={DISPUTE_TEXTS.email} required>
        {(field) => <Input {...field} type="email" autoComplete="email" />}
      </FormField>
      <FormField control={form.control} name="statement" label={DISPUTE_TEXTS.statement} required>
        {(field) => <Input.TextArea {...field} rows={4} maxLength={2000} showCount />}
      </FormField>
      <Button type="primary" htmlType="submit" size="large" block loading={submit.submitting} data-testid="dispute-submit">
        {t(DISPUTE_TEXTS.submit)}
      </Button>
    </SchemaForm>
  );
}

function DisputeUploads({ filed }: { filed: DisputeFiled }) {
  const { t } = useLocale();
  const [done, setDone] = useState<readonly string[]>([]);
  const complete = VERIFICATION_DOCUMENT_KINDS.every((kind) => done.includes(kind));
  return (
    <Flex vertical gap={12} data-testid="dispute-uploads" data-complete={complete ? 'true' : 'false'}>
      <Alert type="success" showIcon title={`${t(DISPUTE_TEXTS.filed)} ${filed.caseNo}`} data-testid="dispute-case" />
      <Typography.Text>{t(DISPUTE_TEXTS.uploadIntro)}</Typography.Text>
      <List bordered dataSource={[...VERIFICATION_DOCUMENT_KINDS]} renderItem={(kind) => <UploadRow key={kind} kind={kind} filed={filed} uploaded={done.includes(kind)} onUploaded={(kinds) => setDone(kinds)} />} />
      {complete && <Alert type="info" showIcon title={t(DISPUTE_TEXTS.done)} data-testid="dispute-done" />}
    </Flex>
  );
}

function UploadRow({ kind, filed, uploaded, onUploaded }: { kind: VerificationDocumentKind; filed: DisputeFiled; uploaded: boolean; onUploaded: (kinds: readonly string[]) => void }) {
  const { t } = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async (file: File) => {
    setError(null);
    setBusy(true);
    try {
      const answer = await uploadFile(`/api/disputes/${filed.caseNo}/documents/${kind}`, file, {
        method: 'POST',
        headers: { 'X-File-Name': encodeURIComponent(file.name), 'X-Dispute-Token': filed.uploadToken, 'Content-Type': 'application/octet-stream' },
        parser: DisputeUploadSchema,
      });
      onUploaded(answer.documents);
    } catch (caught) {
      setError(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <List.Item
      data-testid={`dispute-document-${kind}`}
      data-uploaded={uploaded ? 'true' : 'false'}
      actions={[
        <Button key="upload" icon={<CloudUploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
          {t(uploaded ? DISPUTE_TEXTS.uploaded : DISPUTE_TEXTS.upload)}
        </Button>,
      ]}
    >
      <Flex vertical gap={2}>
        <Typography.Text strong>{t(VERIFICATION_DOCUMENT_LABELS[kind])}</Typography.Text>
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
      </Flex>
      <DocumentFileInput inputRef={input} onFile={(file) => void send(file)} />
    </List.Item>
  );
}
