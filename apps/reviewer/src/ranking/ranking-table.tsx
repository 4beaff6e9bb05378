import { RANKING_DECISION_LABELS, type RankingRow, type RankingView } from '@shifan/domain';
import { ApplicationStateTag, useLocale } from '@shifan/ui';
import { Button, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes, ReactNode, TdHTMLAttributes } from 'react';
import { Link } from 'react-router';
import { unitLabel, subFieldLabel } from '../review/catalogue-labels';
import { applicationLink } from '../review/review-table';
import { canShortlist, isUndecided, type RankingItem, rankingItemKey, withRankingLines } from './ranking-lines';
import { passLineText, quotaLineText, RANKING_TEXTS } from './ranking-texts';
import type { ShortlistChoice } from './shortlist-modal';

const WITHIN_QUOTA_BACKGROUND = '#f6ffed';
const PAGE_SIZES = ['20', '50', '100'];

export interface RankingTableProps {
  ranking: RankingView;
  loading: boolean;
  onDecide: (row: RankingRow, decision: ShortlistChoice) => void;
}

function LineCell({ item, ranking }: { item: Exclude<RankingItem, { kind: 'row' }>; ranking: RankingView }) {
  const { t } = useLocale();
  const quota = item.kind === 'quota';
  const colour = quota ? '#cf1322' : '#d48806';
  return (
    <Flex align="center" gap={12} data-testid={quota ? 'quota-line' : 'pass-line'} data-above={item.above}>
      <div style={{ flex: 1, borderTop: `2px dashed ${colour}` }} />
      <Typography.Text strong style={{ color: colour, whiteSpace: 'nowrap' }}>
        {t(quota ? quotaLineText(ranking.quota, item.above) : passLineText(ranking.passLine, item.above))}
      </Typography.Text>
      <div style={{ flex: 1, borderTop: `2px dashed ${colour}` }} />
    </Flex>
  );
}

/** `data-*` attributes for a table row (`onRow`), which React passes on to the `<tr>`. */
function dataAttributes(values: Readonly<Record<string, string>>): HTMLAttributes<HTMLElement> {
  return values as HTMLAttributes<HTMLElement>;
}

