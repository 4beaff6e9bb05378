import { TrophyOutlined } from '@ant-design/icons';
import type { RankingRow } from '@shifan/domain';
import { ApplicationStateTag, RouterButton, useLocale } from '@shifan/ui';
import { Card, Table, type TableColumnsType, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { unitLabel, subFieldLabel } from '../review/catalogue-labels';
import { applicationLink } from '../review/review-table';
import { PUBLICATION_TEXTS } from './publication-texts';

export interface ShortlistCardProps {
  callId: number;
  /** The ranking's shortlisted rows, by rank. */
  rows: readonly RankingRow[];
  loading: boolean;
}

/** The call's shortlist (拟入选名单) as the ranking gives it: what the notice publishes. */
export function ShortlistCard({ callId, rows, loading }: ShortlistCardProps) {
  const { t } = useLocale();
  const columns: TableColumnsType<RankingRow> = [
    { key: 'rank', title: t(PUBLICATION_TEXTS.rank), dataIndex: 'rank', width: 64 },
    {
      key: 'receipt',
      title: t(PUBLICATION_TEXTS.receiptNo),
      render: (_, row) => <Link to={applicationLink(row.applicationId)}>{row.receiptNo ?? `#${row.applicationId}`}</Link>,
    },
    { key: 'enterprise', title: t(PUBLICATION_TEXTS.enterprise), dataIndex: 'enterpriseName' },
    { key: 'project', title: t(PUBLICATION_TEXTS.project), dataIndex: 'projectName' },
    { key: 'district', title: t(PUBLICATION_TEXTS.district), render: (_, row) => t(unitLabel(row.recommendingUnitCode)) },
    { key: 'subField', title: t(PUBLICATION_TEXTS.subField), render: (_, row) => t(subFieldLabel(row.subFieldCode)) },
    { key: 'trimmedMean', title: t(PUBLICATION_TEXTS.trimmedMean), align: 'right', render: (_, row) => row.trimmedMean.toFixed(2) },
    { key: 'state', title: t(PUBLICATION_TEXTS.state), render: (_, row) => <ApplicationStateTag state={row.state} /> },
  ];
  return (
    <Card
      size="small"
      title={t(PUBLICATION_TEXTS.shortlistTitle)}
      extra={
        <RouterButton size="small" icon={<TrophyOutlined />} to={`/ranking?callId=${callId}`}>
          {t(PUBLICATION_TEXTS.toRanking)}
        </RouterButton>
      }
    >
      <Typography.Paragraph type="secondary">{t(PUBLICATION_TEXTS.shortlistIntro)}</Typography.Paragraph>
      <Table<RankingRow>
        rowKey="applicationId"
        size="small"
        columns={columns}
        dataSource={[...rows]}
        loading={loading}
        locale={{ emptyText: t(PUBLICATION_TEXTS.shortlistEmpty) }}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ 'data-testid': `shortlist-row-${row.applicationId}` }) as HTMLAttributes<HTMLElement>}
        data-testid="shortlist-table"
      />
    </Card>
  );
}
