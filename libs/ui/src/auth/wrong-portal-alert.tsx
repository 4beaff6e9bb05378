import type { Role } from '@shifan/domain';
import { Alert, Button } from 'antd';
import { useLocale } from '../i18n/use-locale';
import { audienceOf, PORTALS } from '../session/audience';
import { goToPortalText, wrongPortalText } from '../session/session-texts';

export interface WrongPortalAlertProps {
  role: Role;
}

/** Under the sign-in form: this account belongs to the other app, with a link there. */
export function WrongPortalAlert({ role }: WrongPortalAlertProps) {
  const { t } = useLocale();
  const portal = PORTALS[audienceOf(role)];
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="wrong-portal"
      title={t(wrongPortalText(portal.accountKind, portal.name))}
      action={
        <Button size="small" type="primary" href={portal.signIn} data-testid="other-portal-link">
          {t(goToPortalText(portal.name))}
        </Button>
      }
    />
  );
}
