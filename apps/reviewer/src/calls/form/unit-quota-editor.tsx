import type { LocalizedText } from '@shifan/domain';
import { useLocale, useRecommendingUnits } from '@shifan/ui';
import { Card, InputNumber, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo } from 'react';
import { type Control, useController, useWatch } from 'react-hook-form';
import type { CallFormValues } from './call-form-values';

const TEXTS = {
  title: { zh: '各推荐单位推荐数量', en: 'Recommendations per recommending unit' },
  intro: {
    zh: '“各推荐单位推荐数量上限”是每个推荐单位（13个区及东湖高新区、武汉经开区等功能区）的默认上限；在此为个别推荐单位另设上限，留空即采用默认值，0 为不限。',
    en: 'The default cap applies to every recommending unit (the 13 districts and the functional zones); set a different cap for a unit here. Empty uses the default; 0 means no limit.',
  },
  unit: { zh: '推荐单位', en: 'Recommending unit' },
  fullName: { zh: '全称', en: 'Official name' },
  override: { zh: '本单位上限', en: 'Cap for this unit' },
  defaultHint: { zh: '默认', en: 'default' },
} as const satisfies Record<string, LocalizedText>;

interface Row {
  code: string;
  name: LocalizedText;
  fullName: LocalizedText;
}

/** `settings.review.unitQuotaOverrides`: a cap per 推荐单位 that replaces the call's default `unitRecommendationQuota`. */
export function UnitQuotaEditor({ control, readOnly }: { control: Control<CallFormValues, unknown, CallFormValues>; readOnly: boolean }) {
  const { t } = useLocale();
  const { units, loading } = useRecommendingUnits();
  const { field } = useController({ control, name: 'settings.review.unitQuotaOverrides' });
  const fallback = useWatch({ control, name: 'settings.review.unitRecommendationQuota' }) as number | undefined;
  const overrides = useMemo(() => (field.value ?? {}) as Record<string, number | undefined>, [field.value]);

  const columns = useMemo<TableColumnsType<Row>>(
    () => [
      { key: 'unit', title: t(TEXTS.unit), width: 160, render: (_, row) => t(row.name) },
      { key: 'fullName', title: t(TEXTS.fullName), render: (_, row) => <Typography.Text type="secondary">{t(row.fullName)}</Typography.Text> },
      {
        key: 'override',
        title: t(TEXTS.override),
        width: 200,
        render: (_, row) => (
          <InputNumber<number>
            min={0}
            max={1000}
            precision={0}
            value={overrides[row.code] ?? null}
            placeholder={`${t(TEXTS.defaultHint)} ${fallback ?? 0}`}
            disabled={readOnly}
            aria-label={`${t(TEXTS.override)} ${t(row.name)}`}
            data-testid={`unit-quota-${row.code}`}
            onChange={(value) => {
              const next = { ...overrides };
              if (value === null || value === undefined) delete next[row.code];
              else next[row.code] = value;
              field.onChange(next);
            }}
          />
        ),
      },
    ],
    [t, overrides, fallback, readOnly, field],
  );

  return (
    <Card title={t(TEXTS.title)} data-testid="unit-quota-editor">
      <Typography.Paragraph type="secondary">{t(TEXTS.intro)}</Typography.Paragraph>
      <Table<Row> rowKey="code" size="small" pagination={false} loading={loading} columns={columns} dataSource={units} />
    </Card>
  );
}
