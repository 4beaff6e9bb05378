import { DISTRICTS, type District } from '@shifan/domain';
import { useLocale } from '@shifan/ui';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { HOME_TEXTS, districtTotal } from './home-texts';

const PAGE_SIZE = 10;

export function DistrictTable() {
  const { t } = useLocale();
  const columns = useMemo<TableColumnsType<District>>(
    () => [
      { key: 'code', title: t(HOME_TEXTS.codeColumn), dataIndex: 'code', width: 160 },
      { key: 'name', title: t(HOME_TEXTS.nameColumn), render: (_, district) => t(district.name) },
    ],
    [t],
  );

  return (
    <section aria-labelledby="districts">
      <Typography.Title level={2} id="districts" style={{ fontSize: 22 }}>
        {t(HOME_TEXTS.districtsHeading)}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t(HOME_TEXTS.districtsNote)}</Typography.Paragraph>
      <Table<District>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={[...DISTRICTS]}
        pagination={{ pageSize: PAGE_SIZE, showTotal: (total) => t(districtTotal(total)) }}
        data-testid="district-table"
      />
    </section>
  );
}
