import type { ErrorDetail } from '@shifan/domain';
import { Alert, Typography } from 'antd';
import { UI_TEXTS } from '../i18n/ui-texts';
import { useLocale } from '../i18n/use-locale';
import { type ApiError, NETWORK_ERROR } from './api-error';

export interface ApiErrorAlertProps {
  error: ApiError;
  /** The field details to list; defaults to all of them. Forms pass the ones not shown next to a field. */
  details?: readonly ErrorDetail[];
}

/** Shows an API error's message, its field details and, for server faults, the request id to quote to support. */
export function ApiErrorAlert({ error, details = error.details }: ApiErrorAlertProps) {
  const { t } = useLocale();
  // Worth quoting to support only when the fault is not the user's: server errors and unreadable answers.
  const requestId = error.status >= 500 || error.code === NETWORK_ERROR ? error.requestId : undefined;
  const description = (
    <>
      {details.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {details.map((detail) => (
            <li key={`${detail.path}:${detail.code}`}>
              <Typography.Text code>{detail.path}</Typography.Text> {detail.message}
            </li>
          ))}
        </ul>
      )}
      {requestId && (
        <Typography.Text type="secondary">
          {t(UI_TEXTS.requestIdLabel)}
          <Typography.Text copyable>{requestId}</Typography.Text>
        </Typography.Text>
      )}
    </>
  );

  return (
    <Alert
      type="error"
      showIcon
      title={error.message}
      description={details.length > 0 || requestId ? description : undefined}
      data-testid="api-error"
      data-code={error.code}
    />
  );
}
