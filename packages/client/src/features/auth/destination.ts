import { navAreasFor, type Role } from '@casehuddle/shared';

/** The first area in a role's navigation: where someone lands after signing in. */
export function homePathFor(role: Role): string {
  return navAreasFor(role)[0]?.path ?? '/';
}

/**
 * Where to go after signing in: back to the page the user asked for, if it is a path in this app,
 * otherwise their first navigation area. Anything else (another origin, `//host`) is ignored.
 */
export function destinationAfterSignIn(from: unknown, role: Role): string {
  if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/sign-in')) {
    return from;
  }
  return homePathFor(role);
}
