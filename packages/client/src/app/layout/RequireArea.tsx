import type { ReactNode } from 'react';
import { navAreasFor, type NavArea, type Role } from '@casehuddle/shared';
import { useCurrentUser } from '../../features/auth/session';
import { usePageTitle } from '../../ui/usePageTitle';

/** Shown to a signed-in user who opens a page their role does not include. */
export function AccessDenied() {
  usePageTitle('You do not have permission to see this page');
  return (
    <>
      <h1 className="govuk-heading-l">You do not have permission to see this page</h1>
      <p className="govuk-body">
        Your role does not include this part of CaseHuddle. Use the navigation above to go to the areas you can use, or ask your CaseHuddle
        administrator if you think you should have access.
      </p>
    </>
  );
}

/**
 * Renders a navigation area's page only for roles that have that area (the same rule that builds
 * the navigation). The server enforces access too; this just explains it instead of showing errors.
 */
export function RequireArea({ area, children }: { area: NavArea['key']; children: ReactNode }) {
  const user = useCurrentUser();
  const allowed = navAreasFor(user.role).some((a) => a.key === area);
  return allowed ? <>{children}</> : <AccessDenied />;
}

/** Renders a page only for the given roles (the server checks too, and more closely). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useCurrentUser();
  return roles.includes(user.role) ? <>{children}</> : <AccessDenied />;
}
