import type { DashboardView } from '@shifan/domain';
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

/** Approvals by the plan's four key fields (重点领域), the sub-fields rolled up. */
export function KeyFieldsTable({ entries }: { entries: readonly KeyFieldCount[] }) {
  const { t } = useLocale();
  const total = entries.reduce((sum, entry) => sum + entry.count, 0);
  const columns: TableColumnsType<KeyFieldCount> = [
    { key: 'keyField', title: t(DASHBOARD_TEXTS.keyField), render: (_, entry) => t(entry.name) },
    { key: 'count', title: t(DASHBOARD_TEXTS.count), align: 'right', dataIndex: 'count' },
    { key: 'share', title: t(DASHBOARD_TEXTS.share), align: 'right', render: (_, entry) => shareOf(entry.count, total) },
  ];
  return (
    <Table<KeyFieldCount>
      rowKey="keyFieldCode"
      size="small"
      columns={columns}
      dataSource={[...entries]}
      pagination={false}
      onRow={(entry) => rowData({ 'data-testid': `key-field-row-${entry.keyFieldCode}`, 'data-count': String(entry.count) })}
      data-testid="dashboard-table-key-fields"
    />
  );
}

/** Approvals by sub-field: the same numbers as the chart beside it. */
export function FieldsTable({ entries }: { entries: readonly FieldCount[] }) {
  const { t } = useLocale();
  const total = entries.reduce((sum, entry) => sum + entry.count, 0);
  const columns: TableColumnsType<FieldCount> = [
    { key: 'keyField', title: t(DASHBOARD_TEXTS.keyField), render: (_, entry) => t(keyFieldName(entry.subFieldCode)) },
    { key: 'subField', title: t(DASHBOARD_TEXTS.subField), render: (_, entry) => t(fieldName(entry)) },
    { key: 'count', title: t(DASHBOARD_TEXTS.count), align: 'right', dataIndex: 'count' },
    { key: 'share', title: t(DASHBOARD_TEXTS.share), align: 'right', render: (_, entry) => shareOf(entry.count, total) },
  ];
  return (
    <Table<FieldCount>
      rowKey="subFieldCode"
      size="small"
      columns={columns}
      dataSource={[...entries]}
      pagination={false}
      locale={{ emptyText: t(DASHBOARD_TEXTS.none) }}
      scroll={{ x: 'max-content' }}
      onRow={(entry) => rowData({ 'data-testid': `field-row-${entry.subFieldCode}`, 'data-count': String(entry.count) })}
      summary={() =>
        entries.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <Typography.Text strong>{t(DASHBOARD_TEXTS.sum)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <Typography.Text strong>{total}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              100%
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
      data-testid="dashboard-table-fields"
    />
  );
}

/** Approvals by district: the same numbers as the chart beside it. */
export function DistrictsTable({ entries }: { entries: readonly DistrictCount[] }) {
  const { t } = useLocale();
  const total = entries.reduce((sum, entry) => sum + entry.count, 0);
  const columns: TableColumnsType<DistrictCount> = [
    { key: 'district', title: t(DASHBOARD_TEXTS.district), render: (_, entry) => t(districtName(entry)) },
    { key: 'count', title: t(DASHBOARD_TEXTS.count), align: 'right', dataIndex: 'count' },
    { key: 'share', title: t(DASHBOARD_TEXTS.share), align: 'right', render: (_, entry) => shareOf(entry.count, total) },
  ];
  return (
    <Table<DistrictCount>
      rowKey="districtCode"
      size="small"
      columns={columns}
      dataSource={[...entries]}
      pagination={false}
      locale={{ emptyText: t(DASHBOARD_TEXTS.none) }}
      scroll={{ x: 'max-content' }}
      onRow={(entry) => rowData({ 'data-testid': `district-row-${entry.districtCode}`, 'data-count': String(entry.count) })}
      summary={() =>
        entries.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t(DASHBOARD_TEXTS.sum)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Typography.Text strong>{total}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              100%
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
      data-testid="dashboard-table-districts"
    />
  );
}
