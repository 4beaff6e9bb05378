import { Alert, Typography } from 'antd';
import type { ApiError } from '../api/api-error';
import { formatDateTime } from '../format/format-date-time';
import { useLocale } from '../i18n/use-locale';
import { AUTH_TEXTS } from './auth-texts';

/** The detail code under which the API gives the ISO time from which the next attempt is checked. */
const RETRY_AT = 'RETRY_AT';

export interface LockoutAlertProps {
  /** A 429 SIGN_IN_THROTTLED error; its message already says until when (Beijing time). */
  error: ApiError;
}

/** 429 SIGN_IN_THROTTLED said plainly: the server's sentence, the end of the wait on the user's clock, the way out. */
export function LockoutAlert({ error }: LockoutAlertProps) {
  const { t } = useLocale();
  const until = error.details.find((detail) => detail.code === RETRY_AT)?.message;
  return (
    <Alert
      type="error"
      showIcon
      title={t(AUTH_TEXTS.lockedTitle)}
      data-testid="lockout-notice"
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>{error.message}</Typography.Paragraph>
          {until && (
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {t(AUTH_TEXTS.lockedLocalTime)}
              <Typography.Text strong style={{ whiteSpace: 'nowrap' }} data-testid="locked-until">
                {formatDateTime(until)}
              </Typography.Text>
            </Typography.Paragraph>
          )}
          <Typography.Text type="secondary">{t(AUTH_TEXTS.lockedReset)}</Typography.Text>
        </>
      }
    />
  );
}
