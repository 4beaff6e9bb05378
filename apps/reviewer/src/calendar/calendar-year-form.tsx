import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { CALENDAR_DAY_KIND_LABELS, CALENDAR_DAY_KINDS, type CalendarYearInput, CalendarYearInputSchema, type CalendarYearView, decodeLocalizedMessage } from '@shifan/domain';
import { type ApiError, applyErrorDetails, SchemaForm, toApiError, useLocale, useSchemaForm } from '@shifan/ui';
import { App, Button, Col, Flex, Form, Input, InputNumber, Row, Select, Table, type TableColumnsType, Tooltip } from 'antd';
import { type ReactElement, useState } from 'react';
import { type Control, useController, useFieldArray } from 'react-hook-form';
import { LabelledField } from '../experts/labelled-field';
import { saveCalendarYear } from './calendar-api';
import { CALENDAR_TEXTS, replaceText } from './calendar-texts';

type Values = CalendarYearInput;
type DayRow = Values['days'][number] & { rowKey: string };

const REQUIRED = { zh: '必填', en: 'Required' } as const;

/** One input of a day row, with its error (from the schema or the server) under it. */
function DayCell({ control, name, children }: { control: Control<Values, unknown, Values>; name: `days.${number}.${'date' | 'kind' | 'name'}`; children: (field: { value: string; onChange: (value: string) => void; onBlur: () => void; id: string }) => ReactElement }) {
  const { locale, t } = useLocale();
  const { field, fieldState } = useController({ control, name });
  const empty = fieldState.error?.type === 'too_small' && field.value === '';
  const error = empty ? t(REQUIRED) : fieldState.error?.message ? decodeLocalizedMessage(fieldState.error.message, locale) : undefined;
  return (
    <Form.Item style={{ marginBottom: 0 }} validateStatus={error ? 'error' : undefined} help={error ? <span data-testid={`${name}-help`}>{error}</span> : undefined}>
      {children({ value: String(field.value ?? ''), onChange: field.onChange, onBlur: field.onBlur, id: `cell-${name}` })}
    </Form.Item>
  );
}

export interface CalendarYearFormProps {
  /** The values to start from: a year already entered (to correct it) or a new one. */
  initial: Values;
  /** Years already entered, with their 文号: saving one of them asks for confirmation first. */
  entered: ReadonlyMap<number, string>;
  onSaved: (year: CalendarYearView) => void;
}

