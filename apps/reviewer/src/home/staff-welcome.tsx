import { can, ROLE_LABELS } from '@shifan/domain';
import { audienceOf, recommendingUnitName, RouterButton, useLocale, useSession } from '@shifan/ui';
import { Alert, Flex } from 'antd';
import { APP_TEXTS } from '../app-texts';
import { greeting, STAFF_WELCOME_TEXTS } from './staff-welcome-texts';

/** For a signed-in staff member: who they are and what they can do here for now. */
export function StaffWelcome() {
  const { t } = useLocale();
  const { session } = useSession();
  if (!session || audienceOf(session.account.role) !== 'staff') return null;
  const { account } = session;
  const admin = can(account.role, 'staff.manage');
  const calls = can(account.role, 'calls.manage');

  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 24 }}
      data-testid="staff-welcome"
      title={t(greeting(account.displayName, ROLE_LABELS[account.role], recommendingUnitName(account.recommendingUnitCode)))}
      description={
        <Flex vertical gap={12} align="flex-start">
          <span>{t(admin ? STAFF_WELCOME_TEXTS.adminIntro : STAFF_WELCOME_TEXTS.queuesLater)}</span>
          <Flex gap={8} wrap>
            {calls && <RouterButton to="/calls">{t(APP_TEXTS.calls)}</RouterButton>}
            {admin && <RouterButton to="/users">{t(APP_TEXTS.users)}</RouterButton>}
            {admin && <RouterButton to="/audit">{t(APP_TEXTS.audit)}</RouterButton>}
            <RouterButton to="/account">{t(APP_TEXTS.myAccount)}</RouterButton>
          </Flex>
        </Flex>
      }
    />
  );
}
