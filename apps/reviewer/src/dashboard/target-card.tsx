import { EditOutlined } from '@ant-design/icons';
import { useLocale } from '@shifan/ui';
import { Button, Card, Flex, Progress, Statistic, Tag, Tooltip, Typography } from 'antd';
import { YearBarChart } from './dashboard-charts';
import { type DashboardTarget, levelName, programmeName, targetTestId } from './dashboard-model';
import { COUNTING_LABELS, DASHBOARD_TEXTS, targetRangeText } from './dashboard-texts';

/** Dark amber: the warning hue at WCAG AA contrast on white (antd's #faad14 reads 1.9:1). */
const PENDING_COLOUR = '#874d00';

export interface TargetCardProps {
  target: DashboardTarget;
  planYears: readonly number[];
  currentYear: number;
  /** Offered for `recorded` targets when the officer may record. */
  onRecord?: () => void;
}

/**
 * One target of the plan: what it counts and how, the plan's words, each plan year and the current year as bars, and
 * the 总计 with its percentage over the same plan years (never a total of all years beside a share of one).
 */
export function TargetCard({ target, planYears, currentYear, onRecord }: TargetCardProps) {
  const { t } = useLocale();
  const testId = targetTestId(target);
  const level = levelName(target.level);
  const current = target.byYear.find((cell) => cell.year === currentYear);
  const showCurrent = current !== undefined && !planYears.includes(currentYear);
  return (
    <Card
      size="small"
      title={
        <Flex vertical gap={2} style={{ padding: '8px 0', whiteSpace: 'normal' }}>
          <Typography.Text strong>{t(target.label)}</Typography.Text>
          <Flex gap={6} wrap align="center">
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
              {t(programmeName(target.category))}
            </Typography.Text>
            {level && <Tag style={{ marginInlineEnd: 0 }}>{t(level)}</Tag>}
            <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid={`${testId}-counting`}>
              {t(COUNTING_LABELS[target.counts])}
            </Tag>
          </Flex>
        </Flex>
      }
      extra={
        onRecord && (
          <Button size="small" icon={<EditOutlined />} onClick={onRecord} data-testid={`${testId}-record`}>
            {t(DASHBOARD_TEXTS.record)}
          </Button>
        )
      }
      style={{ height: '100%' }}
      data-testid={testId}
      data-total={target.planPeriod.total}
      data-percent={target.planPeriod.percentOfTarget}
    >
      <Flex vertical gap={12}>
        <Tooltip title={target.source}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(DASHBOARD_TEXTS.wording)}：“{target.wording}”
          </Typography.Text>
        </Tooltip>
        <Flex gap={24} wrap>
          <Statistic title={t(DASHBOARD_TEXTS.target)} value={t(targetRangeText(target))} styles={{ content: { fontSize: 18 } }} />
          <Statistic title={t(DASHBOARD_TEXTS.total)} value={target.planPeriod.total} styles={{ content: { fontSize: 18 } }} />
          {target.planPeriod.recommended !== null && (
            <Statistic title={t(DASHBOARD_TEXTS.recommendedCount)} value={target.planPeriod.recommended} styles={{ content: { fontSize: 18 } }} />
          )}
          {showCurrent && (
            <Statistic title={`${t(DASHBOARD_TEXTS.currentYear)}（${currentYear}）`} value={current.count} styles={{ content: { fontSize: 18 } }} data-testid={`${testId}-current`} />
          )}
        </Flex>
        <Flex vertical gap={0}>
          <Flex justify="space-between">
            <Typography.Text type="secondary">{t(DASHBOARD_TEXTS.percent)}</Typography.Text>
            {target.pending !== null && target.pending > 0 && (
              <Typography.Text style={{ fontSize: 12, color: PENDING_COLOUR }} data-testid={`${testId}-pending`}>
                {t(DASHBOARD_TEXTS.pending)} {target.pending}
              </Typography.Text>
            )}
          </Flex>
          <Progress
            percent={Math.min(100, target.planPeriod.percentOfTarget)}
            status={target.planPeriod.met ? 'success' : 'normal'}
            format={() => `${target.planPeriod.percentOfTarget}%`}
            aria-label={`${t(target.label)} ${t(DASHBOARD_TEXTS.percent)}`}
            data-testid={`${testId}-progress`}
          />
        </Flex>
        <YearBarChart
          years={target.byYear.map((cell) => cell.year)}
          counts={target.byYear.map((cell) => cell.count)}
          seriesName={t(COUNTING_LABELS[target.counts])}
          yearlyTarget={target.period === 'per_year' ? { min: target.min, max: target.max ?? target.min, label: `${t(DASHBOARD_TEXTS.target)} ${target.min}` } : undefined}
          emptyText={t(DASHBOARD_TEXTS.none)}
        />
      </Flex>
    </Card>
  );
}
