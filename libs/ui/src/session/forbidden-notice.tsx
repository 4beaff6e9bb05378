import { Result } from 'antd';
import { RouterButton } from '../layout/router-button';
import { useLocale } from '../i18n/use-locale';
import { SESSION_TEXTS } from './session-texts';

/** Shown instead of a page the signed-in role has no permission for. */
export function ForbiddenNotice() {
  const { t } = useLocale();
  return (
    <Result
      status="403"
      title={t(SESSION_TEXTS.forbiddenTitle)}
      subTitle={t(SESSION_TEXTS.forbiddenText)}
      extra={
        <RouterButton type="primary" to="/">
          {t(SESSION_TEXTS.backHome)}
        </RouterButton>
      }
      data-testid="forbidden"
    />
  );
}
