import { render } from '@testing-library/react';
import { useMemo, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from 'react-router';
import { createCache } from '../app/cache';
import { EntryRoutes } from '../app/entry';
// The app loads the signed-in routes on demand; a test file loads them up front, as it collects,
// so that compiling them is not counted against the first test's time.
import '../app/routes';
import { SessionProvider } from '../features/auth/session';
import { quietShellMocks } from '../features/notifications/testing';

/**
 * Renders the whole app at `path`, with the API answered by `mocks` (and, after them, quiet answers
 * for what the shell asks on every page: see quietShellMocks). `link` may wrap the mocks' link, for
 * a test that sends live events when it chooses.
 */
export function renderApp(
  path: string,
  mocks: ReadonlyArray<MockLink.MockedResponse>,
  { link }: { link?: (mocked: ApolloLink) => ApolloLink } = {},
) {
  const all = [...mocks, ...quietShellMocks()];
  return render(
    <MockedProvider mocks={all} link={link ? link(new MockLink(all)) : undefined} cache={createCache()}>
      <SessionWithMockedClient>
        <MemoryRouter initialEntries={[path]}>
          <EntryRoutes />
        </MemoryRouter>
      </SessionWithMockedClient>
    </MockedProvider>,
  );
}

/** The session, using MockedProvider's client as the app would use its own. */
function SessionWithMockedClient({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const clients = useMemo(() => ({ current: () => client, load: () => Promise.resolve(client) }), [client]);
  return <SessionProvider clients={clients}>{children}</SessionProvider>;
}
