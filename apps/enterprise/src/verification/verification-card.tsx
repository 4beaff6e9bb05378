import { CloudUploadOutlined } from '@ant-design/icons';
import { can, type EnterpriseVerificationView, VERIFICATION_DOCUMENT_KINDS, VERIFICATION_DOCUMENT_LABELS, VERIFICATION_POLICY, VERIFICATION_STATUS_LABELS, type VerificationDocumentKind } from '@shifan/domain';
import { ApiErrorAlert, formatBytes, formatDateTime, toApiError, uploadFile, useApiQuery, useLocale, useSession } from '@shifan/ui';
import { Alert, Button, Card, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { DocumentFileInput } from './document-file-input';
import { VERIFICATION_PATH, verificationDocumentPath, verificationSchema } from './verification-api';
import { VERIFICATION_TEXTS } from './verification-texts';

const STATUS_COLOURS = { unverified: 'default', pending: 'processing', verified: 'success', rejected: 'error' } as const;
const MIB = 1024 * 1024;

/** 企业认证 on the account page: status, the reason of a rejection, and the two documents (uploads by the administrator). */
export function VerificationCard() {
  const { t } = useLocale();
  const { session } = useSession();
  const query = useApiQuery(VERIFICATION_PATH, verificationSchema);
  const [uploaded, setUploaded] = useState<EnterpriseVerificationView | null>(null);
  const view = uploaded ?? query.data;
  if (!session?.enterprise) return null;
  const manages = can(session.account.role, 'enterprise.verification.manage');

  return (
    <Card title={t(VERIFICATION_TEXTS.title)} id="verification" data-testid="verification-card" data-status={view?.status}>
      {query.error && <ApiErrorAlert error={query.error} />}
      {!view ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t(VERIFICATION_TEXTS.intro)}
          </Typography.Paragraph>
          <Flex gap={8} align="center" wrap>
            <Typography.Text>{t(VERIFICATION_TEXTS.status)}:</Typography.Text>
            <Tag color={STATUS_COLOURS[view.status]} data-testid="verification-status">
              {t(VERIFICATION_STATUS_LABELS[view.status])}
            </Tag>
          </Flex>
          {view.status === 'rejected' && (
            <Alert type="error" showIcon title={`${t(VERIFICATION_TEXTS.reason)}:${view.reason ?? ''}`} description={t(VERIFICATION_TEXTS.rejectedHint)} data-testid="verification-reason" />
          )}
          {view.status === 'pending' && <Alert type="info" showIcon title={t(VERIFICATION_TEXTS.pendingHint)} />}
          {view.status === 'verified' && <Alert type="success" showIcon title={t(VERIFICATION_TEXTS.verifiedHint)} />}
          {!manages && view.status !== 'verified' && <Typography.Text type="secondary">{t(VERIFICATION_TEXTS.onlyAdmin)}</Typography.Text>}
          <List
            bordered
            dataSource={[...VERIFICATION_DOCUMENT_KINDS]}
            renderItem={(kind) => (
              <DocumentRow key={kind} kind={kind} view={view} canUpload={manages && (view.status === 'unverified' || view.status === 'rejected')} onUploaded={setUploaded} />
            )}
          />
          <Typography.Text type="secondary">{t(VERIFICATION_TEXTS.accepted)}</Typography.Text>
        </Flex>
      )}
    </Card>
  );
}

function DocumentRow({ kind, view, canUpload, onUploaded }: { kind: VerificationDocumentKind; view: EnterpriseVerificationView; canUpload: boolean; onUploaded: (view: EnterpriseVerificationView) => void }) {
  const { t } = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const document = view.documents.find((candidate) => candidate.kind === kind);

  const send = async (file: File) => {
    setError(null);
    if (file.size > VERIFICATION_POLICY.maxDocumentMb * MIB) return setError(t(VERIFICATION_TEXTS.accepted));
    setBusy(true);
    try {
      onUploaded(
        await uploadFile(verificationDocumentPath(kind), file, {
          method: 'POST',
          headers: { 'X-File-Name': encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' },
          parser: verificationSchema,
        }),
      );
    } catch (caught) {
      setError(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <List.Item
      data-testid={`verification-document-${kind}`}
      data-uploaded={document ? 'true' : 'false'}
      actions={
        canUpload
          ? [
              <Button key="upload" icon={<CloudUploadOutlined />} loading={busy} onClick={() => input.current?.click()} data-testid={`verification-upload-${kind}`}>
                {t(document ? VERIFICATION_TEXTS.replace : VERIFICATION_TEXTS.upload)}
              </Button>,
            ]
          : []
      }
    >
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        <Typography.Text strong>{t(VERIFICATION_DOCUMENT_LABELS[kind])}</Typography.Text>
        {document ? (
          <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
            <a href={verificationDocumentPath(kind)} target="_blank" rel="noreferrer">
              {document.fileName}
            </a>{' '}
            · {formatBytes(document.size)} · {t(VERIFICATION_TEXTS.uploaded)} {formatDateTime(document.uploadedAt)}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t(VERIFICATION_TEXTS.notUploaded)}</Typography.Text>
        )}
        {error && <Typography.Text type="danger" data-testid={`verification-error-${kind}`}>{error}</Typography.Text>}
      </Flex>
      <DocumentFileInput inputRef={input} onFile={(file) => void send(file)} />
    </List.Item>
  );
}
