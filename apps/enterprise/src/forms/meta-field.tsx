import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FieldMeta, LocalizedText } from '@shifan/domain';
import { type FieldFeedback, FormField, useLocale } from '@shifan/ui';
import { AutoComplete, Button, Checkbox, DatePicker, Flex, Input, InputNumber, Radio, Select, type SelectProps } from 'antd';
import dayjs from 'dayjs';
import type { Control, FieldValues } from 'react-hook-form';
import { enumOptions, INDUSTRY_SUGGESTIONS } from './enum-options';
import type { FieldKind } from './field-kinds';
import { FORM_TEXTS } from './form-texts';

export type FormValues = Record<string, unknown>;

export interface MetaFieldProps {
  control: Control<FormValues, unknown, FieldValues>;
  name: string;
  meta: FieldMeta;
  kind: FieldKind;
  required: boolean;
  /** A yes/no field shown as one box to tick (declarations). */
  asCheckbox?: boolean;
  /** Labels of the item fields of a list (shareholders). */
  itemLabels?: Readonly<Record<string, FieldMeta>>;
  /** Shown under the field while it has no error, e.g. the eligibility rule it fails. */
  feedback?: FieldFeedback;
}

/** `''`, null and NaN mean "not given": the form keeps `undefined`, which drafts leave out. */
function given<T>(value: T | null | undefined | ''): T | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number' && Number.isNaN(value)) return undefined;
  return value as T;
}

type ListRow = Record<string, unknown>;

function ListInput({ value, onChange, itemLabels, id }: { value: unknown; onChange: (rows: ListRow[]) => void; itemLabels: Readonly<Record<string, FieldMeta>>; id: string }) {
  const { t } = useLocale();
  const rows = Array.isArray(value) ? (value as ListRow[]) : [];
  const keys = Object.keys(itemLabels);
  const update = (index: number, key: string, next: unknown) => onChange(rows.map((row, i) => (i === index ? { ...row, [key]: given(next) } : row)));
  return (
    <Flex vertical gap={8} id={id}>
      {rows.map((row, index) => (
        <Flex key={index} gap={8} align="center" wrap data-testid={`list-row-${index}`}>
          {keys.map((key) => {
            const meta = itemLabels[key];
            return meta.unit ? (
              <InputNumber
                key={key}
                aria-label={t(meta.label)}
                placeholder={t(meta.label)}
                value={(row[key] as number | undefined) ?? null}
                onChange={(next) => update(index, key, next)}
                suffix={t(meta.unit)}
                style={{ width: 160 }}
              />
            ) : (
              <Input key={key} aria-label={t(meta.label)} placeholder={t(meta.label)} value={(row[key] as string | undefined) ?? ''} onChange={(event) => update(index, key, event.target.value)} style={{ flex: 1, minWidth: 200 }} />
            );
          })}
          <Button icon={<DeleteOutlined />} onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={t(FORM_TEXTS.remove)} title={t(FORM_TEXTS.remove)} />
        </Flex>
      ))}
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => onChange([...rows, {}])} style={{ alignSelf: 'flex-start' }}>
        {t(FORM_TEXTS.addShareholder)}
      </Button>
    </Flex>
  );
}

function unitText(unit: LocalizedText | undefined, t: (text: LocalizedText) => string): string | undefined {
  return unit ? t(unit) : undefined;
}

/**
 * One field of a domain form (profile or application), its input chosen by the field's zod schema: text, number
 * with its unit, date, yes/no, a pledge to tick, a choice from a catalogue, or a list. Labels, units and help come
 * from the form's metadata in @shifan/domain; errors are shown by `FormField` in the page's language.
 */
