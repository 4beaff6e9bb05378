import { DownloadOutlined, FilePdfOutlined, PrinterOutlined, WarningOutlined } from '@ant-design/icons';
import type { ApplicationDocumentsView } from '@shifan/domain';
import { formatBytes, formatDateTime, toApiError, useLocale } from '@shifan/ui';
import { Alert, App, Button, Card, Descriptions, Flex, List, Progress, Tag, Typography } from 'antd';
import { useState } from 'react';
import { applicationPath } from '../applications-api';
import { DOCUMENTS_TEXTS } from './documents-texts';
import { downloadWithProgress, signingCopyPath, templatePath } from './documents-api';

/** Downloads the 签字盖章用 copy with a progress bar (it is rendered on request); `onPrinted` refreshes the documents area. */
export function PrintSigningCopyButton({ applicationId, onPrinted, size }: { applicationId: number; onPrinted: () => void; size?: 'small' | 'middle' }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [percent, setPercent] = useState<number | null | undefined>(undefined);
  const busy = percent !== undefined;
  const print = async () => {
    setPercent(null);
    try {
      await downloadWithProgress(signingCopyPath(applicationId), `申报书-签字盖章用-${applicationId}.pdf`, setPercent);
      void message.success(t(DOCUMENTS_TEXTS.printed));
      onPrinted();
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setPercent(undefined);
    }
  };
  return (
    <Flex vertical gap={4} align="flex-start">
      <Button icon={<PrinterOutlined />} onClick={() => void print()} loading={busy} size={size} data-testid="print-signing-copy">
        {t(DOCUMENTS_TEXTS.print)}
      </Button>
      {busy && (
        <Flex vertical gap={0} style={{ minWidth: 240 }} data-testid="print-progress">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(DOCUMENTS_TEXTS.printing)}…
          </Typography.Text>
          <Progress percent={percent ?? 30} size="small" status="active" showInfo={percent !== null} />
        </Flex>
      )}
    </Flex>
  );
}

/** The warning the submit would refuse with (SIGNED_COPY_OUTDATED), shown before the enterprise tries. */
export function SignedCopyWarning({ documents, testId = 'signed-copy-warning' }: { documents: ApplicationDocumentsView | null; testId?: string }) {
  const { t } = useLocale();
  if (!documents?.warning) return null;
  return <Alert type="warning" showIcon icon={<WarningOutlined />} title={t(documents.warning)} data-testid={testId} />;
}

/**
 * 申报文件: the 签字盖章用 copy (print, its 核验码, the last print), the signed scans and whether they match, the
 * archived 申报书 and 回执 after submission, and the call's templates (信用承诺书, 授权书 …).
 */
export function DocumentsCard({ documents, onPrinted }: { documents: ApplicationDocumentsView | null; onPrinted: () => void }) {
  const { t } = useLocale();
  if (!documents) return null;
  const { signingCopy } = documents;
  const base = applicationPath(documents.applicationId);
  return (
    <Card title={t(DOCUMENTS_TEXTS.title)} size="small" data-testid="documents-area" data-scans-current={documents.signedScansCurrent ? 'true' : 'false'}>
      <Flex vertical gap={16}>
        {signingCopy.available && (
          <Flex vertical gap={8} data-testid="signing-copy">
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t(DOCUMENTS_TEXTS.intro)}
            </Typography.Text>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                {
                  key: 'current',
                  label: t(DOCUMENTS_TEXTS.currentCode),
                  children: (
                    <Typography.Text code data-testid="signing-current-code">
                      {signingCopy.currentCode}
                    </Typography.Text>
                  ),
                },
                {
                  key: 'latest',
                  label: t(DOCUMENTS_TEXTS.latestPrinted),
                  children: signingCopy.latestPrinted ? (
                    <Flex gap={6} align="center" wrap data-testid="signing-latest" data-current={signingCopy.latestPrinted.current ? 'true' : 'false'}>
                      <Typography.Text code>{signingCopy.latestPrinted.code}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(signingCopy.latestPrinted.printedAt)}
                      </Typography.Text>
                      <Tag color={signingCopy.latestPrinted.current ? 'success' : 'warning'}>{t(signingCopy.latestPrinted.current ? DOCUMENTS_TEXTS.matches : DOCUMENTS_TEXTS.outdated)}</Tag>
                    </Flex>
                  ) : (
                    t(DOCUMENTS_TEXTS.neverPrinted)
                  ),
                },
                {
                  key: 'scans',
                  label: t(DOCUMENTS_TEXTS.signedScan),
                  span: 'filled',
                  children:
                    documents.signedScans.length === 0
                      ? t(DOCUMENTS_TEXTS.noScan)
                      : documents.signedScans.map((scan) => (
                          <Flex key={scan.attachmentId} gap={6} align="center" wrap data-testid="signed-scan" data-current={scan.current ? 'true' : 'false'}>
                            <Typography.Text>{scan.fileName}</Typography.Text>
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {t(DOCUMENTS_TEXTS.scanCode)}
                            </Typography.Text>
                            <Typography.Text code>{scan.code ?? '—'}</Typography.Text>
                            <Tag color={scan.current ? 'success' : 'warning'}>{t(scan.current ? DOCUMENTS_TEXTS.matches : DOCUMENTS_TEXTS.outdated)}</Tag>
                          </Flex>
                        )),
                },
              ]}
            />
            <SignedCopyWarning documents={documents} testId="documents-signed-copy-warning" />
            <div>
              <PrintSigningCopyButton applicationId={documents.applicationId} onPrinted={onPrinted} />
            </div>
          </Flex>
        )}
        {!documents.editable && (
          <Flex vertical gap={6} data-testid="archived-documents">
            <Typography.Text strong>{t(DOCUMENTS_TEXTS.archived)}</Typography.Text>
            <Flex gap={12} wrap>
              <Button icon={<FilePdfOutlined />} href={`${base}/documents/application-form.pdf`} data-testid="archived-form">
                {t(DOCUMENTS_TEXTS.archivedForm)}
                {documents.archived.applicationForm && <Typography.Text code>{documents.archived.applicationForm}</Typography.Text>}
              </Button>
              <Button icon={<FilePdfOutlined />} href={`${base}/documents/receipt.pdf`} data-testid="archived-receipt">
                {t(DOCUMENTS_TEXTS.receipt)}
                {documents.archived.receipt && <Typography.Text code>{documents.archived.receipt}</Typography.Text>}
              </Button>
            </Flex>
          </Flex>
        )}
        <Flex vertical gap={6} data-testid="templates">
          <Typography.Text strong>{t(DOCUMENTS_TEXTS.templates)}</Typography.Text>
          {documents.templates.length === 0 ? (
            <Typography.Text type="secondary">{t(DOCUMENTS_TEXTS.noTemplates)}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={documents.templates}
              renderItem={(template) => (
                <List.Item
                  data-testid={`template-${template.slotKey}`}
                  actions={[
                    <Button key="download" size="small" icon={<DownloadOutlined />} href={templatePath(documents.applicationId, template.slotKey)} data-testid={`template-download-${template.slotKey}`}>
                      {t(DOCUMENTS_TEXTS.download)}
                    </Button>,
                  ]}
                >
                  <Flex vertical gap={0}>
                    <Typography.Text>{t(template.slotName)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {template.fileName} · {formatBytes(template.size)}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
