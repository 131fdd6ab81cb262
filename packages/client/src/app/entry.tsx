import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { SignInPage } from '../features/auth/components/SignInPage';
import { PageLoading } from '../ui/Loading';
import { PublicLayout } from './layout/SiteHeader';
import { lazyPage } from './lazyPage';
import { askWhoIsSignedIn } from './apolloClients';
import { loadSignedInApp, preloadSignedInApp } from './loadSignedInApp';

// The first script holds only what the sign-in page needs: React, the router, this file and the
// sign-in page (no Apollo Client, no form library). Everything else loads on demand.
// The signed-in app and Apollo Client load side by side, not one after the other.
const SignedInApp = lazy(() => {
  preloadSignedInApp();
  return loadSignedInApp();
});
/** The pages that need no session (the routes below, before the signed-in app's). */
const PUBLIC_PATHS = new Set(['/sign-in', '/accessibility', '/privacy', '/cookies', '/help']);

/**
 * Opening a page of the signed-in app: fetch its chunks and ask who is signed in at once, side by
 * side, rather than after this script has drawn the first frame (main.tsx calls it first thing).
 */
export function startSignedInAppEarly(pathname: string): void {
  if (PUBLIC_PATHS.has(pathname.replace(/\/$/, '') || '/')) return;
  askWhoIsSignedIn();
  preloadSignedInApp();
}

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
