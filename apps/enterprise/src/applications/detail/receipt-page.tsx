import { PrinterOutlined } from '@ant-design/icons';
import { ReceiptSchema } from '@shifan/domain';
import { ApiErrorAlert, BEIJING_TIME_LABEL, formatBeijingDateTime, RouterButton, UI_TEXTS, useApiQuery, useLocale } from '@shifan/ui';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import { useParams } from 'react-router';
import { applicationPath } from '../applications-api';
import { RECEIPT_TEXTS } from './receipt-texts';

/** `/applications/:id/receipt`: the submission receipt (回执), printable. */
export function ReceiptPage() {
  const { t } = useLocale();
  const { id } = useParams();
  const applicationId = Number(id);
  const receipt = useApiQuery(`${applicationPath(applicationId)}/receipt`, ReceiptSchema);
  if (receipt.error) return <ApiErrorAlert error={receipt.error} />;
  if (!receipt.data) return <Skeleton active />;
  const data = receipt.data;

  return (
    <Flex vertical gap={16} align="center">
      <Card className="print-card" style={{ width: '100%', maxWidth: 760 }} data-testid="receipt">
        <Result
          status="success"
          title={t(RECEIPT_TEXTS.title)}
          subTitle={t(RECEIPT_TEXTS.subtitle)}
          style={{ paddingBlock: 16 }}
          extra={
            <Flex vertical align="center" gap={4}>
              <Typography.Text type="secondary">{t(RECEIPT_TEXTS.receiptNo)}</Typography.Text>
              <Typography.Text strong copyable style={{ fontSize: 26, letterSpacing: 1 }} data-testid="receipt-no">
                {data.receiptNo}
              </Typography.Text>
            </Flex>
          }
        />
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { width: '32%' } }}
          items={[
            { key: 'call', label: t(RECEIPT_TEXTS.call), children: <span data-testid="receipt-call">{data.callTitle}</span> },
            { key: 'enterprise', label: t(RECEIPT_TEXTS.enterprise), children: <span data-testid="receipt-enterprise">{data.enterpriseName}</span> },
            { key: 'time', label: t(RECEIPT_TEXTS.submittedAt), children: `${formatBeijingDateTime(data.submittedAt, true)} (${t(BEIJING_TIME_LABEL)})` },
            { key: 'id', label: t(RECEIPT_TEXTS.applicationId), children: String(data.applicationId) },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
          {t(RECEIPT_TEXTS.note)}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12, textAlign: 'right' }}>
          {t(UI_TEXTS.portalName)} · {t(UI_TEXTS.bureau)}
        </Typography.Paragraph>
      </Card>
      <Flex gap={8} wrap justify="center" className="no-print">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="receipt-print">
          {t(RECEIPT_TEXTS.print)}
        </Button>
        <RouterButton to={`/applications/${applicationId}`} data-testid="receipt-back">
          {t(RECEIPT_TEXTS.backToApplication)}
        </RouterButton>
        <RouterButton to="/applications">{t(RECEIPT_TEXTS.myApplications)}</RouterButton>
      </Flex>
    </Flex>
  );
}
