import { Alert, Typography } from 'antd';
import type { ApiError } from '../api/api-error';
import { formatDateTime } from '../format/format-date-time';
import { useLocale } from '../i18n/use-locale';
import { AUTH_TEXTS } from './auth-texts';

/** The detail code under which the API gives the ISO time a lock ends. */
const LOCKED_UNTIL = 'LOCKED_UNTIL';

export interface LockoutAlertProps {
  /** A 423 ACCOUNT_LOCKED error; its message already says until when (Beijing time). */
  error: ApiError;
}

/** 423 ACCOUNT_LOCKED said plainly: the server's sentence, the end of the lock on the user's clock, the way out. */
export function LockoutAlert({ error }: LockoutAlertProps) {
  const { t } = useLocale();
  const until = error.details.find((detail) => detail.code === LOCKED_UNTIL)?.message;
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
