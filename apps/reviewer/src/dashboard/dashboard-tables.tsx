import type { DashboardView, LocalizedText } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Table, type TableColumnsType, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { type DistrictCount, districtName, type FieldCount, fieldName, type KeyedTarget, keyFieldName, levelName, programmeName, shareOf } from './dashboard-model';
import { DASHBOARD_TEXTS, targetRangeText } from './dashboard-texts';

function rowData(values: Readonly<Record<string, string>>): HTMLAttributes<HTMLElement> {
  return values as HTMLAttributes<HTMLElement>;
}

/** The targets' numbers as a table: the same numbers as the cards and their charts. */
export function TargetsTable({ targets, years }: { targets: readonly KeyedTarget[]; years: readonly number[] }) {
  const { t } = useLocale();
  const columns: TableColumnsType<KeyedTarget> = [
    { key: 'programme', title: t(DASHBOARD_TEXTS.programme), render: (_, target) => t(programmeName(target.category)) },
    { key: 'label', title: t(DASHBOARD_TEXTS.label), render: (_, target) => t(target.label) },
    { key: 'level', title: t(DASHBOARD_TEXTS.level), render: (_, target) => t(levelName(target.level)) },
    { key: 'target', title: t(DASHBOARD_TEXTS.targetValue), render: (_, target) => t(targetRangeText(target.min, target.max, target.period)) },
    ...years.map((year, index) => ({
      key: `year-${year}`,
      title: String(year),
      align: 'right' as const,
      render: (_: unknown, target: KeyedTarget) => target.approvedByYear[index] ?? 0,
    })),
    { key: 'total', title: t(DASHBOARD_TEXTS.total), align: 'right', render: (_, target) => <Typography.Text strong>{target.total}</Typography.Text> },
    { key: 'percent', title: t(DASHBOARD_TEXTS.percent), align: 'right', render: (_, target) => `${target.percentOfTarget}%` },
  ];
  return (
    <Table<KeyedTarget>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={[...targets]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(target) => rowData({ 'data-testid': `${target.testId}-row` })}
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

/** Approvals by district. */
export function DistrictsTable({ entries }: { entries: readonly DistrictCount[] }) {
  return (
    <CountTable
      entries={entries}
      labels={[{ key: 'district', title: DASHBOARD_TEXTS.district, render: (entry) => districtName(entry) }]}
      rowKey={(entry) => entry.districtCode}
      rowTestId="district-row"
      testId="dashboard-table-districts"
    />
  );
}
