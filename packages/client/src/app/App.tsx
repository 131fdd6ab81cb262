import { useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../features/auth/session';
import { createApolloClient } from './apollo';
import { AppRoutes } from './routes';

/** The whole app: Apollo Client, the session, and the router. */
export function App() {
  // One client for the life of the page (never recreated on re-render).
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <SessionProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SessionProvider>
    </ApolloProvider>
  );
}
