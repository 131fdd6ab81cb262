import { useEffect, useRef } from 'react';
import { useApolloClient, useMutation, useSubscription } from '@apollo/client/react';
import { LogoutMutation, MeChangedSubscription, MeQuery } from '../graphql/auth';
import { useSession, type SessionEndReason } from '../session';

/** How long to wait before listening again when the live connection fails but the session is fine. */
const RESUBSCRIBE_AFTER_MS = 10_000;

/** What the server's WebSocket close reason (with code 4401) says about why the session ended. */
const CLOSE_REASONS: Record<string, SessionEndReason> = {
  SIGNED_OUT: 'signed-out',
  ACCOUNT_DEACTIVATED: 'deactivated',
  ORGANISATION_DEACTIVATED: 'organisation-deactivated',
  SESSION_EXPIRED: 'ended',
  TWO_FACTOR_RESET: 'ended',
  TWO_FACTOR_REQUIRED: 'ended',
};

/** The reason in a "Socket closed with event 4401 ACCOUNT_DEACTIVATED" error, if there is one. */
export function sessionEndReasonFrom(error: unknown): SessionEndReason | null {
  const message = error instanceof Error ? error.message : '';
  const match = /\b4401\s+([A-Z_]+)/.exec(message);
  return (match && CLOSE_REASONS[match[1]!]) ?? null;
}

/**
 * Listens for changes an administrator makes to the signed-in user's own account. Apollo writes each
 * event into the cache, so a new name, role or organisation shows at once (and the navigation
 * follows the role). A deactivated user is signed out.
 *
 * The WebSocket reconnects by itself after network trouble. It gives up only when the server closes
 * it for good, which it does when the session ends (expired, revoked, or the account deactivated,
 * sometimes before the last event arrives). So when the subscription stops, ask over HTTP whether
 * this person is still signed in.
 */
export function useMeChanged(): void {
  const client = useApolloClient();
  const { endSession } = useSession();
  const [logout] = useMutation(LogoutMutation);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Once the session has ended here, later news about the socket must not change the reason given.
  const ended = useRef(false);

  function end(reason: SessionEndReason) {
    ended.current = true;
    clearTimeout(retryTimer.current);
    endSession(reason);
  }

  const { restart } = useSubscription(MeChangedSubscription, {
    onData: ({ data }) => {
      const user = data.data?.meChanged;
      if (user && !user.active) {
        // The server has probably revoked the session already; clear the cookie anyway.
        logout().catch(() => undefined);
        end('deactivated');
      }
    },
    // The server says why it closed the socket; that decides what the sign-in page says.
    onError: (error) => void checkSession(sessionEndReasonFrom(error)),
    onComplete: () => void checkSession(null),
  });

  async function checkSession(closeReason: SessionEndReason | null) {
    if (ended.current) return;
    clearTimeout(retryTimer.current);
    try {
      const { data } = await client.query({ query: MeQuery, fetchPolicy: 'network-only' });
      if (ended.current) return;
      if (!data?.me) return end(closeReason ?? 'ended');
      if (!data.me.active) return end('deactivated');
    } catch {
      // The server cannot say just now: listen again later, which checks again if it fails.
    }
    if (!ended.current) retryTimer.current = setTimeout(restart, RESUBSCRIBE_AFTER_MS);
  }

  useEffect(() => () => clearTimeout(retryTimer.current), []);
}
