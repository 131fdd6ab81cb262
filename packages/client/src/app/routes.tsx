import { use } from 'react';
import { ApolloProvider, getApolloContext } from '@apollo/client/react';
import { matchPath, Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { homePathFor } from '../features/auth/destination';
import { useCurrentUser } from '../features/auth/session';
import { AppShell } from './layout/AppShell';
import { NotFoundPage } from './layout/NotFoundPage';
import { RequireArea, RequireRole } from './layout/RequireArea';
import { appApolloClients } from './apolloClients';
import { lazyPage, type LazyPage } from './lazyPage';

// This module and everything it imports load only once someone is signed in (see entry.tsx).
// Each page loads on demand in a chunk of its own, with lazyPage (docs/architecture.md, "Loading
// the client"): a new page is `const XPage = lazyPage(() => import('../features/x/components/XPage'))`.
const MyWorkPage = lazyPage(() => import('../features/my-work/components/MyWorkPage'));

// Only administrators need the admin screens, so they load on demand.
const AdminPage = lazyPage(() => import('../features/admin/components/AdminPage'));
// People's records are a large feature of their own, so they load on demand too.
const PeopleRoutes = lazyPage(() => import('../features/people/components/PeopleRoutes'));
const ExportPage = lazyPage(() => import('../features/people/components/ExportPage'));
const PrivacyNoticePage = lazyPage(() => import('../features/transparency/components/PrivacyNoticePage'));
// Manager review draws charts (recharts), so it and the other action pages load on demand.
const ActionsReviewPage = lazyPage(() => import('../features/actions/components/ActionsReviewPage'));
const ActionPage = lazyPage(() => import('../features/actions/components/ActionPage'));
const NotificationsPage = lazyPage(() => import('../features/notifications/components/NotificationsPage'));
const AccessRequestsPage = lazyPage(() => import('../features/access-requests/components/AccessRequestsPage'));
// Possible duplicates (coordinators and managers): compared side by side, merged or dismissed.
const DuplicatesPage = lazyPage(() => import('../features/duplicates/components/DuplicatesPage'));
// Huddles and the live meeting room load on demand (the room is the largest screen in the app).
const HuddlesRoutes = lazyPage(() => import('../features/huddles/components/HuddlesRoutes'));
const MeetingPage = lazyPage(() => import('../features/huddles/components/meeting/MeetingPage'));
// Releases draw the forecast chart (recharts); plans and outcomes load on demand too.
const ReleasesPage = lazyPage(() => import('../features/releases/components/ReleasesPage'));
const ReleasePlanPage = lazyPage(() => import('../features/releases/components/ReleasePlanPage'));
const AskingForAccessPage = lazyPage(() => import('../features/releases/components/AskingForAccessPage'));
const OutcomesPage = lazyPage(() => import('../features/outcomes/components/OutcomesPage'));
const AgendaPackPage = lazyPage(() => import('../features/huddles/components/meeting/AgendaPackPage'));
// The second step of signing in and two-factor set-up are needed once in a while only.
const SignInCodePage = lazyPage(() => import('../features/two-factor/components/SignInCodePage'));
const SignInEnrolPage = lazyPage(() => import('../features/two-factor/components/SignInEnrolPage'));
const TwoFactorPage = lazyPage(() => import('../features/two-factor/components/TwoFactorPage'));
// Governance (retention review, rights requests, break-glass reviews, misuse alerts, the incident log) is used rarely.
const GovernanceRoutes = lazyPage(() => import('../features/governance/components/GovernanceRoutes'));
// Information sharing agreements and sharing without agreement (managers and administrators).
const AgreementsRoutes = lazyPage(() => import('../features/agreements/components/AgreementsRoutes'));
const ShareWithoutAgreementPage = lazyPage(() => import('../features/agreements/components/ShareWithoutAgreementPage'));
// Referrals between organisations: the inbox, one referral, and the form from a person's record.
const ReferralsInboxPage = lazyPage(() => import('../features/referrals/components/ReferralsInboxPage'));
const ReferralPage = lazyPage(() => import('../features/referrals/components/ReferralPage'));
const ReferPage = lazyPage(() => import('../features/referrals/components/ReferPage'));
// Managers' referral figures draw a chart (recharts, loaded by the page only when it draws one).
const ReferralFiguresPage = lazyPage(() => import('../features/referrals/components/ReferralFiguresPage'));
// Managers' caseload outcomes draw charts (recharts, loaded by the page only when it draws one).
const CaseloadOutcomesPage = lazyPage(() => import('../features/outcomes/components/CaseloadOutcomesPage'));

// The page being opened starts loading at once, while the session is checked, rather than after.
// Add a new page here too (the pattern as in its <Route>, from the root).
const PRELOAD: Array<[pattern: string, page: LazyPage<object>]> = [
  ['/', MyWorkPage],
  ['/people/:id/release', ReleasePlanPage],
  ['/people/:id/outcomes', OutcomesPage],
  ['/people/:id/refer', ReferPage],
  ['/people/*', PeopleRoutes],
  ['/huddles/*', HuddlesRoutes],
  ['/meetings/:id', MeetingPage],
  ['/actions', ActionsReviewPage],
  ['/actions/:id', ActionPage],
  ['/notifications', NotificationsPage],
  ['/duplicates', DuplicatesPage],
  ['/referrals', ReferralsInboxPage],
  ['/referrals/figures', ReferralFiguresPage],
  ['/referrals/:id', ReferralPage],
  ['/releases', ReleasesPage],
  ['/releases/asking-for-access', AskingForAccessPage],
  ['/admin', AdminPage],
  ['/outcomes', CaseloadOutcomesPage],
  ['/governance/*', GovernanceRoutes],
  ['/agreements/*', AgreementsRoutes],
  ['/meetings/:id/pack', AgendaPackPage],
  ['/sign-in/code', SignInCodePage],
  ['/sign-in/set-up-two-factor', SignInEnrolPage],
];
for (const [pattern, page] of PRELOAD) {
  const match = matchPath(pattern, window.location.pathname);
  if (!match) continue;
  // A page module may export `askEarly(params)`, to send its first query as soon as it has loaded
  // rather than once it is drawn (earlyAnswers.ts); the meeting room does.
  type Params = typeof match.params;
  void page.preload().then((module) => (module as { askEarly?: (params: Params) => void }).askEarly?.(match.params));
  break;
}

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

/** Every page behind the sign-in. Routes are named after the user's journey, not the data. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in/code" element={<SignInCodePage />} />
      <Route path="/sign-in/set-up-two-factor" element={<SignInEnrolPage />} />
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
        <Route
          path="people/:id/refer"
          element={
            <RequireArea area="referrals">
              <ReferPage />
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
        {/* A privacy notice for the person; the server decides who may make one (full access to the record). */}
        <Route
          path="people/:id/privacy-notice"
          element={
            <RequireArea area="people">
              <PrivacyNoticePage />
            </RequireArea>
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
          path="referrals"
          element={
            <RequireArea area="referrals">
              <ReferralsInboxPage />
            </RequireArea>
          }
        />
        {/* Referral figures are for managers (the server refuses everyone else). */}
        <Route
          path="referrals/figures"
          element={
            <RequireRole roles={['MANAGER']}>
              <ReferralFiguresPage />
            </RequireRole>
          }
        />
        <Route
          path="referrals/:id"
          element={
            <RequireArea area="referrals">
              <ReferralPage />
            </RequireArea>
          }
        />
        <Route
          path="access-requests"
          element={
            <RequireRole roles={['PRACTITIONER', 'COORDINATOR', 'MANAGER']}>
              <AccessRequestsPage />
            </RequireRole>
          }
        />
        <Route
          path="duplicates"
          element={
            <RequireArea area="duplicates">
              <DuplicatesPage />
            </RequireArea>
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
          path="releases/asking-for-access"
          element={
            <RequireArea area="releases">
              <AskingForAccessPage />
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

/**
 * The signed-in app, as entry.tsx loads it. Tests give their own client (MockedProvider); the app
 * uses the one client of the page (apolloClients.ts).
 */
export default function SignedInApp() {
  const given = use(getApolloContext()).client;
  if (given) return <AppRoutes />;
  return <AppRoutesWithClient />;
}

function AppRoutesWithClient() {
  // Suspends until the client's chunk has loaded (usually it has: loadSignedInApp loads both).
  const client = use(appApolloClients.load());
  return (
    <ApolloProvider client={client}>
      <AppRoutes />
    </ApolloProvider>
  );
}
