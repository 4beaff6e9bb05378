import { decodeLocalizedMessage, type LocalizedText } from '@shifan/domain';
import { type FieldInputProps, useLocale } from '@shifan/ui';
import { Form } from 'antd';
import { type ReactElement, type ReactNode, useId } from 'react';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';

const REQUIRED: LocalizedText = { zh: '必填', en: 'Required' };

export interface LabelledFieldProps<T extends FieldValues, N extends FieldPath<T>, TOutput extends FieldValues = T> {
  control: Control<T, unknown, TOutput>;
  name: N;
  label: LocalizedText;
  required?: boolean;
  /** Always shown below the help line. */
  extra?: ReactNode;
  children: (field: FieldInputProps<T, N>) => ReactElement;
}

/**
 * `FormField` from @shifan/ui, except that a required text left empty says 必填 / Required rather than zod's own
 * "数值过小：期望 string >=2 字符" (as the call form's table cells do); other errors show as FormField shows them.
 */
export function LabelledField<T extends FieldValues, N extends FieldPath<T>, TOutput extends FieldValues = T>({
  control,
  name,
  label,
  required,
  extra,
  children,
}: LabelledFieldProps<T, N, TOutput>) {
  const { locale, t } = useLocale();
  const id = `${useId()}-${name}`;
  const { field, fieldState } = useController<T, N, TOutput>({ control, name });
  const value: unknown = field.value;
  const empty = fieldState.error?.type === 'too_small' && (value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === ''));
  const error = empty ? t(REQUIRED) : fieldState.error?.message ? decodeLocalizedMessage(fieldState.error.message, locale) : undefined;
  return (
    <Form.Item
      label={t(label)}
      htmlFor={id}
      required={required}
      validateStatus={error ? 'error' : undefined}
      help={error === undefined ? undefined : <span data-testid={`${name}-help`}>{error}</span>}
      extra={extra}
    >
      {children({ ...field, id })}
    </Form.Item>
  );
}