export function MetaField({ control, name, meta, kind, required, asCheckbox = false, itemLabels = {}, feedback }: MetaFieldProps) {
  const { t, locale } = useLocale();
  const help = meta.help ? t(meta.help) : undefined;
  return (
    <div id={`field-${name}`} data-testid={`field-${name}`} data-field={name} className="meta-field">
      <FormField control={control} name={name} label={kind.kind === 'pledge' || asCheckbox ? { zh: '', en: '' } : meta.label} required={required && !(kind.kind === 'pledge' || asCheckbox)} extra={help} feedback={feedback}>
        {({ value, onChange, onBlur, ref, id, disabled }) => {
          switch (kind.kind) {
            case 'number':
              return (
                <InputNumber
                  ref={ref}
                  id={id}
                  value={(value as number | undefined) ?? null}
                  onChange={(next) => onChange(given(next))}
                  onBlur={onBlur}
                  disabled={disabled}
                  min={kind.min ?? undefined}
                  max={kind.max ?? undefined}
                  precision={kind.integer ? 0 : undefined}
                  suffix={unitText(meta.unit, t)}
                  style={{ width: '100%', maxWidth: 320 }}
                />
              );
            case 'date':
              return (
                <DatePicker
                  ref={ref}
                  id={id}
                  value={typeof value === 'string' && value ? dayjs(value) : null}
                  onChange={(next) => onChange(next ? next.format('YYYY-MM-DD') : undefined)}
                  onBlur={onBlur}
                  disabled={disabled}
                  format="YYYY-MM-DD"
                  style={{ width: 220 }}
                />
              );
            case 'boolean':
              return asCheckbox ? (
                <Checkbox ref={ref} id={id} checked={value === true} onChange={(event) => onChange(event.target.checked)} onBlur={onBlur} disabled={disabled}>
                  {t(meta.label)}
                  {required && <span style={{ color: '#ff4d4f', marginInlineStart: 4 }}>*</span>}
                </Checkbox>
              ) : (
                <Radio.Group
                  id={id}
                  value={typeof value === 'boolean' ? value : undefined}
                  onChange={(event) => onChange(event.target.value as boolean)}
                  disabled={disabled}
                  options={[
                    { value: true, label: t(FORM_TEXTS.yes) },
                    { value: false, label: t(FORM_TEXTS.no) },
                  ]}
                />
              );
            case 'pledge':
              return (
                <Checkbox ref={ref} id={id} checked={value === true} onChange={(event) => onChange(event.target.checked ? true : undefined)} onBlur={onBlur} disabled={disabled}>
                  {t(meta.label)}
                  <span style={{ color: '#ff4d4f', marginInlineStart: 4 }}>*</span>
                </Checkbox>
              );
            case 'enum': {
              const options = enumOptions(name, kind.values);
              const grouped = options.some((option) => option.group);
              const selectOptions: SelectProps['options'] = grouped
                ? [...new Set(options.map((option) => option.group?.zh ?? ''))].map((groupZh) => {
                    const members = options.filter((option) => (option.group?.zh ?? '') === groupZh);
                    return { label: members[0].group ? t(members[0].group) : '', title: groupZh, options: members.map((option) => ({ value: option.value, label: t(option.label) })) };
                  })
                : options.map((option) => ({ value: option.value, label: t(option.label) }));
              return (
                <Select
                  ref={ref}
                  id={id}
                  value={(value as string | undefined) ?? undefined}
                  onChange={(next: string | undefined) => onChange(given(next))}
                  onBlur={onBlur}
                  disabled={disabled}
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t(FORM_TEXTS.choose)}
                  options={selectOptions}
                  style={{ width: '100%', maxWidth: 480 }}
                />
              );
            }
            case 'list':
              return <ListInput id={id} value={value} onChange={onChange} itemLabels={itemLabels} />;
            case 'text':
              if (name === 'industryDivisionCode') {
                return (
                  <AutoComplete
                    ref={ref}
                    id={id}
                    value={(value as string | undefined) ?? ''}
                    onChange={(next: string) => onChange(given(next.trim()))}
                    onBlur={onBlur}
                    disabled={disabled}
                    placeholder={t(FORM_TEXTS.industryPlaceholder)}
                    options={INDUSTRY_SUGGESTIONS.map((option) => ({ value: option.value, label: `${option.value} ${t(option.label)}` }))}
                    showSearch={{ filterOption: (input, option) => String(option?.label ?? '').includes(input) }}
                    style={{ width: '100%', maxWidth: 480 }}
                    key={locale}
                  />
                );
              }
              return kind.multiline ? (
                <Input.TextArea ref={ref} id={id} value={(value as string | undefined) ?? ''} onChange={(event) => onChange(given(event.target.value))} onBlur={onBlur} disabled={disabled} autoSize={{ minRows: 3, maxRows: 10 }} showCount={kind.maxLength !== null} maxLength={kind.maxLength ?? undefined} />
              ) : (
                <Input ref={ref} id={id} value={(value as string | undefined) ?? ''} onChange={(event) => onChange(given(event.target.value))} onBlur={onBlur} disabled={disabled} maxLength={kind.maxLength ?? undefined} style={{ maxWidth: 640 }} />
              );
          }
        }}
      </FormField>
    </div>
  );
}
