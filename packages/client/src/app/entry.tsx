import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { SignInPage } from '../features/auth/components/SignInPage';
import { PageLoading } from '../ui/Loading';
import { PublicLayout } from './layout/SiteHeader';
import { lazyPage } from './lazyPage';
import { loadSignedInApp, preloadSignedInApp } from './loadSignedInApp';

// The first script holds only what the sign-in page needs: React, the router, this file and the
// sign-in page (no Apollo Client, no form library). Everything else loads on demand.
// The signed-in app and Apollo Client load side by side, not one after the other.
const SignedInApp = lazy(() => {
  preloadSignedInApp();
  return loadSignedInApp();
});
const AccessibilityPage = lazyPage<object>(() => import('../features/info/InfoPages').then((m) => ({ default: m.AccessibilityPage })));
const PrivacyPage = lazyPage<object>(() => import('../features/info/InfoPages').then((m) => ({ default: m.PrivacyPage })));
const CookiesPage = lazyPage<object>(() => import('../features/info/InfoPages').then((m) => ({ default: m.CookiesPage })));
const HelpPage = lazyPage<object>(() => import('../features/info/InfoPages').then((m) => ({ default: m.HelpPage })));

/** The pages anyone may see, signed in or not, and then the signed-in app for every other path. */
export function EntryRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        path="/accessibility"
        element={
          <PublicLayout>
            <AccessibilityPage />
          </PublicLayout>
        }
      />
      <Route
        path="/privacy"
        element={
          <PublicLayout>
            <PrivacyPage />
          </PublicLayout>
        }
      />
      <Route
        path="/cookies"
        element={
          <PublicLayout>
            <CookiesPage />
          </PublicLayout>
        }
      />
      <Route
        path="/help"
        element={
          <PublicLayout>
            <HelpPage />
          </PublicLayout>
        }
      />
      <Route
        path="*"
        element={
          <Suspense
            fallback={
              <PublicLayout>
                <PageLoading />
              </PublicLayout>
            }
          >
            <SignedInApp />
          </Suspense>
        }
      />
    </Routes>
  );
}
