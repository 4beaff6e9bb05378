import type { RecommendingUnitView } from '@shifan/domain';
import { ApiErrorAlert, useLocale, useRecommendingUnits } from '@shifan/ui';
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { HOME_TEXTS, districtTotal } from './home-texts';

const PAGE_SIZE = 10;

/** The 18 推荐单位 (the 13 districts and the functional zones) as the catalogue API serves them. */
export function DistrictTable() {
  const { t } = useLocale();
  const { units, loading, error } = useRecommendingUnits();
  const columns = useMemo<TableColumnsType<RecommendingUnitView>>(
    () => [
      { key: 'code', title: t(HOME_TEXTS.codeColumn), dataIndex: 'code', width: 120 },
      { key: 'name', title: t(HOME_TEXTS.nameColumn), render: (_, unit) => t(unit.name), width: 160 },
      {
        key: 'fullName',
        title: t(HOME_TEXTS.fullNameColumn),
        render: (_, unit) => (
          <>
            {t(unit.fullName)}
            {unit.establishedAfterPlan && <Tag style={{ marginInlineStart: 8 }}>{t(HOME_TEXTS.afterPlan)}</Tag>}
          </>
        ),
      },
    ],
    [t],
  );

  return (
    <section aria-labelledby="districts">
      <Typography.Title level={2} id="districts" style={{ fontSize: 22 }}>
        {t(HOME_TEXTS.districtsHeading)}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t(HOME_TEXTS.districtsNote)}</Typography.Paragraph>
      {error && <ApiErrorAlert error={error} />}
      <Table<RecommendingUnitView>
        rowKey="code"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={units}
        pagination={{ pageSize: PAGE_SIZE, showTotal: (total) => t(districtTotal(total)) }}
        data-testid="unit-table"
      />
    </section>
  );
}
