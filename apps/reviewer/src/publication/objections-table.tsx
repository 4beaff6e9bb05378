import { DownloadOutlined } from '@ant-design/icons';
import type { ObjectionView } from '@shifan/domain';
import { formatBeijingDateTime, formatBytes, toApiError, useLocale } from '@shifan/ui';
import { App, Button, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { downloadFile } from '../review/download';
import type { ObjectionAction } from './objection-decision-modal';
import { sealedLetterUrl } from './publication-api';
import { OBJECTION_STATUS_COLOURS, OBJECTION_STATUS_LABELS, OBJECTOR_KIND_LABELS, PUBLICATION_TEXTS, UPHELD_ACTION_LABELS } from './publication-texts';

export interface ObjectionsTableProps {
  objections: readonly ObjectionView[];
  loading: boolean;
  onAct: (objection: ObjectionView, action: ObjectionAction) => void;
}

/** Whether a case is still open (not yet upheld or dismissed). */
export function isOpenObjection(objection: Pick<ObjectionView, 'status'>): boolean {
  return objection.status === 'received' || objection.status === 'investigating';
}

function LongText({ text, testId }: { text: string; testId?: string }) {
  const { t } = useLocale();
  if (!text) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Paragraph style={{ width: 280, marginBottom: 0, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 3, expandable: 'collapsible', symbol: (expanded) => (expanded ? '▲' : t(PUBLICATION_TEXTS.more)) }} data-testid={testId}>
      {text}
    </Typography.Paragraph>
  );
}

function SealedLetterCell({ objection }: { objection: ObjectionView }) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (objection.objectorKind === 'person') return <Typography.Text type="secondary">{t(PUBLICATION_TEXTS.notNeeded)}</Typography.Text>;
  const letter = objection.sealedLetter;
  if (!letter) return <Tag color="warning">{t(PUBLICATION_TEXTS.notUploaded)}</Tag>;

  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(sealedLetterUrl(objection.id), letter.fileName);
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tooltip title={`${letter.fileName} · ${formatBytes(letter.size)} · SHA-256 ${letter.sha256.slice(0, 16)}…`}>
      <Button size="small" icon={<DownloadOutlined />} loading={busy} onClick={() => void download()} data-testid={`objection-letter-${objection.id}`}>
        {t(PUBLICATION_TEXTS.download)}
      </Button>
    </Tooltip>
  );
}

/** The cases of a notice, with the objectors' identities (city officers only), their status and the next steps. */
export function ObjectionsTable({ objections, loading, onAct }: ObjectionsTableProps) {
  const { t } = useLocale();
  const columns: TableColumnsType<ObjectionView> = [
    {
      key: 'caseNo',
      title: t(PUBLICATION_TEXTS.caseNo),
      fixed: 'left',
      render: (_, objection) => (
        <Flex vertical gap={2}>
          <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
            {objection.caseNo}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {formatBeijingDateTime(objection.receivedAt)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'project',
      title: t(PUBLICATION_TEXTS.project),
      render: (_, objection) => (
        <Flex vertical gap={2} style={{ minWidth: 160 }}>
          <span>{objection.projectName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {objection.enterpriseName}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'kind', title: t(PUBLICATION_TEXTS.objectorKind), render: (_, objection) => t(OBJECTOR_KIND_LABELS[objection.objectorKind]) },
    { key: 'name', title: t(PUBLICATION_TEXTS.name), dataIndex: 'name' },
    {
      key: 'identity',
      title: t(PUBLICATION_TEXTS.identityNumber),
      render: (_, objection) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }} data-testid={`objection-identity-${objection.id}`}>
          {objection.identityNumber}
        </Typography.Text>
      ),
    },
    {
      key: 'phone',
      title: t(PUBLICATION_TEXTS.phone),
      render: (_, objection) => (
        <Flex vertical gap={2}>
          <span style={{ whiteSpace: 'nowrap' }}>{objection.phone}</span>
          {objection.email && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{objection.email}</Typography.Text>}
          {objection.address && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{objection.address}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'statement', title: t(PUBLICATION_TEXTS.statement), render: (_, objection) => <LongText text={objection.statement} testId={`objection-statement-${objection.id}`} /> },
    { key: 'evidence', title: t(PUBLICATION_TEXTS.evidence), render: (_, objection) => <LongText text={objection.evidence} /> },
    { key: 'letter', title: t(PUBLICATION_TEXTS.sealedLetter), render: (_, objection) => <SealedLetterCell objection={objection} /> },
    {
      key: 'status',
      title: t(PUBLICATION_TEXTS.status),
      render: (_, objection) => (
        <Tag color={OBJECTION_STATUS_COLOURS[objection.status]} style={{ marginInlineEnd: 0 }} data-testid={`objection-status-${objection.id}`}>
          {t(OBJECTION_STATUS_LABELS[objection.status])}
        </Tag>
      ),
    },
    {
      key: 'outcome',
      title: t(PUBLICATION_TEXTS.outcome),
      render: (_, objection) =>
        objection.outcome || objection.upheldAction ? (
          <Flex vertical gap={4}>
            {objection.upheldAction && (
              <Tag color="volcano" style={{ marginInlineEnd: 0, alignSelf: 'flex-start' }}>
                {t(UPHELD_ACTION_LABELS[objection.upheldAction])}
              </Tag>
            )}
            {objection.outcome && <LongText text={objection.outcome} testId={`objection-outcome-${objection.id}`} />}
            {objection.decidedAt && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatBeijingDateTime(objection.decidedAt)}
              </Typography.Text>
            )}
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: t(PUBLICATION_TEXTS.actions),
      fixed: 'right',
      render: (_, objection) =>
        isOpenObjection(objection) ? (
          <Flex gap={4} wrap style={{ minWidth: 120 }}>
            {objection.status === 'received' && (
              <Button size="small" onClick={() => onAct(objection, 'investigate')} data-testid={`objection-investigate-${objection.id}`}>
                {t(PUBLICATION_TEXTS.investigate)}
              </Button>
            )}
            <Button size="small" onClick={() => onAct(objection, 'dismiss')} data-testid={`objection-dismiss-${objection.id}`}>
              {t(PUBLICATION_TEXTS.dismiss)}
            </Button>
            <Button size="small" danger onClick={() => onAct(objection, 'uphold')} data-testid={`objection-uphold-${objection.id}`}>
              {t(PUBLICATION_TEXTS.uphold)}
            </Button>
          </Flex>
        ) : null,
    },
  ];

  return (
    <Table<ObjectionView>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...objections]}
      loading={loading}
      locale={{ emptyText: t(PUBLICATION_TEXTS.objectionsEmpty) }}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true, showSizeChanger: true }}
      scroll={{ x: 'max-content' }}
      onRow={(objection) => ({ 'data-testid': `objection-row-${objection.id}`, 'data-status': objection.status, 'data-case-no': objection.caseNo }) as HTMLAttributes<HTMLElement>}
      data-testid="objections-table"
    />
  );
}
