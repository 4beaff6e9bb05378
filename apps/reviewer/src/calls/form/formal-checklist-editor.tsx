import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FormalChecklistItem, LocalizedText } from '@shifan/domain';
import { useLocale, VisuallyHidden } from '@shifan/ui';
import { Button, Card, Flex, Input, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { type Control, useFieldArray, useWatch } from 'react-hook-form';
import type { CallFormValues } from './call-form-values';
import { CellField } from './cell-field';

const TEXTS = {
  title: { zh: '形式审查清单', en: 'Formal check list' },
  intro: {
    zh: '市经信局形式审查时逐项判定“通过/不通过”；退回补正的通知列出每个不通过项。',
    en: 'The city’s formal check marks each item passed or failed; a revision notice lists every failed item.',
  },
  key: { zh: '编号', en: 'Key' },
  labelZh: { zh: '检查项（中文）', en: 'Item (Chinese)' },
  labelEn: { zh: '检查项（英文）', en: 'Item (English)' },
  add: { zh: '添加检查项', en: 'Add an item' },
  remove: { zh: '删除', en: 'Remove' },
} as const satisfies Record<string, LocalizedText>;

type Row = FormalChecklistItem & { rowKey: string };

function nextKey(items: readonly FormalChecklistItem[]): string {
  const keys = new Set(items.map((item) => item.key));
  let n = items.length + 1;
  while (keys.has(`item_${n}`)) n += 1;
  return `item_${n}`;
}

/** The call's formal checklist (`settings.review.formalChecklist`) as an editable table. */
export function FormalChecklistEditor({ control, readOnly }: { control: Control<CallFormValues, unknown, CallFormValues>; readOnly: boolean }) {
  const { t } = useLocale();
  // Every category's settings have `review.formalChecklist`; the union's common path is what react-hook-form needs.
  const name = 'settings.review.formalChecklist' as const;
  const { fields, append, remove } = useFieldArray({ control, name, keyName: 'rowKey' });
  const watched = (useWatch({ control, name }) ?? []) as FormalChecklistItem[];

  const columns = useMemo<TableColumnsType<Row>>(
    () => [
      {
        key: 'key',
        title: t(TEXTS.key),
        width: 200,
        render: (_, _row, index) => <CellField control={control} name={`${name}.${index}.key`}>{(field) => <Input {...field} value={String(field.value ?? '')} aria-label={`${t(TEXTS.key)} ${index + 1}`} />}</CellField>,
      },
      ...(['zh', 'en'] as const).map((locale) => ({
        key: locale,
        title: t(locale === 'zh' ? TEXTS.labelZh : TEXTS.labelEn),
        width: 320,
        render: (_: unknown, _row: Row, index: number) => (
          <CellField control={control} name={`${name}.${index}.label.${locale}`}>
            {(field) => <Input {...field} value={String(field.value ?? '')} aria-label={`${t(locale === 'zh' ? TEXTS.labelZh : TEXTS.labelEn)} ${index + 1}`} />}
          </CellField>
        ),
      })),
      {
        key: 'remove',
        title: <VisuallyHidden>{t(TEXTS.remove)}</VisuallyHidden>,
        width: 48,
        render: (_, _row, index) => (
          <Tooltip title={t(TEXTS.remove)}>
            <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(index)} disabled={readOnly || fields.length <= 1} aria-label={`${t(TEXTS.remove)} ${index + 1}`} />
          </Tooltip>
        ),
      },
    ],
    [control, fields.length, readOnly, remove, t],
  );

  return (
    <Card title={t(TEXTS.title)} size="small" id="formal-checklist" data-testid="formal-checklist-editor">
      <Typography.Paragraph type="secondary">{t(TEXTS.intro)}</Typography.Paragraph>
      <Table<Row> rowKey="rowKey" size="small" columns={columns} dataSource={fields as Row[]} pagination={false} scroll={{ x: 'max-content' }} />
      <Flex style={{ marginTop: 12 }}>
        <Button type="dashed" icon={<PlusOutlined />} disabled={readOnly} onClick={() => append({ key: nextKey(watched), label: { zh: '', en: '' } }, { shouldFocus: false })} data-testid="formal-checklist-add">
          {t(TEXTS.add)}
        </Button>
      </Flex>
    </Card>
  );
}
