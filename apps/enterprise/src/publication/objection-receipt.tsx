import type { NoticeView, ObjectionInput, ObjectionReceipt } from '@shifan/domain';
import { BEIJING_TIME_LABEL, formatBeijingDateTime, useLocale } from '@shifan/ui';
import { Alert, Button, Descriptions, Divider, Flex, Result, Typography } from 'antd';
import { SealedLetterUpload } from './sealed-letter-upload';
import { PUBLICATION_TEXTS as T } from './publication-texts';

export interface ObjectionReceiptCardProps {
  notice: NoticeView;
  receipt: ObjectionReceipt;
  input: ObjectionInput;
  /** Starts another objection (offered to persons only: an organisation's page keeps its upload token). */
  onAnother: () => void;
}

/** The answer to an objection: its case number and time, and for an organisation the sealed-letter upload. */
export function ObjectionReceiptCard({ notice, receipt, input, onAnother }: ObjectionReceiptCardProps) {
  const { t } = useLocale();
  const project = notice.projects.find((candidate) => candidate.applicationId === input.applicationId);
  return (
    <Flex vertical gap={16} data-testid="objection-receipt" data-case-no={receipt.caseNo}>
      <Result
        status="success"
        title={t(T.receiptTitle)}
        subTitle={t(T.receiptSubtitle)}
        style={{ paddingBlock: 8 }}
        extra={
          <Flex vertical align="center" gap={4}>
            <Typography.Text type="secondary">{t(T.caseNo)}</Typography.Text>
            <Typography.Text strong copyable style={{ fontSize: 26, letterSpacing: 1 }} data-testid="objection-case-no">
              {receipt.caseNo}
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
          { key: 'received', label: t(T.receivedAt), children: <span data-testid="objection-received-at">{`${formatBeijingDateTime(receipt.receivedAt, true)} (${t(BEIJING_TIME_LABEL)})`}</span> },
          { key: 'project', label: t(T.project), children: project ? `${project.enterpriseName} — ${project.projectName}` : String(input.applicationId) },
          { key: 'objector', label: t(input.objectorKind === 'organisation' ? T.organisationName : T.personName), children: input.name },
          { key: 'contact', label: t(T.contact), children: `${notice.contact.unit} · ${notice.contact.person} · ${notice.contact.phone}` },
        ]}
      />
      <Alert type="info" showIcon title={t(T.privacyNote)} />
      {receipt.sealedLetterRequired && (
        <>
          <Divider style={{ margin: 0 }} />
          {receipt.uploadToken ? (
            <SealedLetterUpload caseNo={receipt.caseNo} uploadToken={receipt.uploadToken} />
          ) : (
            <Alert type="warning" showIcon title={t(T.noToken)} data-testid="sealed-letter-no-token" />
          )}
        </>
      )}
      {!receipt.sealedLetterRequired && (
        <div>
          <Button onClick={onAnother} data-testid="objection-another">
            {t(T.anotherObjection)}
          </Button>
        </div>
      )}
    </Flex>
  );
}
