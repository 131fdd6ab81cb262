import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { SignInPage } from '../features/auth/components/SignInPage';
import { homePathFor } from '../features/auth/destination';
import { useCurrentUser } from '../features/auth/session';
import { ActionsPage, HuddlesPage, MyWorkPage, PeoplePage, ReleasesPage } from '../features/home/components/AreaPlaceholderPage';
import { AppShell } from './layout/AppShell';
import { NotFoundPage } from './layout/NotFoundPage';
import { RequireArea } from './layout/RequireArea';

// Only administrators need the admin screens, so they load on demand.
const AdminPage = lazy(() => import('../features/admin/components/AdminPage'));

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
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRoute />} />
        <Route
          path="people"
          element={
            <RequireArea area="people">
              <PeoplePage />
            </RequireArea>
          }
        />
        <Route
          path="huddles"
          element={
            <RequireArea area="huddles">
              <HuddlesPage />
            </RequireArea>
          }
        />
        <Route
          path="actions"
          element={
            <RequireArea area="actions">
              <ActionsPage />
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
