import type { PanelScoresViewSchema } from '@shifan/domain';
import { type ApiQuery, ApiErrorAlert, totalText, useLocale } from '@shifan/ui';
import { Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { z } from 'zod';
import { formatTotal } from './assignment-labels';
import { labelled, SCORE_TEXTS } from './scoring-texts';

type PanelScores = z.infer<typeof PanelScoresViewSchema>;
type Row = PanelScores['totals'][number] & { key: number };

/** The panel's submitted totals without names (the expert's own marked), and their trimmed mean. */
export function PanelScoresCard({ query }: { query: ApiQuery<PanelScores> }) {
  const { t } = useLocale();
  const rows = useMemo<Row[]>(() => (query.data?.totals ?? []).map((total, index) => ({ ...total, key: index })), [query.data]);
  const columns = useMemo<TableColumnsType<Row>>(
    () => [
      {
        key: 'expert',
        title: t(SCORE_TEXTS.expert),
        render: (_, row) => (
          <Flex gap={6} align="center">
            <span>{row.expertLabel}</span>
            {row.own && (
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {t(SCORE_TEXTS.mine)}
              </Tag>
            )}
          </Flex>
        ),
      },
      { key: 'total', title: t(SCORE_TEXTS.total), align: 'right', render: (_, row) => <Typography.Text strong={row.own}>{formatTotal(row.total)}</Typography.Text> },
    ],
    [t],
  );
  return (
    <Card
      title={t(SCORE_TEXTS.panelScores)}
      extra={
        query.data && (
          <span data-testid="panel-trimmed-mean" data-value={query.data.trimmedMean ?? ''}>
            {t(labelled(SCORE_TEXTS.trimmedMean))}<Typography.Text strong>{formatTotal(query.data.trimmedMean)}</Typography.Text>
          </span>
        )
      }
      data-testid="panel-scores"
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t(SCORE_TEXTS.panelScoresIntro)}</Typography.Text>
        {query.error && <ApiErrorAlert error={query.error} />}
        <Table<Row>
          size="small"
          columns={columns}
          dataSource={rows}
          loading={query.loading}
          locale={{ emptyText: t(SCORE_TEXTS.noTotals) }}
          pagination={{ defaultPageSize: 10, hideOnSinglePage: true, showTotal: (count) => t(totalText(count)) }}
        />
      </Flex>
    </Card>
  );
}
