import type { Role } from '@casehuddle/shared';
import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

/**
 * The one authorisation gate for `@Authorized(...)`. Throws typed errors rather than
 * returning false, so that a signed-out caller gets UNAUTHENTICATED and a signed-in caller
 * without the role gets FORBIDDEN, whatever the field.
 */
export const authChecker: AuthCheckerFn<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
  return true;
};
