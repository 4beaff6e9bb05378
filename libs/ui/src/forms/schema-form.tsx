import type { ErrorDetail } from '@shifan/domain';
import { Flex, Form } from 'antd';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/api-error';
import { ApiErrorAlert } from '../api/api-error-alert';

export interface SchemaFormProps {
  /** From `useApiSubmit(...).onSubmit`. */
  onSubmit: () => Promise<void>;
  /** The last API failure; its message (and details matching no field) show above the fields. */
  error?: ApiError | null;
  unmatched?: readonly ErrorDetail[];
  /** Something to show above the fields instead of / besides the error, e.g. a success notice. */
  banner?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** An Ant Design vertical form whose submission goes through react-hook-form (see `useApiSubmit`). */
export function SchemaForm({ onSubmit, error, unmatched, banner, children, testId }: SchemaFormProps) {
  return (
    <Form layout="vertical" onFinish={() => void onSubmit()} data-testid={testId}>
      {(banner || error) && (
        <Flex vertical gap={12} style={{ marginBottom: 16 }}>
          {banner}
          {error && <ApiErrorAlert error={error} details={unmatched} />}
        </Flex>
      )}
      {children}
    </Form>
  );
}
