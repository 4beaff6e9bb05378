import { type AuditEntryView, isRole, ROLE_LABELS } from '@shifan/domain';
import { formatDateTime, type ListParams, useLocale, useTablePagination } from '@shifan/ui';
import { Flex, Table, type TableColumnsType, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { AUDIT_ACTION_LABELS } from './audit-actions';
import type { AuditFilterKey } from './audit-filters';
import { AUDIT_TEXTS } from './audit-texts';

export interface AuditTableProps {
  entries: readonly AuditEntryView[];
  total: number;
  loading: boolean;
  params: ListParams<AuditFilterKey>;
}

function DetailLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex gap={8} align="baseline">
      <Typography.Text type="secondary" style={{ flex: 'none', minWidth: 80 }}>
        {label}
      </Typography.Text>
      <div style={{ minWidth: 0, wordBreak: 'break-all' }}>{children}</div>
    </Flex>
  );
}

/** The opened row: the record's details as JSON, its request id and hash. Plain blocks, so the table keeps its width. */
function AuditEntryDetail({ entry }: { entry: AuditEntryView }) {
  const { t } = useLocale();
  return (
    <Flex vertical gap={6} style={{ maxWidth: 880 }} data-testid="audit-entry-detail">
      <DetailLine label={t(AUDIT_TEXTS.detail)}>
        {entry.detail ? <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>{JSON.stringify(entry.detail, null, 2)}</pre> : t(AUDIT_TEXTS.noDetail)}
      </DetailLine>
      <DetailLine label={t(AUDIT_TEXTS.requestId)}>{entry.requestId ? <Typography.Text copyable>{entry.requestId}</Typography.Text> : '—'}</DetailLine>
      <DetailLine label={t(AUDIT_TEXTS.hash)}>
        <Typography.Text code>{entry.hash}</Typography.Text>
      </DetailLine>
    </Flex>
  );
}

/** The audit trail, newest first, a page at a time; a row opens to its details, request id and hash. */
export function AuditTable({ entries, total, loading, params }: AuditTableProps) {
  const { t } = useLocale();
  const pagination = useTablePagination(params, total);
  const columns = useMemo<TableColumnsType<AuditEntryView>>(
    () => [
      { key: 'seq', title: t(AUDIT_TEXTS.seq), dataIndex: 'seq', width: 72 },
      { key: 'time', title: t(AUDIT_TEXTS.time), render: (_, entry) => formatDateTime(entry.occurredAt, true), width: 170 },
      {
        key: 'actor',
        title: t(AUDIT_TEXTS.actor),
        render: (_, entry) => (
          <Flex vertical>
            <span>{entry.actorName ?? t(AUDIT_TEXTS.system)}</span>
            {entry.actorRole && <Typography.Text type="secondary">{isRole(entry.actorRole) ? t(ROLE_LABELS[entry.actorRole]) : entry.actorRole}</Typography.Text>}
          </Flex>
        ),
      },
      {
        key: 'action',
        title: t(AUDIT_TEXTS.action),
        render: (_, entry) => {
          const label = AUDIT_ACTION_LABELS[entry.action];
          return (
            <Flex vertical>
              {label && <span>{t(label)}</span>}
              <Typography.Text type="secondary" code>
                {entry.action}
              </Typography.Text>
            </Flex>
          );
        },
      },
      { key: 'target', title: t(AUDIT_TEXTS.target), render: (_, entry) => (entry.targetType ? `${entry.targetType} #${entry.targetId ?? ''}` : '—') },
      { key: 'address', title: t(AUDIT_TEXTS.address), render: (_, entry) => entry.address ?? '—' },
    ],
    [t],
  );

  return (
    <Table<AuditEntryView>
      rowKey="seq"
      size="middle"
      columns={columns}
      dataSource={[...entries]}
      loading={loading}
      pagination={pagination}
      expandable={{ expandedRowRender: (entry) => <AuditEntryDetail entry={entry} /> }}
      scroll={{ x: 'max-content' }}
      data-testid="audit-table"
    />
  );
}
