import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../features/auth/session';
import { EntryRoutes } from './entry';

/**
 * The whole app: the session and the router. Apollo Client comes with the signed-in app, which
 * loads on demand (entry.tsx, apolloClients.ts), so the sign-in page loads without it.
 */
export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <EntryRoutes />
      </BrowserRouter>
    </SessionProvider>
  );
}
