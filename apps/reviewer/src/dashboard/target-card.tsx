import { useLocale } from '@shifan/ui';
import { Card, Flex, Progress, Statistic, Tag, Typography } from 'antd';
import { YearBarChart } from './dashboard-charts';
import { type KeyedTarget, levelName, programmeName } from './dashboard-model';
import { DASHBOARD_TEXTS, percentBasisText, targetRangeText } from './dashboard-texts';

export interface TargetCardProps {
  target: KeyedTarget;
  years: readonly number[];
}

/** One target of the plan: what it counts, its range, the approvals so far and the share reached, per year as bars. */
export function TargetCard({ target, years }: TargetCardProps) {
  const { t } = useLocale();
  const reached = target.percentOfTarget >= 100;
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
            <Tag style={{ marginInlineEnd: 0 }}>{t(levelName(target.level))}</Tag>
          </Flex>
        </Flex>
      }
      style={{ height: '100%' }}
      data-testid={target.testId}
      data-total={target.total}
      data-percent={target.percentOfTarget}
    >
      <Flex vertical gap={12}>
        <Flex gap={24} wrap>
          <Statistic title={t(DASHBOARD_TEXTS.target)} value={t(targetRangeText(target.min, target.max, target.period))} styles={{ content: { fontSize: 18 } }} />
          <Statistic title={t(DASHBOARD_TEXTS.total)} value={target.total} styles={{ content: { fontSize: 18 } }} />
        </Flex>
        <Flex vertical gap={0}>
          <Flex justify="space-between">
            <Typography.Text type="secondary">{t(DASHBOARD_TEXTS.percent)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(percentBasisText(target.period, years.at(-1)))}
            </Typography.Text>
          </Flex>
          <Progress
            percent={Math.min(100, target.percentOfTarget)}
            status={reached ? 'success' : 'normal'}
            format={() => `${target.percentOfTarget}%`}
            data-testid={`${target.testId}-progress`}
          />
        </Flex>
        <YearBarChart
          years={years}
          counts={target.approvedByYear}
          seriesName={t(DASHBOARD_TEXTS.approved)}
          yearlyTarget={target.period === 'per_year' ? { min: target.min, max: target.max, label: `${t(DASHBOARD_TEXTS.yearlyTarget)} ${target.min}` } : undefined}
          emptyText={t(DASHBOARD_TEXTS.noYears)}
        />
      </Flex>
    </Card>
  );
}
