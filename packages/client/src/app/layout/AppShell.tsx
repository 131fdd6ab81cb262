import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { navAreasFor, ROLE_LABELS } from '@casehuddle/shared';
import { useMeChanged } from '../../features/auth/hooks/useMeChanged';
import { useSignOut } from '../../features/auth/hooks/useSignOut';
import { useCurrentUser } from '../../features/auth/session';
import { NotificationsBadge } from '../../features/notifications/components/NotificationsBadge';
import { ReferralsNavCount } from '../../features/referrals/components/ReferralsNavCount';
import { PageLoading } from '../../ui/Loading';
import { MainContent, SiteHeader, SkipLink } from './SiteHeader';
import { SiteFooter } from './SiteFooter';

/** Who is signed in, and the way out. */
function Identity() {
  const user = useCurrentUser();
  const { signOut, signingOut, error } = useSignOut();
  return (
    <div className="app-identity">
      <p className="app-identity__details">
        <span className="govuk-visually-hidden">Signed in as </span>
        <span className="app-identity__name">{user.name}</span>
        <span className="app-identity__meta">
          {user.organisation.name}
          <span aria-hidden="true"> · </span>
          <span className="govuk-visually-hidden">, </span>
          {ROLE_LABELS[user.role]}
        </span>
      </p>
      {/* Notifications are about actions, which administrators neither own nor create. */}
      {user.role === 'ADMIN' ? null : <NotificationsBadge />}
      <NavLink className="app-identity__link" to="/account/two-factor">
        Two-factor sign-in
      </NavLink>
      <button
        type="button"
        className="govuk-button govuk-button--inverse app-identity__sign-out"
        onClick={() => void signOut()}
        disabled={signingOut}
        aria-disabled={signingOut || undefined}
      >
        {signingOut ? 'Signing out…' : 'Sign out'}
      </button>
      {error ? (
        <p className="app-identity__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The primary navigation: only the areas the signed-in user's role may use. */
function PrimaryNavigation() {
  const user = useCurrentUser();
  const areas = navAreasFor(user.role);
  return (
    <div className="moj-primary-navigation">
      <div className="moj-primary-navigation__container">
        <div className="moj-primary-navigation__nav">
          <nav className="moj-primary-navigation" aria-label="Primary navigation">
            <ul className="moj-primary-navigation__list">
              {areas.map((area) => (
                <li className="moj-primary-navigation__item" key={area.key}>
                  {/* NavLink sets aria-current="page" on the current area. */}
                  <NavLink className="moj-primary-navigation__link" to={area.path} end={area.path === '/'}>
                    {area.label}
                    {area.key === 'referrals' ? <ReferralsNavCount /> : null}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}

/**
 * After moving to another page in the app, put focus at the start of the new page's content, as a
 * full page load would, so screen reader users hear the new page rather than nothing at all.
 */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('main-content')?.focus();
  }, [pathname]);
}

/** The layout for signed-in users: header, navigation and the current page. */
export function AppShell() {
  useMeChanged();
  useFocusMainOnNavigation();
  return (
    <>
      <SkipLink />
      <SiteHeader>
        <Identity />
      </SiteHeader>
      <PrimaryNavigation />
      <MainContent>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </MainContent>
      <SiteFooter />
    </>
  );
}
