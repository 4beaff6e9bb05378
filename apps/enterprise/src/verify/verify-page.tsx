import { DocumentVerificationSchema } from '@shifan/domain';
import { ApiErrorAlert, formatBeijingDateTime, PageHeading, useApiQuery, useLocale } from '@shifan/ui';
import { Alert, Descriptions, Spin, Typography } from 'antd';
import { useParams } from 'react-router';
import { SIGNING_COPY_VERIFY_TEXTS as S } from './signing-copy-texts';
import { VERIFY_TEXTS as T } from './verify-texts';

/** The public page a document's QR code opens: says whether the portal archived a document with this code. */
export function VerifyPage() {
  const { t } = useLocale();
  const { code = '' } = useParams();
  const result = useApiQuery(`/api/verify/${encodeURIComponent(code)}`, DocumentVerificationSchema);
  const document = result.data?.document ?? null;
  const signingCopy = result.data?.signingCopy ?? null;
  return (
    <div style={{ maxWidth: 760 }}>
      <PageHeading title={T.title} intro={T.intro} />
      {result.loading && <Spin />}
      {result.error && <ApiErrorAlert error={result.error} />}
      {result.data && !document && !signingCopy && <Alert type="error" showIcon message={t(T.notFound)} data-testid="verify-not-found" />}
      {signingCopy && (
        <>
          <Alert type="success" showIcon message={t(S.found)} data-testid="verify-signing-copy" style={{ marginBottom: 16 }} />
          <Alert
            type={signingCopy.current ? 'info' : 'warning'}
            showIcon
            message={t(signingCopy.submitted ? (signingCopy.current ? S.currentSubmitted : S.outdatedSubmitted) : signingCopy.current ? S.currentEditable : S.outdatedEditable)}
            data-testid="verify-signing-copy-status"
            data-current={signingCopy.current ? 'true' : 'false'}
            style={{ marginBottom: 16 }}
          />
          <Descriptions bordered column={1} size="small">
            <Descriptions.Item label={t(T.code)}>{result.data?.code}</Descriptions.Item>
            <Descriptions.Item label={t(T.kind)}>{t(S.kind)}</Descriptions.Item>
            <Descriptions.Item label={t(T.enterprise)}>{signingCopy.enterpriseName}</Descriptions.Item>
            <Descriptions.Item label={t(T.call)}>{signingCopy.callTitle}</Descriptions.Item>
            <Descriptions.Item label={t(S.printedAt)}>{formatBeijingDateTime(signingCopy.printedAt, true)}</Descriptions.Item>
            <Descriptions.Item label={t(T.hash)}>
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                {signingCopy.contentSha256}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
      {document && (
        <>
          <Alert type="success" showIcon message={t(T.found)} data-testid="verify-found" style={{ marginBottom: 16 }} />
          {!document.current && <Alert type="warning" showIcon message={t(T.superseded)} style={{ marginBottom: 16 }} />}
          <Descriptions bordered column={1} size="small">
            <Descriptions.Item label={t(T.code)}>{result.data?.code}</Descriptions.Item>
            <Descriptions.Item label={t(T.kind)}>{t(document.kindLabel)}</Descriptions.Item>
            <Descriptions.Item label={t(T.receiptNo)}>{document.receiptNo}</Descriptions.Item>
            <Descriptions.Item label={t(T.enterprise)}>{document.enterpriseName}</Descriptions.Item>
            <Descriptions.Item label={t(T.call)}>{document.callTitle}</Descriptions.Item>
            <Descriptions.Item label={t(T.submittedAt)}>{formatBeijingDateTime(document.submittedAt, true)}</Descriptions.Item>
            <Descriptions.Item label={t(T.hash)}>
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                {document.contentSha256}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
    </div>
  );
}
