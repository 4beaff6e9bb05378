import { decodeLocalizedMessage } from '@shifan/domain';
import { type FieldInputProps, useLocale } from '@shifan/ui';
import { Form } from 'antd';
import type { ReactElement } from 'react';
import { type Control, type FieldPath, useController } from 'react-hook-form';
import type { CallFormValues } from './call-form-values';

const REQUIRED = { zh: '必填', en: 'Required' } as const;

export interface CellFieldProps {
  control: Control<CallFormValues, unknown, CallFormValues>;
  name: string;
  children: (field: FieldInputProps<CallFormValues, FieldPath<CallFormValues>>) => ReactElement;
}

/** One input of an editable table row (no label: the column says what it is), with its error under it. */
export function CellField({ control, name, children }: CellFieldProps) {
  const { locale, t } = useLocale();
  const path = name as FieldPath<CallFormValues>;
  const { field, fieldState } = useController({ control, name: path });
  // zod's own wording for an empty required text ("数值过小：期望 string >=1 字符") says less than "必填".
  const empty = fieldState.error?.type === 'too_small' && (field.value === '' || field.value === null);
  const error = empty ? t(REQUIRED) : fieldState.error?.message ? decodeLocalizedMessage(fieldState.error.message, locale) : undefined;
  return (
    <Form.Item
      style={{ marginBottom: 0 }}
      validateStatus={error ? 'error' : undefined}
      help={error ? <span data-testid={`${name}-help`}>{error}</span> : undefined}
    >
      {children({ ...field, id: `cell-${name}` })}
    </Form.Item>
  );
}
