import { EditOutlined } from '@ant-design/icons';
import { INDICATOR_CATEGORIES } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Button, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { type DashboardIndicator, recordedYears } from './dashboard-model';
import { DASHBOARD_TEXTS } from './dashboard-texts';

export interface IndicatorsTableProps {
  indicators: readonly DashboardIndicator[];
  /** Whether values can be recorded (publication.manage). */
  canRecord: boolean;
  onRecord: (indicator: DashboardIndicator) => void;
}

type RecordedValue = DashboardIndicator['values'][number];

function MetTag({ met }: { met: boolean | null }) {
  const { t } = useLocale();
  if (met === null) return <Tag style={{ marginInlineEnd: 0 }}>{t(DASHBOARD_TEXTS.unjudged)}</Tag>;
  return (
    <Tag color={met ? 'success' : 'error'} style={{ marginInlineEnd: 0 }}>
      {t(met ? DASHBOARD_TEXTS.met : DASHBOARD_TEXTS.notMet)}
    </Tag>
  );
}

function ValueCell({ code, entry }: { code: string; entry: RecordedValue | undefined }) {
  if (!entry) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={entry.note ?? undefined}>
      <Flex gap={6} align="center" style={{ whiteSpace: 'nowrap' }} data-testid={`indicator-value-${code}-${entry.year}`} data-met={String(entry.met)}>
        <span>{entry.value}</span>
        <MetTag met={entry.met} />
      </Flex>
    </Tooltip>
  );
}

function categoryName(code: string) {
  if (code === 'PLAN') return DASHBOARD_TEXTS.planCategory;
  return INDICATOR_CATEGORIES.find((category) => category.code === code)?.name ?? { zh: code, en: code };
}

/** Annex 1's indicators: name, unit, target and the values recorded per year (met or not), with 录入 per indicator. */
export function IndicatorsTable({ indicators, canRecord, onRecord }: IndicatorsTableProps) {
  const { t } = useLocale();
  const years = recordedYears(indicators);
  const columns: TableColumnsType<DashboardIndicator> = [
    { key: 'category', title: t(DASHBOARD_TEXTS.category), render: (_, indicator) => <span style={{ whiteSpace: 'nowrap' }}>{t(categoryName(indicator.category))}</span> },
    {
      key: 'name',
      title: t(DASHBOARD_TEXTS.indicator),
      render: (_, indicator) => (
        <Tooltip title={`${t(DASHBOARD_TEXTS.source)}：${indicator.source}`}>
          <span style={{ display: 'inline-block', minWidth: 240, maxWidth: 420 }}>{t(indicator.name)}</span>
        </Tooltip>
      ),
    },
    { key: 'unit', title: t(DASHBOARD_TEXTS.unitOfMeasure), render: (_, indicator) => t(indicator.unit) },
    { key: 'target', title: t(DASHBOARD_TEXTS.targetValue), dataIndex: 'targetText' },
    ...(years.length === 0
      ? [{ key: 'values', title: t(DASHBOARD_TEXTS.values), render: () => <Typography.Text type="secondary">{t(DASHBOARD_TEXTS.notRecorded)}</Typography.Text> }]
      : years.map((year) => ({
          key: `year-${year}`,
          title: String(year),
          render: (_: unknown, indicator: DashboardIndicator) => <ValueCell code={indicator.code} entry={indicator.values.find((entry) => entry.year === year)} />,
        }))),
    ...(canRecord
      ? [
          {
            key: 'actions',
            title: t(DASHBOARD_TEXTS.actions),
            fixed: 'right' as const,
            render: (_: unknown, indicator: DashboardIndicator) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => onRecord(indicator)} data-testid={`indicator-record-${indicator.code}`}>
                {t(DASHBOARD_TEXTS.record)}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<DashboardIndicator>
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={[...indicators]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(indicator) => ({ 'data-testid': `indicator-row-${indicator.code}` }) as HTMLAttributes<HTMLElement>}
      data-testid="indicators-table"
    />
  );
}
