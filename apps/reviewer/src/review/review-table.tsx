import type { ReviewApplicationSummary } from '@shifan/domain';
import { ApplicationStateTag, formatBeijingDateTime, type ListParams, useLocale, useTablePagination } from '@shifan/ui';
import { Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { type HTMLAttributes, useMemo } from 'react';
import { Link } from 'react-router';
import { unitLabel, subFieldLabel } from './catalogue-labels';
import type { ReviewFilterKey } from './review-filters';
import { priorityText, REVIEW_TEXTS, VERDICT_LABELS } from './review-texts';

const VERDICT_COLOURS = { eligible: 'success', ineligible: 'error', incomplete: 'warning' } as const;

export function applicationLink(id: number): string {
  return `/applications/${id}`;
}

export interface ReviewTableProps {
  applications: readonly ReviewApplicationSummary[];
  total: number;
  loading: boolean;
  params: ListParams<ReviewFilterKey>;
  /** City officers see every 推荐单位. */
  showDistrict: boolean;
  /** Recommending-unit officers see their recommendation order. */
  showPriority: boolean;
  testId: string;
}

/** A page of applications under review; the project name opens the application. */
export function ReviewTable({ applications, total, loading, params, showDistrict, showPriority, testId }: ReviewTableProps) {
  const { t } = useLocale();
  const pagination = useTablePagination(params, total);
  const columns = useMemo<TableColumnsType<ReviewApplicationSummary>>(() => {
    const all: TableColumnsType<ReviewApplicationSummary> = [
      {
        key: 'project',
        title: t(REVIEW_TEXTS.project),
        render: (_, application) => (
          <Flex vertical gap={2} style={{ minWidth: 220, maxWidth: 360 }}>
            <Link to={applicationLink(application.id)} data-testid={`application-link-${application.id}`}>
              {application.projectName || t(REVIEW_TEXTS.none)}
            </Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {application.receiptNo ?? t(REVIEW_TEXTS.none)} · {application.callTitle}
            </Typography.Text>
          </Flex>
        ),
      },
      {
        key: 'enterprise',
        title: t(REVIEW_TEXTS.enterprise),
        render: (_, application) => (
          <Flex vertical gap={2} style={{ minWidth: 180 }}>
            <span>{application.enterpriseName}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {application.uscc}
            </Typography.Text>
          </Flex>
        ),
      },
    ];
    if (showDistrict) all.push({ key: 'district', title: t(REVIEW_TEXTS.district), render: (_, application) => t(unitLabel(application.recommendingUnitCode)) });
    all.push(
      { key: 'subField', title: t(REVIEW_TEXTS.subField), render: (_, application) => t(subFieldLabel(application.subFieldCode)) },
      {
        key: 'investment',
        title: t(REVIEW_TEXTS.investment),
        align: 'right',
        render: (_, application) => (application.totalInvestmentWanYuan === null ? t(REVIEW_TEXTS.none) : application.totalInvestmentWanYuan.toLocaleString('en-US')),
      },
      { key: 'state', title: t(REVIEW_TEXTS.state), render: (_, application) => <ApplicationStateTag state={application.state} /> },
      {
        key: 'eligibility',
        title: t(REVIEW_TEXTS.eligibility),
        render: (_, application) =>
          application.eligibilityVerdict ? (
            <Tag color={VERDICT_COLOURS[application.eligibilityVerdict]} style={{ marginInlineEnd: 0 }}>
              {t(VERDICT_LABELS[application.eligibilityVerdict])}
            </Tag>
          ) : (
            t(REVIEW_TEXTS.none)
          ),
      },
      { key: 'submittedAt', title: t(REVIEW_TEXTS.submittedAt), render: (_, application) => formatBeijingDateTime(application.submittedAt) },
    );
    if (showPriority) {
      all.push({
        key: 'priority',
        title: t(REVIEW_TEXTS.priority),
        render: (_, application) => (application.unitPriority === null ? t(REVIEW_TEXTS.none) : t(priorityText(application.unitPriority))),
      });
    }
    all.push({ key: 'revisionDueOn', title: t(REVIEW_TEXTS.revisionDueOn), render: (_, application) => application.revisionDueOn ?? t(REVIEW_TEXTS.none) });
    return all;
  }, [t, showDistrict, showPriority]);

  return (
    <Table<ReviewApplicationSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...applications]}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      onRow={(application) => ({ 'data-state': application.state }) as HTMLAttributes<HTMLElement>}
      data-testid={testId}
    />
  );
}
