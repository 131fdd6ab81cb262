import type { ApolloClient } from '@apollo/client';
import { fetchMe } from '../features/auth/signInApi';
import type { CurrentUserFieldsFragment } from '../generated/graphql';

/**
 * Where the session finds the app's Apollo Client. The client (with Apollo, graphql-ws and the
 * cache) is in a chunk of its own that loads only once someone is signed in, so the sign-in page
 * does without it.
 */
export interface ApolloClientSource {
  /** The client, if this visit has created it already; null before anyone signed in. */
  current(): ApolloClient | null;
  /** The client, loading its chunk and creating it first if need be (always the same promise). */
  load(): Promise<ApolloClient>;
}

let client: ApolloClient | null = null;
let loading: Promise<ApolloClient> | null = null;
/** Who is signed in, asked for with fetch while the app's chunks load (see askWhoIsSignedIn). */
let earlyMe: Promise<CurrentUserFieldsFragment | null | undefined> | null = null;

/**
 * Asks the server who is signed in straight away, with fetch alone, so that the answer comes while
 * the signed-in app and Apollo Client are still loading rather than after them. The answer goes
 * into the new client's cache, where the app shell's Me query finds it. Call it once, before
 * `load()`; if the request fails, the Me query asks again as usual.
 */
export function askWhoIsSignedIn(): void {
  if (earlyMe || client) return;
  earlyMe = fetchMe().catch(() => undefined);
}

/** The one Apollo Client of this page, created on first use. */
export const appApolloClients: ApolloClientSource = {
  current: () => client,
  load: () =>
    // `undefined` when nobody asked early (the sign-in page, say): the Me query then asks. Only an
    // answer from the server may say that nobody is signed in.
    (loading ??= Promise.all([import('./apollo'), earlyMe ?? undefined]).then(([{ createApolloClient }, me]) => {
      client = createApolloClient(me === undefined ? {} : { me });
      return client;
    })),
};
