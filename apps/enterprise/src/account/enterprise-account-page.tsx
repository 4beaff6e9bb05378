import { AccountPage } from '@shifan/ui';
import { ACCOUNT_PAGE_TEXTS } from './account-texts';
import { EnterpriseProfileCard } from './enterprise-profile-card';
import { VerificationCard } from '../verification/verification-card';

/** 我的账户 with the enterprise above the account. */
export function EnterpriseAccountPage() {
  return (
    <AccountPage intro={ACCOUNT_PAGE_TEXTS.intro}>
      <EnterpriseProfileCard />
      <VerificationCard />
    </AccountPage>
  );
}
