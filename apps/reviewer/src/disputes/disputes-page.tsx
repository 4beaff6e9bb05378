import { DISPUTE_STATUS_LABELS, DISPUTE_STATUSES, DisputePageSchema, type DisputeView, DisputeViewSchema, VERIFICATION_DOCUMENT_LABELS } from '@shifan/domain';
import { ApiErrorAlert, apiSend, formatBytes, formatDateTime, PageHeading, useListParams, useLocale, usePagedList, useTablePagination } from '@shifan/ui';
import { App, Button, Descriptions, Drawer, Flex, Input, Segmented, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useDecision } from '../decisions/use-decision';
import { DISPUTES_TEXTS } from './disputes-texts';

export const DISPUTES_PATH = '/api/admin/disputes';
const STATUS_COLOURS = { awaiting_documents: 'default', open: 'processing', upheld: 'error', dismissed: 'default' } as const;

/** The administrator's USCC disputes: by state, paginated; open one to read it, view its documents and decide. */
export function DisputesPage() {
  const { t } = useLocale();
  const params = useListParams(['status'] as const);
  const status = params.filters.status ?? 'open';
  const list = usePagedList(DISPUTES_PATH, { ...params.query, status }, DisputePageSchema);
  const pagination = useTablePagination(params, list.data?.total ?? 0);
  const [open, setOpen] = useState<DisputeView | null>(null);

  const columns: TableColumnsType<DisputeView> = [
    { key: 'caseNo', title: t(DISPUTES_TEXTS.caseNo), dataIndex: 'caseNo' },
    { key: 'uscc', title: t(DISPUTES_TEXTS.uscc), dataIndex: 'uscc', responsive: ['md'] },
    { key: 'registeredName', title: t(DISPUTES_TEXTS.registeredName), dataIndex: 'registeredName', responsive: ['lg'] },
    { key: 'claimedName', title: t(DISPUTES_TEXTS.claimedName), dataIndex: 'claimedName', responsive: ['lg'] },
    { key: 'filedAt', title: t(DISPUTES_TEXTS.filedAt), render: (_, row) => formatDateTime(row.filedAt), responsive: ['md'] },
    { key: 'status', title: t(DISPUTES_TEXTS.status), render: (_, row) => <Tag color={STATUS_COLOURS[row.status]}>{t(DISPUTE_STATUS_LABELS[row.status])}</Tag> },
    {
      key: 'open',
      title: '',
      render: (_, row) => (
        <Button size="small" onClick={() => setOpen(row)} data-testid={`dispute-open-${row.id}`}>
          {t(DISPUTES_TEXTS.open)}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeading title={DISPUTES_TEXTS.title} intro={DISPUTES_TEXTS.intro} />
      <Flex vertical gap={16}>
        <Segmented
          value={status}
          onChange={(value) => params.setFilters({ status: String(value) })}
          options={DISPUTE_STATUSES.map((candidate) => ({ value: candidate, label: t(DISPUTE_STATUS_LABELS[candidate]) }))}
          data-testid="dispute-status-filter"
        />
        {list.error && <ApiErrorAlert error={list.error} />}
        <Table
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          pagination={pagination}
          locale={{ emptyText: t(DISPUTES_TEXTS.empty) }}
          scroll={{ x: 'max-content' }}
          data-testid="disputes-table"
        />
      </Flex>
      {open && (
        <DisputeDrawer
          dispute={open}
          onClose={() => setOpen(null)}
          onDecided={() => {
            setOpen(null);
            list.reload();
          }}
        />
      )}
    </>
  );
}

function DisputeDrawer({ dispute, onClose, onDecided }: { dispute: DisputeView; onClose: () => void; onDecided: () => void }) {
  const { t } = useLocale();
  const { message, modal } = App.useApp();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useDecision();

  const decide = (decision: 'uphold' | 'dismiss') =>
    run(async () => {
      await apiSend(`${DISPUTES_PATH}/${dispute.id}/decision`, 'POST', { decision, reason }, DisputeViewSchema);
      void message.success(t(DISPUTES_TEXTS.decided));
      onDecided();
    });

  return (
    <Drawer open onClose={onClose} title={`${dispute.caseNo} · ${dispute.uscc}`} size="min(736px, 100vw)" data-testid="dispute-drawer">
      <Flex vertical gap={16}>
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'registered', label: t(DISPUTES_TEXTS.registeredName), children: dispute.registeredName },
            { key: 'claimed', label: t(DISPUTES_TEXTS.claimedName), children: dispute.claimedName },
            { key: 'claimant', label: t(DISPUTES_TEXTS.claimant), children: `${dispute.contactName} · ${dispute.mobile} · ${dispute.email}` },
            { key: 'statement', label: t(DISPUTES_TEXTS.statement), children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{dispute.statement}</Typography.Paragraph> },
            ...(dispute.reason ? [{ key: 'reason', label: t(DISPUTES_TEXTS.reason), children: dispute.reason }] : []),
          ]}
        />
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t(DISPUTES_TEXTS.documents)}
        </Typography.Title>
        {dispute.documents.map((document) => (
          <Space key={document.kind} wrap>
            <Typography.Text strong>{t(VERIFICATION_DOCUMENT_LABELS[document.kind])}</Typography.Text>
            <Button href={`${DISPUTES_PATH}/${dispute.id}/documents/${document.kind}`} target="_blank" rel="noreferrer" size="small">
              {t(DISPUTES_TEXTS.view)} ({formatBytes(document.size)})
            </Button>
          </Space>
        ))}
        {dispute.status === 'open' && (
          <Flex vertical gap={8}>
            <Input.TextArea value={reason} onChange={(event) => setReason(event.target.value)} placeholder={t(DISPUTES_TEXTS.reason)} maxLength={500} rows={3} data-testid="dispute-reason" />
            {error && <Typography.Text type="danger">{error}</Typography.Text>}
            <Space wrap>
              <Button
                danger
                type="primary"
                loading={busy}
                onClick={() => modal.confirm({ title: t(DISPUTES_TEXTS.upholdConfirm), onOk: () => decide('uphold') })}
                data-testid="dispute-uphold"
              >
                {t(DISPUTES_TEXTS.uphold)}
              </Button>
              <Button loading={busy} onClick={() => void decide('dismiss')} data-testid="dispute-dismiss">
                {t(DISPUTES_TEXTS.dismiss)}
              </Button>
            </Space>
          </Flex>
        )}
      </Flex>
    </Drawer>
  );
}
