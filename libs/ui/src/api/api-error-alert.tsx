import { Alert, Typography } from 'antd';
import { UI_TEXTS } from '../i18n/ui-texts';
import { useLocale } from '../i18n/use-locale';
import type { ApiError } from './api-error';

export interface ApiErrorAlertProps {
  error: ApiError;
}

/** Shows an API error's message, its field details and the request id to quote to support. */
export function ApiErrorAlert({ error }: ApiErrorAlertProps) {
  const { t } = useLocale();
  const description = (
    <>
      {error.details.length > 0 && (
        <ul>
          {error.details.map((detail) => (
            <li key={`${detail.path}:${detail.code}`}>
              <Typography.Text code>{detail.path}</Typography.Text> {detail.message}
            </li>
          ))}
        </ul>
      )}
      {error.requestId && (
        <Typography.Text type="secondary">
          {t(UI_TEXTS.requestIdLabel)}
          <Typography.Text copyable>{error.requestId}</Typography.Text>
        </Typography.Text>
      )}
    </>
  );

  return (
    <Alert
      type="error"
      showIcon
      title={error.message}
      description={error.details.length > 0 || error.requestId ? description : undefined}
      data-testid="api-error"
      data-code={error.code}
    />
  );
}
