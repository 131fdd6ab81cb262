import type { ApolloClient } from '@apollo/client';

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

/** The one Apollo Client of this page, created on first use. */
export const appApolloClients: ApolloClientSource = {
  current: () => client,
  load: () =>
    (loading ??= import('./apollo').then(({ createApolloClient }) => {
      client = createApolloClient();
      return client;
    })),
};
