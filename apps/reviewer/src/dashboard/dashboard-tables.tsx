import type { DashboardView, LocalizedText } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { type DashboardTarget, type FieldCount, fieldName, keyFieldName, levelName, programmeName, shareOf, targetTestId, type UnitCount } from './dashboard-model';
import { COUNTING_LABELS, DASHBOARD_TEXTS, targetRangeText } from './dashboard-texts';

function rowData(values: Readonly<Record<string, string>>): HTMLAttributes<HTMLElement> {
  return values as HTMLAttributes<HTMLElement>;
}

function YearCell({ target, year }: { target: DashboardTarget; year: number }) {
  const { t } = useLocale();
  const cell = target.byYear.find((entry) => entry.year === year);
  if (!cell) return null;
  if (target.counts === 'recorded' && !cell.recorded) return <Typography.Text type="secondary">{t(DASHBOARD_TEXTS.notRecordedShort)}</Typography.Text>;
  return (
    <Flex vertical align="flex-end" gap={0} data-testid={`${targetTestId(target)}-year-${year}`} data-count={cell.count}>
      <Typography.Text type={cell.met === false ? 'danger' : undefined}>{cell.count}</Typography.Text>
      {cell.recommended !== null && (
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {t(DASHBOARD_TEXTS.recommended)} {cell.recommended}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * The targets' numbers as a table: each plan year and the current year, then the 总计 and the share over the plan
 * years only (the same numbers as the cards).
 */
export function TargetsTable({ targets, years, currentYear }: { targets: readonly DashboardTarget[]; years: readonly number[]; currentYear: number }) {
  const { t } = useLocale();
  const columns: TableColumnsType<DashboardTarget> = [
    { key: 'programme', title: t(DASHBOARD_TEXTS.programme), render: (_, target) => t(programmeName(target.category)) },
    { key: 'label', title: t(DASHBOARD_TEXTS.label), render: (_, target) => t(target.label) },
    { key: 'level', title: t(DASHBOARD_TEXTS.level), render: (_, target) => { const level = levelName(target.level); return level ? t(level) : '—'; } },
    { key: 'counting', title: t(DASHBOARD_TEXTS.counting), render: (_, target) => t(COUNTING_LABELS[target.counts]) },
    { key: 'target', title: t(DASHBOARD_TEXTS.targetValue), render: (_, target) => t(targetRangeText(target)) },
    ...years.map((year) => ({
      key: `year-${year}`,
      title: year === currentYear ? `${year}（${t(DASHBOARD_TEXTS.currentYear)}）` : String(year),
      align: 'right' as const,
      render: (_: unknown, target: DashboardTarget) => <YearCell target={target} year={year} />,
    })),
    { key: 'total', title: t(DASHBOARD_TEXTS.total), align: 'right', render: (_, target) => <Typography.Text strong>{target.planPeriod.total}</Typography.Text> },
    { key: 'percent', title: t(DASHBOARD_TEXTS.percent), align: 'right', render: (_, target) => `${target.planPeriod.percentOfTarget}%` },
    {
      key: 'met',
      title: t(DASHBOARD_TEXTS.met),
      render: (_, target) => <Tag color={target.planPeriod.met ? 'success' : 'default'} style={{ marginInlineEnd: 0 }}>{t(target.planPeriod.met ? DASHBOARD_TEXTS.met : DASHBOARD_TEXTS.notMet)}</Tag>,
    },
  ];
  return (
    <Table<DashboardTarget>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={[...targets]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(target) => rowData({ 'data-testid': `${targetTestId(target)}-row` })}
      data-testid="dashboard-table-targets"
    />
  );
}

type KeyFieldCount = DashboardView['byKeyField'][number];

interface CountTableProps<T extends { count: number }> {
  entries: readonly T[];
  /** The columns that name a row (e.g. key field and sub-field), before the count and its share. */
  labels: readonly { key: string; title: LocalizedText; render: (entry: T) => LocalizedText }[];
  rowKey: (entry: T) => string;
  /** Prefix of each row's test id (`<prefix>-<key>`). */
  rowTestId: string;
  testId: string;
}

/** Approvals by one breakdown, with each row's share and a sum row: the same numbers as the chart beside it. */
function CountTable<T extends { count: number }>({ entries, labels, rowKey, rowTestId, testId }: CountTableProps<T>) {
  const { t } = useLocale();
  const total = entries.reduce((sum, entry) => sum + entry.count, 0);
  const columns: TableColumnsType<T> = [
    ...labels.map((label) => ({ key: label.key, title: t(label.title), render: (_: unknown, entry: T) => t(label.render(entry)) })),
    { key: 'count', title: t(DASHBOARD_TEXTS.count), align: 'right', dataIndex: 'count' },
    { key: 'share', title: t(DASHBOARD_TEXTS.share), align: 'right', render: (_, entry) => shareOf(entry.count, total) },
  ];
  return (
    <Table<T>
      rowKey={rowKey}
      size="small"
      columns={columns}
      dataSource={[...entries]}
      pagination={false}
      locale={{ emptyText: t(DASHBOARD_TEXTS.none) }}
      scroll={{ x: 'max-content' }}
      onRow={(entry) => rowData({ 'data-testid': `${rowTestId}-${rowKey(entry)}`, 'data-count': String(entry.count) })}
      summary={() =>
        entries.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={labels.length}>
              <Typography.Text strong>{t(DASHBOARD_TEXTS.sum)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={labels.length} align="right">
              <Typography.Text strong>{total}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={labels.length + 1} align="right">
              100%
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
      data-testid={testId}
    />
  );
}

/** Approvals by the plan's four key fields (重点领域), the sub-fields rolled up. */
export function KeyFieldsTable({ entries }: { entries: readonly KeyFieldCount[] }) {
  return (
    <CountTable
      entries={entries}
      labels={[{ key: 'keyField', title: DASHBOARD_TEXTS.keyField, render: (entry) => entry.name }]}
      rowKey={(entry) => entry.keyFieldCode}
      rowTestId="key-field-row"
      testId="dashboard-table-key-fields"
    />
  );
}

/** Approvals by sub-field, with each one's key field. */
export function FieldsTable({ entries }: { entries: readonly FieldCount[] }) {
  return (
    <CountTable
      entries={entries}
      labels={[
        { key: 'keyField', title: DASHBOARD_TEXTS.keyField, render: (entry) => keyFieldName(entry.subFieldCode) },
        { key: 'subField', title: DASHBOARD_TEXTS.subField, render: (entry) => fieldName(entry) },
      ]}
      rowKey={(entry) => entry.subFieldCode}
      rowTestId="field-row"
      testId="dashboard-table-fields"
    />
  );
}

/** By 推荐单位 (districts and functional zones): municipal approvals, recommendations upward and recognitions, with a sum row. */
export function UnitsTable({ entries }: { entries: readonly UnitCount[] }) {
  const { t } = useLocale();
  const sum = (key: 'approved' | 'recommended' | 'recognised') => entries.reduce((total, entry) => total + entry[key], 0);
  const columns: TableColumnsType<UnitCount> = [
    { key: 'unit', title: t(DASHBOARD_TEXTS.unit), render: (_, entry) => <Tooltip title={t(entry.fullName)}>{t(entry.name)}</Tooltip> },
    { key: 'approved', title: t(DASHBOARD_TEXTS.approvedCount), align: 'right', dataIndex: 'approved' },
    { key: 'recommended', title: t(DASHBOARD_TEXTS.recommendedCount), align: 'right', dataIndex: 'recommended' },
    { key: 'recognised', title: t(DASHBOARD_TEXTS.recognisedCount), align: 'right', dataIndex: 'recognised' },
  ];
  return (
    <Table<UnitCount>
      rowKey="unitCode"
      size="small"
      columns={columns}
      dataSource={[...entries]}
      pagination={false}
      locale={{ emptyText: t(DASHBOARD_TEXTS.none) }}
      scroll={{ x: 'max-content' }}
      onRow={(entry) => rowData({ 'data-testid': `unit-row-${entry.unitCode}`, 'data-count': String(entry.approved) })}
      summary={() =>
        entries.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t(DASHBOARD_TEXTS.sum)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">{sum('approved')}</Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">{sum('recommended')}</Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">{sum('recognised')}</Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
      data-testid="dashboard-table-units"
    />
  );
}