/** The ranking with the quota line drawn in; rows within the quota are highlighted; undecided rows can be decided. */
export function RankingTable({ ranking, loading, onDecide }: RankingTableProps) {
  const { t } = useLocale();
  const items = withRankingLines(ranking.rows);

  const row = (render: (row: RankingRow) => ReactNode) => (_: unknown, item: RankingItem) => (item.kind === 'row' ? render(item.row) : null);
  const columns: TableColumnsType<RankingItem> = [
    { key: 'rank', title: t(RANKING_TEXTS.rank), width: 64, render: (_, item) => (item.kind === 'row' ? <Typography.Text strong>{item.row.rank}</Typography.Text> : <LineCell item={item} ranking={ranking} />) },
    {
      key: 'receipt',
      title: t(RANKING_TEXTS.receiptNo),
      render: row((r) => (
        <Link to={applicationLink(r.applicationId)} data-testid={`ranking-link-${r.applicationId}`}>
          {r.receiptNo ?? `#${r.applicationId}`}
        </Link>
      )),
    },
    { key: 'enterprise', title: t(RANKING_TEXTS.enterprise), render: row((r) => r.enterpriseName) },
    { key: 'district', title: t(RANKING_TEXTS.district), render: row((r) => t(unitLabel(r.recommendingUnitCode))) },
    { key: 'subField', title: t(RANKING_TEXTS.subField), render: row((r) => t(subFieldLabel(r.subFieldCode))) },
    { key: 'project', title: t(RANKING_TEXTS.project), render: row((r) => <span style={{ display: 'inline-block', minWidth: 160 }}>{r.projectName}</span>) },
    { key: 'totals', title: t(RANKING_TEXTS.totals), render: row((r) => <Typography.Text style={{ whiteSpace: 'nowrap' }}>{r.totals.map(score).join(' / ')}</Typography.Text>) },
    { key: 'trimmedMean', title: t(RANKING_TEXTS.trimmedMean), align: 'right', render: row((r) => <Typography.Text strong data-testid={`trimmed-mean-${r.applicationId}`}>{score(r.trimmedMean)}</Typography.Text>) },
    { key: 'median', title: t(RANKING_TEXTS.median), align: 'right', render: row((r) => score(r.median)) },
    { key: 'spread', title: t(RANKING_TEXTS.spread), align: 'right', render: row((r) => score(r.spread)) },
    { key: 'outliers', title: t(RANKING_TEXTS.outliers), align: 'right', render: row((r) => (r.outliers > 0 ? <Tag color="orange" style={{ marginInlineEnd: 0 }}>{r.outliers}</Tag> : 0)) },
    {
      key: 'passed',
      title: t(RANKING_TEXTS.passed),
      render: row((r) => (
        <Tag color={r.passed ? 'success' : 'default'} style={{ marginInlineEnd: 0 }}>
          {t(r.passed ? RANKING_TEXTS.yes : RANKING_TEXTS.no)}
        </Tag>
      )),
    },
    {
      key: 'withinQuota',
      title: t(RANKING_TEXTS.withinQuota),
      render: row((r) => (
        <Tag color={r.withinQuota ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
          {t(r.withinQuota ? RANKING_TEXTS.yes : RANKING_TEXTS.no)}
        </Tag>
      )),
    },
    { key: 'state', title: t(RANKING_TEXTS.state), render: row((r) => <ApplicationStateTag state={r.state} />) },
    {
      key: 'decision',
      title: t(RANKING_TEXTS.decision),
      render: row((r) =>
        r.decision ? (
          <Tooltip title={r.decisionReason ?? undefined}>
            <Tag color={r.decision === 'shortlisted' ? 'geekblue' : 'default'} style={{ marginInlineEnd: 0 }} data-testid={`decision-${r.applicationId}`} data-decision={r.decision}>
              {t(RANKING_DECISION_LABELS[r.decision])}
            </Tag>
          </Tooltip>
        ) : (
          '—'
        ),
      ),
    },
    {
      key: 'actions',
      title: t(RANKING_TEXTS.actions),
      fixed: 'right',
      render: row((r) => {
        if (!isUndecided(r)) return null;
        const allowed = canShortlist(r, ranking);
        const why = !r.passed ? RANKING_TEXTS.notPassed : ranking.shortlisted >= ranking.quota ? RANKING_TEXTS.quotaFull : null;
        return (
          <Flex gap={4}>
            <Tooltip title={why ? t(why) : undefined}>
              <Button size="small" type="primary" disabled={!allowed} onClick={() => onDecide(r, 'shortlist')} data-testid={`shortlist-${r.applicationId}`}>
                {t(RANKING_TEXTS.shortlist)}
              </Button>
            </Tooltip>
            <Button size="small" danger onClick={() => onDecide(r, 'decline')} data-testid={`decline-${r.applicationId}`}>
              {t(RANKING_TEXTS.decline)}
            </Button>
          </Flex>
        );
      }),
    },
  ];

  // A line spans the whole row; a row within the quota is tinted.
  const cellProps = (index: number) => (item: RankingItem): TdHTMLAttributes<HTMLTableCellElement> => {
    if (item.kind !== 'row') return { colSpan: index === 0 ? columns.length : 0, style: { padding: '4px 8px', background: '#fafafa' } };
    return item.row.withinQuota ? { style: { background: WITHIN_QUOTA_BACKGROUND } } : {};
  };

  return (
    <Table<RankingItem>
      rowKey={rankingItemKey}
      size="middle"
      columns={columns.map((column, index) => ({ ...column, onCell: cellProps(index) }))}
      dataSource={items}
      loading={loading}
      locale={{ emptyText: t(RANKING_TEXTS.empty) }}
      pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: PAGE_SIZES, hideOnSinglePage: false }}
      scroll={{ x: 'max-content' }}
      onRow={(item) =>
        dataAttributes(
          item.kind === 'row'
            ? { 'data-testid': `ranking-row-${item.row.applicationId}`, 'data-within-quota': String(item.row.withinQuota), 'data-passed': String(item.row.passed) }
            : { 'data-testid': `ranking-${item.kind}-line` },
        )
      }
      data-testid="ranking-table"
    />
  );
}

/** Scores print with two decimals, as the domain rounds them (0.01). */
function score(value: number): string {
  return value.toFixed(2);
}