/** Entering a year from the State Council notice: its 文号 and one row per day off or worked weekend. */
export function CalendarYearForm({ initial, entered, onSaved }: CalendarYearFormProps) {
  const { t, locale } = useLocale();
  const { message, modal } = App.useApp();
  const form = useSchemaForm(CalendarYearInputSchema, { defaultValues: initial });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'days', keyName: 'rowKey' });
  const [failure, setFailure] = useState<{ error: ApiError; unmatched: ApiError['details'] } | null>(null);

  const save = async (values: Values) => {
    setFailure(null);
    try {
      const saved = await saveCalendarYear(values);
      void message.success(t(CALENDAR_TEXTS.saved));
      onSaved(saved);
    } catch (caught) {
      const error = toApiError(caught);
      const paths = ['year', 'noticeNumber', 'days', ...values.days.flatMap((_, index) => [`days.${index}.date`, `days.${index}.kind`, `days.${index}.name`])];
      setFailure({ error, unmatched: applyErrorDetails(error, paths, form.setError) });
    }
  };

  const onSubmit = form.handleSubmit(async (values) => {
    const previous = entered.get(values.year);
    if (previous === undefined) return save(values);
    // Replacing a year changes every working-day count in it from now on: say so and ask first.
    await new Promise<void>((resolve) => {
      modal.confirm({
        title: t(CALENDAR_TEXTS.replaceTitle),
        content: t(replaceText(values.year, previous)),
        okText: t(CALENDAR_TEXTS.replace),
        cancelText: t(CALENDAR_TEXTS.cancel),
        okButtonProps: { danger: true, id: 'calendar-replace-confirm' },
        onOk: () => save(values).finally(resolve),
        onCancel: () => resolve(),
      });
    });
  });

  const columns: TableColumnsType<DayRow> = [
    {
      key: 'date',
      title: t(CALENDAR_TEXTS.date),
      width: 170,
      render: (_, _row, index) => (
        <DayCell control={form.control} name={`days.${index}.date`}>
          {(field) => <Input {...field} onChange={(event) => field.onChange(event.target.value)} placeholder="2027-01-01" maxLength={10} aria-label={`${t(CALENDAR_TEXTS.date)} ${index + 1}`} data-testid={`calendar-day-date-${index}`} />}
        </DayCell>
      ),
    },
    {
      key: 'kind',
      title: t(CALENDAR_TEXTS.kind),
      width: 190,
      render: (_, _row, index) => (
        <DayCell control={form.control} name={`days.${index}.kind`}>
          {(field) => (
            <Select
              id={field.id}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              style={{ width: '100%' }}
              aria-label={`${t(CALENDAR_TEXTS.kind)} ${index + 1}`}
              data-testid={`calendar-day-kind-${index}`}
              options={CALENDAR_DAY_KINDS.map((kind) => ({ value: kind, label: t(CALENDAR_DAY_KIND_LABELS[kind]) }))}
            />
          )}
        </DayCell>
      ),
    },
    {
      key: 'name',
      title: t(CALENDAR_TEXTS.name),
      width: 220,
      render: (_, _row, index) => (
        <DayCell control={form.control} name={`days.${index}.name`}>
          {(field) => <Input {...field} onChange={(event) => field.onChange(event.target.value)} maxLength={100} placeholder="元旦" aria-label={`${t(CALENDAR_TEXTS.name)} ${index + 1}`} data-testid={`calendar-day-name-${index}`} />}
        </DayCell>
      ),
    },
    {
      key: 'remove',
      width: 48,
      render: (_, _row, index) => (
        <Tooltip title={t(CALENDAR_TEXTS.removeRow)}>
          <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(index)} disabled={fields.length <= 1} aria-label={`${t(CALENDAR_TEXTS.removeRow)} ${index + 1}`} />
        </Tooltip>
      ),
    },
  ];

  const daysError = form.formState.errors.days?.root?.message ?? form.formState.errors.days?.message;

  return (
    <SchemaForm onSubmit={() => onSubmit()} error={failure?.error ?? null} unmatched={failure?.unmatched ?? []} testId="calendar-year-form">
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <LabelledField control={form.control} name="year" label={CALENDAR_TEXTS.year} required>
            {(field) => (
              <InputNumber<number>
                id={field.id}
                ref={field.ref}
                value={field.value}
                onChange={(value) => field.onChange(value ?? undefined)}
                onBlur={field.onBlur}
                precision={0}
                style={{ width: '100%' }}
                data-testid="calendar-year"
              />
            )}
          </LabelledField>
        </Col>
        <Col xs={24} md={18}>
          <LabelledField control={form.control} name="noticeNumber" label={CALENDAR_TEXTS.noticeNumber} required extra={t(CALENDAR_TEXTS.noticeNumberHint)}>
            {(field) => <Input {...field} maxLength={100} placeholder="国办发明电〔2026〕号" data-testid="calendar-notice-number" />}
          </LabelledField>
        </Col>
      </Row>
      <Table<DayRow> rowKey="rowKey" size="small" columns={columns} dataSource={fields as DayRow[]} pagination={false} scroll={{ x: 'max-content' }} data-testid="calendar-days" />
      {daysError && (
        <Form.Item validateStatus="error" help={<span data-testid="days-help">{decodeLocalizedMessage(daysError, locale)}</span>} style={{ marginBottom: 0 }} />
      )}
      <Flex gap={12} wrap style={{ marginTop: 12 }}>
        <Button type="dashed" icon={<PlusOutlined />} onClick={() => append({ date: '', kind: 'holiday', name: '' }, { shouldFocus: false })} data-testid="calendar-add-row">
          {t(CALENDAR_TEXTS.addRow)}
        </Button>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={form.formState.isSubmitting} data-testid="calendar-save">
          {t(CALENDAR_TEXTS.save)}
        </Button>
      </Flex>
    </SchemaForm>
  );
}
