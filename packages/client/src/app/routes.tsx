import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { SignInPage } from '../features/auth/components/SignInPage';
import { homePathFor } from '../features/auth/destination';
import { useCurrentUser } from '../features/auth/session';
import { MyWorkPage } from '../features/my-work/components/MyWorkPage';
import { AppShell } from './layout/AppShell';
import { NotFoundPage } from './layout/NotFoundPage';
import { RequireArea, RequireRole } from './layout/RequireArea';

// Only administrators need the admin screens, so they load on demand.
const AdminPage = lazy(() => import('../features/admin/components/AdminPage'));
// People's records are a large feature of their own, so they load on demand too.
const PeopleRoutes = lazy(() => import('../features/people/components/PeopleRoutes'));
const ExportPage = lazy(() => import('../features/people/components/ExportPage'));
// Manager review draws charts (recharts), so it and the other action pages load on demand.
const ActionsReviewPage = lazy(() => import('../features/actions/components/ActionsReviewPage'));
const ActionPage = lazy(() => import('../features/actions/components/ActionPage'));
const NotificationsPage = lazy(() => import('../features/notifications/components/NotificationsPage'));
const AccessRequestsPage = lazy(() => import('../features/access-requests/components/AccessRequestsPage'));
// Huddles and the live meeting room load on demand (the room is the largest screen in the app).
const HuddlesRoutes = lazy(() => import('../features/huddles/components/HuddlesRoutes'));
const MeetingPage = lazy(() => import('../features/huddles/components/meeting/MeetingPage'));
const AgendaPackPage = lazy(() => import('../features/huddles/components/meeting/AgendaPackPage'));
// Releases draw the forecast chart (recharts); plans and outcomes load on demand too.
const ReleasesPage = lazy(() => import('../features/releases/components/ReleasesPage'));
const ReleasePlanPage = lazy(() => import('../features/releases/components/ReleasePlanPage'));
const OutcomesPage = lazy(() => import('../features/outcomes/components/OutcomesPage'));
// The second step of signing in and two-factor set-up are needed once in a while only.
const SignInCodePage = lazy(() => import('../features/two-factor/components/SignInCodePage'));
const SignInEnrolPage = lazy(() => import('../features/two-factor/components/SignInEnrolPage'));
const TwoFactorPage = lazy(() => import('../features/two-factor/components/TwoFactorPage'));
// Governance (retention review, rights requests, break-glass reviews, misuse alerts, the incident log) is used rarely, so it loads on demand.
const GovernanceRoutes = lazy(() => import('../features/governance/components/GovernanceRoutes'));
// Information sharing agreements and sharing without agreement (managers and administrators).
const AgreementsRoutes = lazy(() => import('../features/agreements/components/AgreementsRoutes'));
const ShareWithoutAgreementPage = lazy(() => import('../features/agreements/components/ShareWithoutAgreementPage'));
// Managers' caseload outcomes draw charts (recharts, loaded by the page only when it draws one).
const CaseloadOutcomesPage = lazy(() => import('../features/outcomes/components/CaseloadOutcomesPage'));

/** "/" is My work for case workers; roles without it (administrators) go to their first area. */
function HomeRoute() {
  const user = useCurrentUser();
  const home = homePathFor(user.role);
  if (home !== '/') return <Navigate to={home} replace />;
  return (
    <RequireArea area="my-work">
      <MyWorkPage />
    </RequireArea>
  );
}

/** Every route in the app. Routes are named after the user's journey, not the data. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        path="/sign-in/code"
        element={
          <Suspense fallback={null}>
            <SignInCodePage />
          </Suspense>
        }
      />
      <Route
        path="/sign-in/set-up-two-factor"
        element={
          <Suspense fallback={null}>
            <SignInEnrolPage />
          </Suspense>
        }
      />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRoute />} />
        <Route
          path="people/*"
          element={
            <RequireArea area="people">
              <PeopleRoutes />
            </RequireArea>
          }
        />
        {/* A person's release plan and outcomes sit beside their record (more specific than people/*). */}
        <Route
          path="people/:id/release"
          element={
            <RequireArea area="people">
              <ReleasePlanPage />
            </RequireArea>
          }
        />
        <Route
          path="people/:id/outcomes"
          element={
            <RequireArea area="people">
              <OutcomesPage />
            </RequireArea>
          }
        />
        {/* Subject access exports are for managers and administrators (who have no People area). */}
        <Route
          path="people/:id/export"
          element={
            <RequireRole roles={['MANAGER', 'ADMIN']}>
              <ExportPage />
            </RequireRole>
          }
        />
        {/* Sharing without agreement is approved by a manager of the organisation holding the record. */}
        <Route
          path="people/:id/share-without-agreement"
          element={
            <RequireRole roles={['MANAGER']}>
              <ShareWithoutAgreementPage />
            </RequireRole>
          }
        />
        <Route
          path="agreements/*"
          element={
            <RequireArea area="agreements">
              <AgreementsRoutes />
            </RequireArea>
          }
        />
        <Route
          path="huddles/*"
          element={
            <RequireArea area="huddles">
              <HuddlesRoutes />
            </RequireArea>
          }
        />
        <Route
          path="meetings/:id"
          element={
            <RequireArea area="huddles">
              <MeetingPage />
            </RequireArea>
          }
        />
        <Route
          path="meetings/:id/pack"
          element={
            <RequireArea area="huddles">
              <AgendaPackPage />
            </RequireArea>
          }
        />
        <Route
          path="actions"
          element={
            <RequireArea area="actions">
              <ActionsReviewPage />
            </RequireArea>
          }
        />
        {/* One action: for everyone with My work, since practitioners own actions but have no Actions area. */}
        <Route
          path="actions/:id"
          element={
            <RequireArea area="my-work">
              <ActionPage />
            </RequireArea>
          }
        />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route
          path="access-requests"
          element={
            <RequireRole roles={['PRACTITIONER', 'COORDINATOR', 'MANAGER']}>
              <AccessRequestsPage />
            </RequireRole>
          }
        />
        <Route path="account/two-factor" element={<TwoFactorPage />} />
        <Route
          path="governance/*"
          element={
            <RequireArea area="governance">
              <GovernanceRoutes />
            </RequireArea>
          }
        />
        <Route
          path="releases"
          element={
            <RequireArea area="releases">
              <ReleasesPage />
            </RequireArea>
          }
        />
        <Route
          path="outcomes"
          element={
            <RequireArea area="outcomes">
              <CaseloadOutcomesPage />
            </RequireArea>
          }
        />
        <Route
          path="admin"
          element={
            <RequireArea area="admin">
              <AdminPage />
            </RequireArea>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
