import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PublicLayout } from '../../../app/layout/SiteHeader';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { browserStorage, forgetUnsentText } from '../../huddles/hooks/unsentText';
import { useMe } from '../hooks/useMe';
import { CurrentUserProvider, useSession } from '../session';

/**
 * Renders its children only for a signed-in user; everyone else goes to the sign-in page, which
 * brings them back here afterwards (unless they chose to sign out).
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading, error, refetch } = useMe();
  const { endedBecause } = useSession();
  const location = useLocation();
  const signedOut = !me && !loading && !error;

  // Nobody is signed in (they signed out, or the session expired or was revoked, here or while the
  // browser was closed): meeting notes left unsent here are about people, and must not wait for
  // whoever uses this computer next.
  useEffect(() => {
    const storage = signedOut ? browserStorage() : null;
    if (storage) forgetUnsentText(storage);
  }, [signedOut]);

  if (!me) {
    if (loading) {
      return (
        <PublicLayout>
          <Loading />
        </PublicLayout>
      );
    }
    if (error) {
      return (
        <PublicLayout>
          <ServiceProblem onRetry={() => void refetch()} />
        </PublicLayout>
      );
    }
    const from = `${location.pathname}${location.search}`;
    // After choosing to sign out, start afresh; otherwise come back here after signing in again.
    return <Navigate to="/sign-in" replace state={endedBecause === 'signed-out' ? undefined : { from }} />;
  }
  return <CurrentUserProvider value={me}>{children}</CurrentUserProvider>;
}
