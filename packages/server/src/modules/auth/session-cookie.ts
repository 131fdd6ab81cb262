import { parse } from 'cookie';
import type { Response } from 'express';

/** The session cookie's name. `__Host-` pins it to this host and path when served over HTTPS. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-casehuddle_session' : 'casehuddle_session';
}

/** Reads the session token from a Cookie header. */
export function readSessionToken(cookieHeader: string | undefined, secure: boolean): string | null {
  if (!cookieHeader) return null;
  const token = parse(cookieHeader)[sessionCookieName(secure)];
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}

/** Sets the session cookie: httpOnly (no script can read it), SameSite=Lax, Secure in production. */
export function setSessionCookie(res: Response, token: string, opts: { secure: boolean; maxAgeMs: number }): void {
  res.cookie(sessionCookieName(opts.secure), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: opts.secure,
    path: '/',
    maxAge: opts.maxAgeMs,
  });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(sessionCookieName(secure), { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
