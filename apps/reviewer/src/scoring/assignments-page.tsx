import { ASSIGNMENT_STATUSES, type ExpertAssignmentSummary, SCORE_STATUSES } from '@shifan/domain';
import { ApiErrorAlert, LIST_TEXTS, PageHeading, RouterButton, useApiQuery, useListParams, useLocale, useTablePagination } from '@shifan/ui';
import { Alert, Button, Flex, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { fieldName, fullFieldName } from '../experts/field-options';
import { ASSIGNMENT_STATUS_LABELS, type AssignmentStatus, AssignmentStatusTag, formatTotal, SCORE_STATUS_LABELS, type ScoreStatus, ScoreStatusTag } from './assignment-labels';
import { ASSIGNMENTS_PATH, AssignmentListSchema } from './scoring-api';
import { ASSIGNMENTS_TEXTS, steppedDownText, todoText } from './scoring-texts';

const FILTER_KEYS = ['status', 'score'] as const;

function pick<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return (allowed as readonly (string | undefined)[]).includes(value) ? (value as T) : undefined;
}

/** Still to do: declare, or score (a draft counts) unless the expert stepped down. */
function isOpen(assignment: ExpertAssignmentSummary): boolean {
  if (assignment.status === 'conflict' || assignment.status === 'declined') return false;
  return assignment.status === 'pending' || assignment.scoreStatus !== 'submitted';
}

/** What the score page opened from the list is for: the link's wording. */
function actionText(assignment: ExpertAssignmentSummary) {
  if (assignment.status === 'pending') return ASSIGNMENTS_TEXTS.start;
  if (assignment.status === 'confirmed' && assignment.scoreStatus !== 'submitted') return ASSIGNMENTS_TEXTS.continue;
  return ASSIGNMENTS_TEXTS.view;
}

/** Set by the score page after the expert declares a conflict and steps down. */
export interface AssignmentsLocationState {
  steppedDown?: string;
}

