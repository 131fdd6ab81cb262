import { appApolloClients } from './apolloClients';

/** The signed-in app's chunk (routes.tsx and what it imports). */
export const loadSignedInApp = () => import('./routes');

/** Starts loading the signed-in app and Apollo Client, while the server checks a password, say. */
export function preloadSignedInApp(): void {
  void loadSignedInApp();
  void appApolloClients.load();
}
