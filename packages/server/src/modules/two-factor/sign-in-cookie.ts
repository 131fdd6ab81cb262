import { parse } from 'cookie';
import type { Response } from 'express';

/**
 * The half-signed-in state lives in a cookie of its own, separate from the session cookie: it
 * grants nothing but the second step of signing in.
 */
export function signInCookieName(secure: boolean): string {
  return secure ? '__Host-casehuddle_sign_in' : 'casehuddle_sign_in';
}

/** How long the second step may take after a correct password. */
export const SIGN_IN_CHALLENGE_MINUTES = 10;

export function readSignInToken(cookieHeader: string | undefined, secure: boolean): string | null {
  if (!cookieHeader) return null;
  const token = parse(cookieHeader)[signInCookieName(secure)];
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}

/** httpOnly, SameSite=Strict (it is only ever sent back by this site's own sign-in pages). */
export function setSignInCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(signInCookieName(secure), token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: SIGN_IN_CHALLENGE_MINUTES * 60_000,
  });
}

export function clearSignInCookie(res: Response, secure: boolean): void {
  res.clearCookie(signInCookieName(secure), { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}
