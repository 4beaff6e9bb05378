import { type CallView, findProgrammeCategory, type LocalizedText } from '@shifan/domain';
import { type ListParams, useLocale, useTablePagination } from '@shifan/ui';
import { Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { formatBeijing, formatDeadline } from './beijing-time';
import type { CallFilterKey } from './call-filters';
import { CallStatusTag } from './call-status-tag';
import { CALLS_TEXTS, LEVEL_LABELS, versionText } from './calls-texts';

/** A time column's heading, with the time zone on a second line. */
function TimeHeading({ title }: { title: LocalizedText }) {
  const { t } = useLocale();
  return (
    <Flex vertical>
      <span>{t(title)}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
        {t(CALLS_TEXTS.beijingTime)}
      </Typography.Text>
    </Flex>
  );
}

export interface CallsTableProps {
  calls: readonly CallView[];
  total: number;
  loading: boolean;
  params: ListParams<CallFilterKey>;
  now: Date;
}

/** The calls, newest deadline first, a page at a time; the title opens the call. */
export function CallsTable({ calls, total, loading, params, now }: CallsTableProps) {
  const { t } = useLocale();
  const pagination = useTablePagination(params, total);
  const columns = useMemo<TableColumnsType<CallView>>(
    () => [
      {
        key: 'title',
        title: t(CALLS_TEXTS.callTitle),
        render: (_, call) => (
          <Flex vertical gap={2} style={{ minWidth: 240, maxWidth: 380 }}>
            <Link to={`/calls/${call.id}`} data-testid={`call-link-${call.id}`}>
              {call.title}
            </Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {(() => {
                const category = findProgrammeCategory(call.category);
                return `${category ? t(category.name) : call.category} · ${t(LEVEL_LABELS[call.level])}`;
              })()}
            </Typography.Text>
          </Flex>
        ),
      },
      { key: 'year', title: t(CALLS_TEXTS.year), dataIndex: 'year', width: 72 },
      { key: 'status', title: t(CALLS_TEXTS.status), render: (_, call) => <CallStatusTag call={call} now={now} /> },
      { key: 'opensAt', title: <TimeHeading title={CALLS_TEXTS.opensOn} />, render: (_, call) => formatBeijing(call.opensAt) },
      { key: 'deadlineAt', title: <TimeHeading title={CALLS_TEXTS.deadline} />, render: (_, call) => formatDeadline(call.deadlineAt) },
      { key: 'quota', title: t(CALLS_TEXTS.quota), render: (_, call) => call.settings.quota, align: 'right', width: 72 },
      {
        key: 'publishedVersion',
        title: t(CALLS_TEXTS.publishedVersion),
        render: (_, call) => (
          <span data-testid="published-version" data-version={call.publishedVersion}>
            {call.publishedVersion > 0 ? t(versionText(call.publishedVersion)) : <Typography.Text type="secondary">{t(versionText(0))}</Typography.Text>}
          </span>
        ),
      },
    ],
    [t, now],
  );

  return (
    <Table<CallView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...calls]}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      data-testid="calls-table"
    />
  );
}
