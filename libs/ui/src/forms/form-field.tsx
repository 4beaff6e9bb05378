import { decodeLocalizedMessage, type LocalizedText } from '@shifan/domain';
import { Form } from 'antd';
import { useId, type ReactElement, type ReactNode } from 'react';
import { type Control, type ControllerRenderProps, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { useLocale } from '../i18n/use-locale';

/** What to show under a field that has no error: a live check (e.g. the USCC) or a hint. */
export interface FieldFeedback {
  status?: 'success' | 'warning' | 'error' | 'validating';
  text: ReactNode;
}

export type FieldInputProps<T extends FieldValues, N extends FieldPath<T>> = ControllerRenderProps<T, N> & { id: string };

export interface FormFieldProps<T extends FieldValues, N extends FieldPath<T>, TOutput extends FieldValues = T> {
  control: Control<T, unknown, TOutput>;
  name: N;
  label: LocalizedText;
  required?: boolean;
  /** Shown under the field while it has no error. */
  feedback?: FieldFeedback;
  /** Always shown below the help line. */
  extra?: ReactNode;
  /** Renders the input; spread the props onto an Ant Design input (`<Input {...field} />`). */
  children: (field: FieldInputProps<T, N>) => ReactElement;
}

/**
 * One form row: label, the input bound to react-hook-form, and under it the field's error in the page's language
 * (schema messages are bilingual and decoded here; API details arrive already translated) or else `feedback`.
 */
export function FormField<T extends FieldValues, N extends FieldPath<T>, TOutput extends FieldValues = T>({
  control,
  name,
  label,
  required,
  feedback,
  extra,
  children,
}: FormFieldProps<T, N, TOutput>) {
  const { locale, t } = useLocale();
  const id = `${useId()}-${name}`;
  const { field, fieldState } = useController<T, N, TOutput>({ control, name });
  const error = fieldState.error?.message ? decodeLocalizedMessage(fieldState.error.message, locale) : undefined;
  const help = error ?? feedback?.text;

  return (
    <Form.Item
      label={t(label)}
      htmlFor={id}
      required={required}
      validateStatus={error ? 'error' : feedback?.status}
      help={help === undefined ? undefined : <span data-testid={`${name}-help`}>{help}</span>}
      extra={extra}
    >
      {children({ ...field, id })}
    </Form.Item>
  );
}