/** `/assignments` (experts): the applications assigned to the signed-in expert; filters and pages are client-side. */
export function AssignmentsPage() {
  const { t } = useLocale();
  const location = useLocation();
  const steppedDown = (location.state as AssignmentsLocationState | null)?.steppedDown;
  const params = useListParams(FILTER_KEYS);
  const status = pick<AssignmentStatus>(ASSIGNMENT_STATUSES, params.filters.status);
  const score = pick<ScoreStatus>(SCORE_STATUSES, params.filters.score);
  const query = useApiQuery(ASSIGNMENTS_PATH, AssignmentListSchema);
  const all = useMemo(() => query.data ?? [], [query.data]);
  const filtered = useMemo(
    () => all.filter((assignment) => (status === undefined || assignment.status === status) && (score === undefined || assignment.scoreStatus === score)),
    [all, status, score],
  );
  const pagination = useTablePagination(params, filtered.length);
  const open = all.filter(isOpen).length;

  const columns = useMemo<TableColumnsType<ExpertAssignmentSummary>>(
    () => [
      {
        key: 'project',
        title: t(ASSIGNMENTS_TEXTS.project),
        render: (_, assignment) => (
          <Flex vertical gap={2} style={{ minWidth: 200, maxWidth: 360 }}>
            <Link to={`/assignments/${assignment.applicationId}`} data-testid={`assignment-link-${assignment.applicationId}`}>
              {assignment.projectName}
            </Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {assignment.callTitle}
            </Typography.Text>
          </Flex>
        ),
      },
      {
        key: 'enterprise',
        title: t(ASSIGNMENTS_TEXTS.enterprise),
        render: (_, assignment) =>
          assignment.enterpriseName === null ? (
            <Tag color="geekblue" style={{ marginInlineEnd: 0 }} data-testid={`assignment-blind-${assignment.applicationId}`}>
              {t(ASSIGNMENTS_TEXTS.anonymous)}
            </Tag>
          ) : (
            assignment.enterpriseName
          ),
      },
      { key: 'panel', title: t(ASSIGNMENTS_TEXTS.panel), dataIndex: 'panelName' },
      {
        key: 'field',
        title: t(ASSIGNMENTS_TEXTS.field),
        render: (_, assignment) => (assignment.subFieldCode ? <span title={t(fullFieldName(assignment.subFieldCode))}>{t(fieldName(assignment.subFieldCode))}</span> : '—'),
      },
      { key: 'declaration', title: t(ASSIGNMENTS_TEXTS.declaration), render: (_, assignment) => <AssignmentStatusTag status={assignment.status} testId={`assignment-status-${assignment.applicationId}`} /> },
      { key: 'score', title: t(ASSIGNMENTS_TEXTS.score), render: (_, assignment) => <ScoreStatusTag status={assignment.scoreStatus} testId={`assignment-score-${assignment.applicationId}`} /> },
      { key: 'total', title: t(ASSIGNMENTS_TEXTS.total), align: 'right', render: (_, assignment) => formatTotal(assignment.total) },
      {
        key: 'actions',
        title: t(LIST_TEXTS.actions),
        fixed: 'right',
        render: (_, assignment) =>
          assignment.status === 'conflict' || assignment.status === 'declined' ? (
            <Typography.Text type="secondary">—</Typography.Text>
          ) : (
            <RouterButton size="small" type={isOpen(assignment) ? 'primary' : 'default'} to={`/assignments/${assignment.applicationId}`} data-testid={`assignment-open-${assignment.applicationId}`}>
              {t(actionText(assignment))}
            </RouterButton>
          ),
      },
    ],
    [t],
  );

  return (
    <>
      <PageHeading title={ASSIGNMENTS_TEXTS.title} intro={ASSIGNMENTS_TEXTS.intro} />
      <Flex vertical gap={16}>
        {steppedDown && <Alert type="warning" showIcon title={t(ASSIGNMENTS_TEXTS.steppedDownTitle)} description={t(steppedDownText(steppedDown))} data-testid="stepped-down" />}
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Flex gap={12} wrap>
            <Select<AssignmentStatus>
              allowClear
              value={status}
              placeholder={t(ASSIGNMENTS_TEXTS.statusFilter)}
              aria-label={t(ASSIGNMENTS_TEXTS.statusFilter)}
              options={ASSIGNMENT_STATUSES.map((value) => ({ value, label: t(ASSIGNMENT_STATUS_LABELS[value]) }))}
              onChange={(value) => params.setFilters({ status: value })}
              popupMatchSelectWidth={false}
              style={{ width: 200 }}
              data-testid="filter-status"
            />
            <Select<ScoreStatus>
              allowClear
              value={score}
              placeholder={t(ASSIGNMENTS_TEXTS.scoreFilter)}
              aria-label={t(ASSIGNMENTS_TEXTS.scoreFilter)}
              options={SCORE_STATUSES.map((value) => ({ value, label: t(SCORE_STATUS_LABELS[value]) }))}
              onChange={(value) => params.setFilters({ score: value })}
              style={{ width: 180 }}
              data-testid="filter-score"
            />
            {(status !== undefined || score !== undefined) && <Button onClick={() => params.setFilters({ status: undefined, score: undefined })}>{t(ASSIGNMENTS_TEXTS.reset)}</Button>}
          </Flex>
          {query.data && (
            <Typography.Text type={open > 0 ? 'warning' : 'success'} data-testid="assignments-todo" data-count={open}>
              {t(todoText(open))}
            </Typography.Text>
          )}
        </Flex>
        {query.error && <ApiErrorAlert error={query.error} />}
        <Table<ExpertAssignmentSummary>
          rowKey="applicationId"
          size="middle"
          columns={columns}
          dataSource={filtered}
          loading={query.loading}
          pagination={pagination}
          locale={{ emptyText: t(ASSIGNMENTS_TEXTS.empty) }}
          scroll={{ x: 'max-content' }}
          data-testid="assignments-table"
        />
      </Flex>
    </>
  );
}
