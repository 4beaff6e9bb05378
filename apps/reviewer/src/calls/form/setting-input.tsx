import { type LocalizedText, THRESHOLD_SOURCE_KIND_LABELS, type ThresholdSource } from '@shifan/domain';
import { type FieldInputProps, FormField, useLocale } from '@shifan/ui';
import { Col, DatePicker, InputNumber, Row, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { type Control, type FieldPath, useWatch } from 'react-hook-form';
import type { CallFormValues } from './call-form-values';
import type { SettingField } from './settings-fields';
import { SETTING_OPTION_LABELS, settingLabel, unitOf } from './settings-labels';

type Field = FieldInputProps<CallFormValues, FieldPath<CallFormValues>>;

const DATE_FORMAT = 'YYYY-MM-DD';

const TEXTS = {
  defaultIs: { zh: '默认值：', en: 'Default: ' },
  changed: { zh: '已调整', en: 'changed' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  none: { zh: '不设', en: 'None' },
  openSource: { zh: '原文', en: 'source text' },
  colon: { zh: '：', en: ': ' },
} as const satisfies Record<string, LocalizedText>;

/** A value as its input would show it: 2000 万元, 是/否, the option's label, a date or 不设. */
function shown(value: unknown, field: SettingField, t: (text: LocalizedText) => string, unit?: LocalizedText): string {
  if (value === null || value === undefined) return t(TEXTS.none);
  if (typeof value === 'boolean') return t(value ? TEXTS.yes : TEXTS.no);
  if (field.control.kind === 'select') return t(SETTING_OPTION_LABELS[String(value)] ?? { zh: String(value), en: String(value) });
  const text = typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
  if (!unit || !t(unit)) return text;
  return t(unit) === '%' ? `${text}%` : `${text} ${t(unit)}`;
}

export interface SettingHelpProps {
  control: Control<CallFormValues, unknown, CallFormValues>;
  field: SettingField;
  /** The category's documented default, to show beside the schema's description. */
  defaultValue: unknown;
  /** Where the default comes from (threshold-sources in @shifan/domain). */
  source?: ThresholdSource;
  unit?: LocalizedText;
}

/** The default's source: its kind, then the document and article with a link; an assumption says it has no policy source. */
export function SettingSource({ source, path }: { source: ThresholdSource; path: string }) {
  const { t } = useLocale();
  const kind = THRESHOLD_SOURCE_KIND_LABELS[source.kind];
  const assumed = source.kind === 'assumption';
  return (
    <span style={{ display: 'block' }} data-testid={`${path}-source`} data-kind={source.kind} title={source.note}>
      <Typography.Text type={assumed ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
        {t(kind)}
      </Typography.Text>
      {source.document && (
        <>
          {assumed ? ' · ' : t(TEXTS.colon)}
          {source.document}
          {source.article && ` ${source.article}`}
        </>
      )}
      {source.url && (
        <>
          {' '}
          <Typography.Link href={source.url} target="_blank" rel="noreferrer noopener" underline style={{ fontSize: 12 }}>
            {t(TEXTS.openSource)}
          </Typography.Link>
        </>
      )}
    </span>
  );
}

/** Under a setting: the schema's description (with its source) and the default, marked when the value differs. */
export function SettingHelp({ control, field, defaultValue, source, unit }: SettingHelpProps) {
  const { t } = useLocale();
  const value: unknown = useWatch({ control, name: field.path as FieldPath<CallFormValues> });
  const changed = defaultValue !== undefined && value !== defaultValue;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} data-testid={`${field.path}-extra`}>
      {field.description && <span style={{ display: 'block' }}>{field.description}</span>}
      {source && <SettingSource source={source} path={field.path} />}
      {defaultValue !== undefined && (
        <span>
          {t(TEXTS.defaultIs)}
          {shown(defaultValue, field, t, unit)}
          {changed && (
            <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid={`${field.path}-changed`}>
              {' · '}
              {t(TEXTS.changed)}
            </Typography.Text>
          )}
        </span>
      )}
    </Typography.Text>
  );
}

/** 1000000 reads as 1,000,000 (but not while it is being typed); the value stays a number. */
export function withThousands(value: number | string | undefined, info: { userTyping: boolean; input: string }): string {
  if (info.userTyping) return info.input;
  if (value === undefined || value === '') return '';
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** The typed text without its separators; antd's InputNumber reads the number (or nothing) from it. */
export function withoutThousands(text: string | undefined): number {
  return (text ?? '').replace(/,/g, '') as unknown as number;
}

function input(field: SettingField, props: Field, t: (text: LocalizedText) => string, unit?: LocalizedText): ReactNode {
  const control = field.control;
  const value: unknown = props.value;
  switch (control.kind) {
    case 'number':
      return (
        <InputNumber<number>
          id={props.id}
          ref={props.ref}
          name={props.name}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => props.onChange(next)}
          onBlur={props.onBlur}
          disabled={props.disabled}
          min={control.min}
          max={control.max}
          precision={control.integer ? 0 : undefined}
          formatter={withThousands}
          parser={withoutThousands}
          suffix={unit && t(unit) ? t(unit) : undefined}
          style={{ width: '100%' }}
        />
      );
    case 'switch':
      return <Switch id={props.id} ref={props.ref} checked={value === true} onChange={(checked) => props.onChange(checked)} disabled={props.disabled} />;
    case 'select':
      return (
        <Select<string>
          id={props.id}
          ref={props.ref}
          value={typeof value === 'string' ? value : undefined}
          onChange={(next) => props.onChange(next)}
          onBlur={props.onBlur}
          disabled={props.disabled}
          options={control.options.map((option) => ({ value: option, label: t(SETTING_OPTION_LABELS[option] ?? { zh: option, en: option }) }))}
        />
      );
    case 'date':
      return (
        <DatePicker
          id={props.id}
          value={typeof value === 'string' && value ? dayjs(value, DATE_FORMAT) : null}
          onChange={(date) => props.onChange(date ? date.format(DATE_FORMAT) : control.nullable ? null : '')}
          onBlur={props.onBlur}
          disabled={props.disabled}
          allowClear={control.nullable}
          format={DATE_FORMAT}
          style={{ width: '100%' }}
        />
      );
    case 'group':
      return <span />;
  }
}

export interface SettingInputProps {
  control: Control<CallFormValues, unknown, CallFormValues>;
  field: SettingField;
  defaults: (path: string) => unknown;
  /** The source of a setting's default by form path (`settings.eligibility.minCncRatePercent`). */
  sources: (path: string) => ThresholdSource | undefined;
}

/** A setting as a labelled input; a group (e.g. the floors per tier) as a row of labelled inputs under one title. */
export function SettingInput({ control, field, defaults, sources }: SettingInputProps) {
  const { t } = useLocale();
  if (field.control.kind === 'group') {
    return (
      <fieldset style={{ border: 'none', padding: 0, margin: '0 0 8px' }} data-testid={`${field.path}-group`}>
        <legend style={{ fontSize: 14, marginBottom: 4, border: 'none', color: 'rgba(0, 0, 0, 0.88)' }}>{t(settingLabel(field.key))}</legend>
        {field.description && (
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 8 }}>
            {field.description}
          </Typography.Text>
        )}
        <Row gutter={16}>
          {field.control.fields.map((child) => (
            <Col key={child.key} xs={24} md={8}>
              <SettingInput control={control} field={child} defaults={defaults} sources={sources} />
            </Col>
          ))}
        </Row>
      </fieldset>
    );
  }
  const parentKey = field.path.split('.').slice(-2, -1)[0];
  const unit = unitOf(field.key, parentKey);
  const defaultValue = defaults(field.path);
  return (
    <FormField
      control={control}
      name={field.path as FieldPath<CallFormValues>}
      label={settingLabel(field.key)}
      extra={<SettingHelp control={control} field={field} defaultValue={defaultValue} source={sources(field.path)} unit={unit} />}
    >
      {(props) => <>{input(field, props, t, unit)}</>}
    </FormField>
  );
}
