import { type ApplicationState, ApplicationScoresViewSchema, type CallView, scoreStatistics } from '@shifan/domain';
import { ApiErrorAlert, formatBeijingDateTime, useLocale, useOptionalQuery } from '@shifan/ui';
import { Button, Card, Descriptions, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { ActionModal } from './action-modal';
import { REOPENABLE_STATES } from './catalogue-labels';
import { reopenScore, scoresPath } from './review-api';
import { SCORE_STATUS_LABELS, SCORES_TEXTS } from './review-texts';
import { useReviewAction } from './use-review-action';

type ExpertScore = ReturnType<typeof ApplicationScoresViewSchema.parse>['scores'][number];
type Criterion = CallView['rubric']['criteria'][number];

const STATUS_COLOURS = { none: 'default', draft: 'processing', submitted: 'success' } as const;
const LIST_PAGE_SIZE = 10;

export interface ScoresCardProps {
  applicationId: number;
  state: ApplicationState;
  /** The call's rubric, for the criteria's names; null while the call loads. */
  call: CallView | null;
  /** After a reopening: the application went back to expert review. */
  onReopened: () => void;
}

function CriterionTable({ score, criteria }: { score: ExpertScore; criteria: readonly Criterion[] }) {
  const { t } = useLocale();
  const ids = [...new Set([...criteria.map((criterion) => criterion.id), ...Object.keys(score.points)])];
  const rows = ids.map((id) => ({ id, criterion: criteria.find((item) => item.id === id), points: score.points[id], comment: score.comments[id] }));
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { key: 'criterion', title: t(SCORES_TEXTS.criterion), render: (_, row) => (row.criterion ? t(row.criterion.name) : row.id) },
        { key: 'points', title: t(SCORES_TEXTS.points), align: 'right', render: (_, row) => (row.points === undefined ? '—' : `${row.points}${row.criterion ? ` / ${row.criterion.maxPoints}` : ''}`) },
        { key: 'comment', title: t(SCORES_TEXTS.comment), render: (_, row) => <span style={{ whiteSpace: 'pre-wrap' }}>{row.comment ?? ''}</span> },
      ]}
    />
  );
}

/** 专家评分: every expert's score of the application with outlier flags, and 重新开放 for a submitted one. */
export function ScoresCard({ applicationId, state, call, onReopened }: ScoresCardProps) {
  const { t } = useLocale();
  const scores = useOptionalQuery(scoresPath(applicationId), ApplicationScoresViewSchema);
  const action = useReviewAction();
  const [reopening, setReopening] = useState<ExpertScore | null>(null);
  const reopenable = REOPENABLE_STATES.includes(state);
  const items = scores.data?.scores ?? [];
  const stats = scoreStatistics(items.filter((score) => score.status === 'submitted' && score.total !== null).map((score) => score.total as number));

  const columns: TableColumnsType<ExpertScore> = [
    { key: 'expert', title: t(SCORES_TEXTS.expert), dataIndex: 'expertName' },
    {
      key: 'status',
      title: t(SCORES_TEXTS.status),
      render: (_, score) => (
        <Tag color={STATUS_COLOURS[score.status]} style={{ marginInlineEnd: 0 }}>
          {t(SCORE_STATUS_LABELS[score.status])}
        </Tag>
      ),
    },
    { key: 'total', title: t(SCORES_TEXTS.total), align: 'right', render: (_, score) => (score.total === null ? '—' : score.total) },
    {
      key: 'outlier',
      title: t(SCORES_TEXTS.outlier),
      render: (_, score) =>
        score.outlier ? (
          <Tooltip title={score.outlierReason ?? undefined}>
            <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid={`score-outlier-${score.expertId}`}>
              {t(SCORES_TEXTS.outlierYes)}
            </Tag>
          </Tooltip>
        ) : (
          ''
        ),
    },
    { key: 'outlierReason', title: t(SCORES_TEXTS.outlierReason), render: (_, score) => score.outlierReason ?? '' },
    { key: 'submittedAt', title: t(SCORES_TEXTS.submittedAt), render: (_, score) => formatBeijingDateTime(score.submittedAt) },
    {
      key: 'actions',
      title: '',
      render: (_, score) =>
        score.status === 'submitted' ? (
          <Tooltip title={reopenable ? undefined : t(SCORES_TEXTS.reopenNotNow)}>
            <Button
              size="small"
              disabled={!reopenable}
              onClick={() => {
                action.clearError();
                setReopening(score);
              }}
              data-testid={`reopen-${score.expertId}`}
            >
              {t(SCORES_TEXTS.reopen)}
            </Button>
          </Tooltip>
        ) : null,
    },
  ];

  return (
    <Card size="small" title={t(SCORES_TEXTS.title)} data-testid="review-scores">
      <Flex vertical gap={12}>
        {scores.error && <ApiErrorAlert error={scores.error} />}
        {stats && (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'trimmedMean', label: t(SCORES_TEXTS.trimmedMean), children: <span data-testid="scores-trimmed-mean">{stats.trimmedMean}</span> },
              { key: 'median', label: t(SCORES_TEXTS.median), children: stats.median },
              { key: 'spread', label: t(SCORES_TEXTS.spread), children: stats.spread },
            ]}
          />
        )}
        <Table<ExpertScore>
          rowKey="assignmentId"
          size="small"
          columns={columns}
          dataSource={items}
          loading={scores.loading}
          locale={{ emptyText: t(SCORES_TEXTS.none) }}
          expandable={{ expandedRowRender: (score) => <CriterionTable score={score} criteria={call?.rubric.criteria ?? []} />, rowExpandable: (score) => Object.keys(score.points).length > 0 }}
          pagination={{ pageSize: LIST_PAGE_SIZE, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          data-testid="scores-table"
        />
        {!reopenable && items.some((score) => score.status === 'submitted') && (
          <Typography.Text type="secondary">{t(SCORES_TEXTS.reopenNotNow)}</Typography.Text>
        )}
      </Flex>
      <ActionModal
        open={reopening !== null}
        title={SCORES_TEXTS.reopenTitle}
        description={
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            {reopening ? <Typography.Text strong>{reopening.expertName}</Typography.Text> : null} {t(SCORES_TEXTS.reopenText)}
          </Typography.Paragraph>
        }
        okText={SCORES_TEXTS.reopen}
        reason={{ label: SCORES_TEXTS.reopenReason, required: true }}
        busy={action.busy}
        error={action.error}
        onSubmit={(reason) => {
          if (!reopening) return;
          void action.run(() => reopenScore(applicationId, reopening.expertId, reason.trim()), {
            success: SCORES_TEXTS.reopened,
            onDone: () => {
              setReopening(null);
              scores.reload();
              onReopened();
            },
            onStale: () => {
              setReopening(null);
              scores.reload();
              onReopened();
            },
          });
        }}
        onCancel={() => setReopening(null)}
        testId="reopen"
      />
    </Card>
  );
}
