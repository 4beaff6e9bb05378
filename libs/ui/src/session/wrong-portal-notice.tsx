import type { Role } from '@shifan/domain';
import { Button, Result } from 'antd';
import { useLocale } from '../i18n/use-locale';
import { audienceOf, PORTALS } from './audience';
import { goToPortalText, SESSION_TEXTS, wrongPortalText } from './session-texts';

export interface WrongPortalNoticeProps {
  /** The role of the account that tried this app. */
  role: Role;
}

/** "Staff accounts cannot be used here; sign in on the review portal", with a plain link across to that app. */
export function WrongPortalNotice({ role }: WrongPortalNoticeProps) {
  const { t } = useLocale();
  const portal = PORTALS[audienceOf(role)];
  return (
    <Result
      status="warning"
      title={t(SESSION_TEXTS.wrongPortalTitle)}
      subTitle={t(wrongPortalText(portal.accountKind, portal.name))}
      extra={
        <Button type="primary" href={portal.signIn} data-testid="other-portal-link">
          {t(goToPortalText(portal.name))}
        </Button>
      }
      data-testid="wrong-portal"
    />
  );
}
