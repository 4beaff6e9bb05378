import { ForgotPasswordPage, NotFoundPage, RequireSession, SignInPage, TokenPasswordPage, useLocale } from '@shifan/ui';
import { Link, Route, Routes } from 'react-router';
import { EnterpriseAccountPage } from './account/enterprise-account-page';
import { APP_TEXTS } from './app-texts';
import { ApplicationsPage } from './applications/applications-page';
import { ApplicationPage } from './applications/detail/application-page';
import { ReceiptPage } from './applications/detail/receipt-page';
import { CallsPage } from './calls/calls-page';
import { ColleaguesPage } from './colleagues/colleagues-page';
import { HomePage } from './home/home-page';
import { ProfilePage } from './profile/profile-page';
import { RegisterPage } from './register/register-page';
import { DisputePage } from './dispute/dispute-page';
import { VerifyPage } from './verify/verify-page';
import { ApprovedListPage } from './publication/approved-list-page';
import { ApprovedListsPage } from './publication/approved-lists-page';
import { NoticePage } from './publication/notice-page';
import { NoticesPage } from './publication/notices-page';

/** After signing in, enterprises land on their account page. */
const landing = () => '/account';

function RegisterPrompt() {
  const { t } = useLocale();
  return (
    <span>
      {t(APP_TEXTS.noAccountYet)} <Link to="/register">{t(APP_TEXTS.registerEnterprise)}</Link>
    </span>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/register" element={<RegisterPage />} />
      <Route path="/dispute" element={<DisputePage />} />
      <Route path="/sign-in" element={<SignInPage landing={landing} footer={<RegisterPrompt />} />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<TokenPasswordPage purpose="reset" />} />
      <Route path="/accept-invitation" element={<TokenPasswordPage purpose="invitation" />} />
      <Route
        path="/account"
        element={
          <RequireSession permission="account.self">
            <EnterpriseAccountPage />
          </RequireSession>
        }
      />
      <Route
        path="/colleagues"
        element={
          <RequireSession permission="enterprise.colleagues.read">
            <ColleaguesPage />
          </RequireSession>
        }
      />
      <Route path="/calls" element={<CallsPage />} />
      <Route path="/verify/:code" element={<VerifyPage />} />
      <Route path="/notices" element={<NoticesPage />} />
      <Route path="/notices/:id" element={<NoticePage />} />
      <Route path="/approved" element={<ApprovedListsPage />} />
      <Route path="/approved/:callId" element={<ApprovedListPage />} />
      <Route
        path="/profile"
        element={
          <RequireSession permission="enterprise.profile">
            <ProfilePage />
          </RequireSession>
        }
      />
      <Route
        path="/applications"
        element={
          <RequireSession permission="applications.apply">
            <ApplicationsPage />
          </RequireSession>
        }
      />
      <Route
        path="/applications/:id"
        element={
          <RequireSession permission="applications.apply">
            <ApplicationPage />
          </RequireSession>
        }
      />
      <Route
        path="/applications/:id/receipt"
        element={
          <RequireSession permission="applications.apply">
            <ReceiptPage />
          </RequireSession>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
