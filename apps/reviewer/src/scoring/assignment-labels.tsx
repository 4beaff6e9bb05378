import { ASSIGNMENT_STATUSES, type LocalizedText, SCORE_STATUSES } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Tag } from 'antd';

export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export type ScoreStatus = (typeof SCORE_STATUSES)[number];

/** Where an expert stands with one application: the no-conflict declaration (无利益冲突声明). */
export const ASSIGNMENT_STATUS_LABELS: Readonly<Record<AssignmentStatus, LocalizedText>> = {
  pending: { zh: '待声明', en: 'Declaration pending' },
  confirmed: { zh: '已确认无利益冲突', en: 'No conflict confirmed' },
  conflict: { zh: '申明利益冲突（已回避）', en: 'Conflict declared (stepped down)' },
  declined: { zh: '已退出', en: 'Declined' },
};

export const SCORE_STATUS_LABELS: Readonly<Record<ScoreStatus, LocalizedText>> = {
  none: { zh: '未评分', en: 'Not scored' },
  draft: { zh: '评分草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
};

const ASSIGNMENT_COLOURS: Readonly<Record<AssignmentStatus, string>> = { pending: 'warning', confirmed: 'success', conflict: 'error', declined: 'default' };
const SCORE_COLOURS: Readonly<Record<ScoreStatus, string>> = { none: 'default', draft: 'processing', submitted: 'success' };

export function AssignmentStatusTag({ status, testId }: { status: AssignmentStatus; testId?: string }) {
  const { t } = useLocale();
  return (
    <Tag color={ASSIGNMENT_COLOURS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(ASSIGNMENT_STATUS_LABELS[status])}
    </Tag>
  );
}

export function ScoreStatusTag({ status, testId }: { status: ScoreStatus; testId?: string }) {
  const { t } = useLocale();
  return (
    <Tag color={SCORE_COLOURS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(SCORE_STATUS_LABELS[status])}
    </Tag>
  );
}

/** A total out of 100 with two decimals, or a dash. */
export function formatTotal(total: number | null | undefined): string {
  return total === null || total === undefined ? '—' : total.toFixed(2);
}
