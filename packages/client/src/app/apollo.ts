import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { MeQuery } from '../features/auth/graphql/auth';
import type { CurrentUserFieldsFragment } from '../generated/graphql';
import { createCache } from './cache';
import { earlyAnswerLink, forgetEarlyAnswers } from './earlyAnswers';

// Pages send their first queries early through this (routes.tsx calls a page module's askEarly).
export { askEarly } from './earlyAnswers';

/** The API lives on the same origin as the app (Vite proxies it in development). */
const GRAPHQL_PATH = '/graphql';

/** ws:// or wss:// to match the page, on the same host, so the session cookie goes with it. */
function webSocketUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}${GRAPHQL_PATH}`;
}

const reconnectListeners = new Set<() => void>();

/**
 * Calls `listener` whenever the WebSocket comes back after a drop. graphql-ws resends each open
 * subscription exactly as it was first sent, so a live view that resumes from a position (the
 * meeting room's `afterSeq`) uses this to subscribe again from the last event it saw.
 */
export function onSocketReconnected(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/** Operations that legitimately run without a session, so UNAUTHENTICATED from them means nothing more. */
const SIGNED_OUT_OPERATIONS = new Set(['Me', 'Login', 'Logout']);

/**
 * Creates the app's Apollo Client: queries and mutations over HTTP (with the session cookie and the
 * header Apollo Server's CSRF prevention asks for), subscriptions over graphql-ws on the same path.
 * `me`, when given, is who the server said is signed in, so the first Me query needs no request.
 */
export function createApolloClient({ me }: { me?: CurrentUserFieldsFragment | null } = {}): ApolloClient {
  const cache = createCache();
  // Who is signed in, when the page asked before this client existed (apolloClients.ts).
  if (me !== undefined) cache.writeQuery({ query: MeQuery, data: { me } });

  const httpLink = new HttpLink({
    uri: GRAPHQL_PATH,
    credentials: 'include',
    headers: { 'apollo-require-preflight': 'true' },
  });

  const wsClient = createClient({
    url: webSocketUrl,
    // Connect only while a subscription is open (that is, while someone is signed in), so the
    // socket always carries the current session cookie.
    lazy: true,
    // Keep trying for ever: a meeting-room screen may sit through server restarts and Wi-Fi drops.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    on: {
      connected: (_socket, _payload, wasRetry) => {
        // Events sent while the socket was down are lost, so catch up on what is on screen.
        if (!wasRetry) return;
        void client.refetchQueries({ include: 'active' });
        for (const listener of reconnectListeners) listener();
      },
    },
  });

  // A session that ends mid-visit (expired, or revoked elsewhere) shows up as UNAUTHENTICATED on
  // some other operation: forget the user, and the router sends them to the sign-in page.
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error) || SIGNED_OUT_OPERATIONS.has(operation.operationName ?? '')) return;
    if (error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: MeQuery, data: { me: null } });
    }
  });

  const link = ApolloLink.from([
    errorLink,
    // A page's first query may have been sent before this client existed (earlyAnswers.ts).
    earlyAnswerLink,
    ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, new GraphQLWsLink(wsClient), httpLink),
  ]);

  // The callbacks above run only once requests flow, by which time `client` exists.
  const client = new ApolloClient({ cache, link });
  // Nothing asked for before someone signed out or in may show afterwards.
  client.onClearStore(async () => forgetEarlyAnswers());
  client.onResetStore(async () => forgetEarlyAnswers());
  return client;
}
