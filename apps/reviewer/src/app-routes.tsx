import type { SessionView } from '@shifan/domain';
import { AccountPage, ForgotPasswordPage, NotFoundPage, RequireSession, SignInPage, TokenPasswordPage } from '@shifan/ui';
import { Route, Routes } from 'react-router';
import { APP_TEXTS } from './app-texts';
import { AuditPage } from './audit/audit-page';
import { CallEditPage, NewCallPage } from './calls/call-edit-page';
import { CallsPage } from './calls/calls-page';
import { HomePage } from './home/home-page';
import { staffLanding } from './nav/reviewer-nav';
import { UsersPage } from './users/users-page';

const landing = (session: SessionView) => staffLanding(session.account.role);

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/sign-in" element={<SignInPage landing={landing} />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<TokenPasswordPage purpose="reset" />} />
      <Route
        path="/account"
        element={
          <RequireSession permission="account.self">
            <AccountPage intro={APP_TEXTS.accountIntro} />
          </RequireSession>
        }
      />
      <Route
        path="/users"
        element={
          <RequireSession permission="staff.manage">
            <UsersPage />
          </RequireSession>
        }
      />
      <Route
        path="/calls"
        element={
          <RequireSession permission="calls.manage">
            <CallsPage />
          </RequireSession>
        }
      />
      <Route
        path="/calls/new"
        element={
          <RequireSession permission="calls.manage">
            <NewCallPage />
          </RequireSession>
        }
      />
      <Route
        path="/calls/:id"
        element={
          <RequireSession permission="calls.manage">
            <CallEditPage />
          </RequireSession>
        }
      />
      <Route
        path="/audit"
        element={
          <RequireSession permission="audit.read">
            <AuditPage />
          </RequireSession>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
