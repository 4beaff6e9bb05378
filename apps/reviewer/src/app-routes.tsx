import type { SessionView } from '@shifan/domain';
import { AccountPage, ForgotPasswordPage, NotFoundPage, RequireSession, SignInPage, TokenPasswordPage } from '@shifan/ui';
import { Route, Routes } from 'react-router';
import { APP_TEXTS } from './app-texts';
import { AuditPage } from './audit/audit-page';
import { CallEditPage, NewCallPage } from './calls/call-edit-page';
import { CallsPage } from './calls/calls-page';
import { CalendarPage } from './calendar/calendar-page';
import { HomePage } from './home/home-page';
import { staffLanding } from './nav/reviewer-nav';
import { UsersPage } from './users/users-page';
import { DisputesPage } from './disputes/disputes-page';
import { VerificationsPage } from './verifications/verifications-page';
import { DashboardPage } from './dashboard/dashboard-page';
import { ExpertsPage } from './experts/experts-page';
import { PublicationPage } from './publication/publication-page';
import { PanelPage } from './panels/panel-page';
import { PanelsPage } from './panels/panels-page';
import { RankingPage } from './ranking/ranking-page';
import { CityReviewPage } from './review/city-page';
import { DistrictReviewPage } from './review/district-page';
import { ReviewApplicationPage } from './review/review-application-page';
import { AssignmentsPage } from './scoring/assignments-page';
import { ScorePage } from './scoring/score-page';

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
        path="/verifications"
        element={
          <RequireSession permission="verification.review">
            <VerificationsPage />
          </RequireSession>
        }
      />
      <Route
        path="/disputes"
        element={
          <RequireSession permission="staff.manage">
            <DisputesPage />
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
      <Route
        path="/district"
        element={
          <RequireSession permission="review.district">
            <DistrictReviewPage />
          </RequireSession>
        }
      />
      <Route
        path="/formal-check"
        element={
          <RequireSession permission="review.city">
            <CityReviewPage />
          </RequireSession>
        }
      />
      <Route
        path="/applications/:id"
        element={
          <RequireSession permission="review.read">
            <ReviewApplicationPage />
          </RequireSession>
        }
      />
      <Route
        path="/experts"
        element={
          <RequireSession permission="experts.manage">
            <ExpertsPage />
          </RequireSession>
        }
      />
      <Route
        path="/panels"
        element={
          <RequireSession permission="review.city">
            <PanelsPage />
          </RequireSession>
        }
      />
      <Route
        path="/panels/:id"
        element={
          <RequireSession permission="review.city">
            <PanelPage />
          </RequireSession>
        }
      />
      <Route
        path="/ranking"
        element={
          <RequireSession permission="review.city">
            <RankingPage />
          </RequireSession>
        }
      />
      <Route
        path="/assignments"
        element={
          <RequireSession permission="review.score">
            <AssignmentsPage />
          </RequireSession>
        }
      />
      <Route
        path="/assignments/:applicationId"
        element={
          <RequireSession permission="review.score">
            <ScorePage />
          </RequireSession>
        }
      />
      <Route
        path="/publication"
        element={
          <RequireSession permission="publication.manage">
            <PublicationPage />
          </RequireSession>
        }
      />
      <Route
        path="/dashboard"
        element={
          <RequireSession permission="dashboard.read">
            <DashboardPage />
          </RequireSession>
        }
      />
      <Route
        path="/calendar"
        element={
          <RequireSession permission="calendar.read">
            <CalendarPage />
          </RequireSession>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
