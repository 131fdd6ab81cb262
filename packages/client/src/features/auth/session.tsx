import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { appApolloClients, type ApolloClientSource } from '../../app/apolloClients';
import { MeQuery } from './graphql/auth';
import type { CurrentUser } from './hooks/useMe';

/** Why the last session ended, so the sign-in page can say so. */
export type SessionEndReason = 'signed-out' | 'deactivated' | 'organisation-deactivated' | 'ended';

interface SessionContextValue {
  endedBecause: SessionEndReason | null;
  /** Forgets the signed-in user, so the router shows the sign-in page, which says why. */
  endSession: (reason: SessionEndReason) => void;
  /**
   * Drops everything fetched so far from Apollo's cache, leaving nobody signed in. Call it only
   * where no page is showing that data (the sign-in page), because it also stops the cache from
   * updating the queries that are on screen.
   */
  forgetEverything: () => Promise<void>;
  /** Records a successful sign-in, as the signed-in user. */
  sessionStarted: (user: CurrentUser) => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * Holds the state of the session that outlives any one page: why it last ended. It sits above the
 * router and needs no Apollo Client until one exists (see apolloClients.ts); tests pass `clients`.
 */
export function SessionProvider({ children, clients = appApolloClients }: { children: ReactNode; clients?: ApolloClientSource }) {
  const [endedBecause, setEndedBecause] = useState<SessionEndReason | null>(null);

  const endSession = useCallback(
    (reason: SessionEndReason) => {
      setEndedBecause(reason);
      // The shell's Me query sees this at once and RequireAuth sends the user to sign in, where
      // the rest of the cache is dropped (see SignInPage).
      clients.current()?.writeQuery({ query: MeQuery, data: { me: null } });
    },
    [clients],
  );

  const forgetEverything = useCallback(async () => {
    // Nothing to forget when no page of the signed-in app has been shown in this visit.
    const client = clients.current();
    if (!client) return;
    await client.clearStore();
    client.writeQuery({ query: MeQuery, data: { me: null } });
  }, [clients]);

  const sessionStarted = useCallback(
    async (user: CurrentUser) => {
      const client = await clients.load();
      // Nothing fetched for an earlier session (one that expired, say) may show in this one.
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: user } });
      setEndedBecause(null);
    },
    [clients],
  );

  const value = useMemo(
    () => ({ endedBecause, endSession, forgetEverything, sessionStarted }),
    [endedBecause, endSession, forgetEverything, sessionStarted],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

const CurrentUserContext = createContext<CurrentUser | null>(null);

/** Makes the signed-in user available to the pages inside the app shell. */
export const CurrentUserProvider = CurrentUserContext;

/** The signed-in user. Only for components rendered inside <RequireAuth>. */
export function useCurrentUser(): CurrentUser {
  const user = use(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used inside <RequireAuth>');
  return user;
}
