import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type LocalizedText, RUBRIC_WEIGHT_TOTAL, type RubricCriterion, validateRubric } from '@shifan/domain';
import { useLocale, VisuallyHidden } from '@shifan/ui';
import { Alert, Button, Card, Flex, Input, InputNumber, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { type Control, useFieldArray, useWatch } from 'react-hook-form';
import { CellField } from './cell-field';
import type { CallFormValues } from './call-form-values';

const TEXTS = {
  title: { zh: '评分标准', en: 'Scoring rubric' },
  intro: {
    zh: '专家按各评分项打分（0 至满分），按权重折算为百分制总分。各项权重之和须为 100。',
    en: 'Experts score each criterion from 0 to its maximum; the weights turn the scores into a total out of 100. The weights must add up to 100.',
  },
  id: { zh: '编号', en: 'ID' },
  name: { zh: '评分项', en: 'Criterion' },
  nameZh: { zh: '评分项名称（中文）', en: 'Name (Chinese)' },
  nameEn: { zh: '评分项名称（英文）', en: 'Name (English)' },
  description: { zh: '评分要点', en: 'What is scored' },
  descriptionZh: { zh: '评分要点（中文）', en: 'What is scored (Chinese)' },
  descriptionEn: { zh: '评分要点（英文）', en: 'What is scored (English)' },
  weight: { zh: '权重（%）', en: 'Weight (%)' },
  maxPoints: { zh: '满分', en: 'Max points' },
  add: { zh: '添加评分项', en: 'Add a criterion' },
  remove: { zh: '删除', en: 'Remove' },
  total: { zh: '权重合计', en: 'Weight total' },
  ok: { zh: '评分标准有效', en: 'The rubric is valid' },
} as const satisfies Record<string, LocalizedText>;

function rowLabel(label: LocalizedText, index: number): LocalizedText {
  return { zh: `${label.zh}（第 ${index + 1} 项）`, en: `${label.en} (criterion ${index + 1})` };
}

function nextId(criteria: readonly RubricCriterion[]): string {
  const ids = new Set(criteria.map((criterion) => criterion.id));
  let n = criteria.length + 1;
  while (ids.has(`criterion_${n}`)) n += 1;
  return `criterion_${n}`;
}

/** The weights' sum, without floating-point dust (33.3 + 33.3 + 33.4 is 100). */
function weightTotal(criteria: readonly RubricCriterion[]): number {
  return Math.round(criteria.reduce((sum, criterion) => sum + criterion.weight, 0) * 1e6) / 1e6;
}

export interface RubricEditorProps {
  control: Control<CallFormValues, unknown, CallFormValues>;
  readOnly: boolean;
}

type Row = RubricCriterion & { rowKey: string };

/** The rubric as an editable table, with the weight total and @shifan/domain's validateRubric problems as you type. */
export function RubricEditor({ control, readOnly }: RubricEditorProps) {
  const { t } = useLocale();
  const { fields, append, remove } = useFieldArray({ control, name: 'rubric.criteria', keyName: 'rowKey' });
  const watched = useWatch({ control, name: 'rubric.criteria' });
  // A cleared number input holds null while the user types; count it as 0.
  const criteria = useMemo(() => (watched ?? []).map((criterion) => ({ ...criterion, weight: criterion.weight ?? 0, maxPoints: criterion.maxPoints ?? 0 })), [watched]);
  const total = weightTotal(criteria);
  const problems = validateRubric({ criteria });

  const columns = useMemo<TableColumnsType<Row>>(
    () => [
      {
        key: 'id',
        title: t(TEXTS.id),
        width: 150,
        render: (_, _row, index) => (
          <CellField control={control} name={`rubric.criteria.${index}.id`}>
            {(field) => <Input {...field} value={String(field.value ?? '')} aria-label={t(rowLabel(TEXTS.id, index))} />}
          </CellField>
        ),
      },
      {
        key: 'name',
        title: t(TEXTS.name),
        width: 220,
        render: (_, _row, index) => (
          <Flex vertical gap={6}>
            <CellField control={control} name={`rubric.criteria.${index}.name.zh`}>
              {(field) => <Input {...field} value={String(field.value ?? '')} placeholder="中文" aria-label={t(rowLabel(TEXTS.nameZh, index))} />}
            </CellField>
            <CellField control={control} name={`rubric.criteria.${index}.name.en`}>
              {(field) => <Input {...field} value={String(field.value ?? '')} placeholder="English" aria-label={t(rowLabel(TEXTS.nameEn, index))} />}
            </CellField>
          </Flex>
        ),
      },
      {
        key: 'description',
        title: t(TEXTS.description),
        width: 340,
        render: (_, _row, index) => (
          <Flex vertical gap={6}>
            <CellField control={control} name={`rubric.criteria.${index}.description.zh`}>
              {(field) => <Input.TextArea {...field} value={String(field.value ?? '')} placeholder="中文" autoSize={{ minRows: 1, maxRows: 4 }} aria-label={t(rowLabel(TEXTS.descriptionZh, index))} />}
            </CellField>
            <CellField control={control} name={`rubric.criteria.${index}.description.en`}>
              {(field) => <Input.TextArea {...field} value={String(field.value ?? '')} placeholder="English" autoSize={{ minRows: 1, maxRows: 4 }} aria-label={t(rowLabel(TEXTS.descriptionEn, index))} />}
            </CellField>
          </Flex>
        ),
      },
      ...(['weight', 'maxPoints'] as const).map((key) => ({
        key,
        title: t(TEXTS[key]),
        width: 100,
        render: (_: unknown, _row: Row, index: number) => (
          <CellField control={control} name={`rubric.criteria.${index}.${key}`}>
            {(field) => (
              <InputNumber<number>
                id={field.id}
                ref={field.ref}
                value={typeof field.value === 'number' ? field.value : null}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                disabled={field.disabled}
                min={0}
                max={key === 'weight' ? 100 : 1000}
                aria-label={t(rowLabel(TEXTS[key], index))}
                style={{ width: '100%' }}
              />
            )}
          </CellField>
        ),
      })),
      {
        key: 'remove',
        title: <VisuallyHidden>{t(TEXTS.remove)}</VisuallyHidden>,
        width: 48,
        render: (_, _row, index) => (
          <Tooltip title={t(TEXTS.remove)}>
            <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(index)} disabled={readOnly} aria-label={t(rowLabel(TEXTS.remove, index))} />
          </Tooltip>
        ),
      },
    ],
    [control, readOnly, remove, t],
  );

  const totalOk = Math.abs(total - RUBRIC_WEIGHT_TOTAL) < 1e-9;
  return (
    <Card title={t(TEXTS.title)} size="small" id="rubric" data-testid="rubric">
      <Typography.Paragraph type="secondary">{t(TEXTS.intro)}</Typography.Paragraph>
      <Table<Row>
        rowKey="rowKey"
        size="small"
        columns={columns}
        dataSource={fields}
        pagination={false}
        scroll={{ x: 'max-content' }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3} align="right">
              <Typography.Text strong>{t(TEXTS.total)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3}>
              <Typography.Text strong type={totalOk ? 'success' : 'danger'} data-testid="rubric-weight-total" data-total={total}>
                {total} / {RUBRIC_WEIGHT_TOTAL}
              </Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} colSpan={2} />
          </Table.Summary.Row>
        )}
      />
      <Flex vertical gap={12} style={{ marginTop: 12 }}>
        {problems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            data-testid="rubric-problems"
            title={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {problems.map((problem) => (
                  <li key={problem.en}>{t(problem)}</li>
                ))}
              </ul>
            }
          />
        ) : (
          <Alert type="success" showIcon title={t(TEXTS.ok)} data-testid="rubric-ok" />
        )}
        <div>
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={readOnly}
            onClick={() => {
              const weight = Math.max(RUBRIC_WEIGHT_TOTAL - total, 0) || 10;
              append({ id: nextId(criteria), name: { zh: '', en: '' }, description: { zh: '', en: '' }, weight, maxPoints: weight }, { shouldFocus: false });
            }}
            data-testid="rubric-add"
          >
            {t(TEXTS.add)}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}
