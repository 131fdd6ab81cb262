import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from 'react-router';
import { createCache } from '../app/cache';
import { AppRoutes } from '../app/routes';
import { SessionProvider } from '../features/auth/session';
import { quietShellMocks } from '../features/notifications/testing';

/**
 * Renders the whole app at `path`, with the API answered by `mocks` (and, after them, quiet answers
 * for what the shell asks on every page: see quietShellMocks).
 */
export function renderApp(path: string, mocks: ReadonlyArray<MockLink.MockedResponse>) {
  return render(
    <MockedProvider mocks={[...mocks, ...quietShellMocks()]} cache={createCache()}>
      <SessionProvider>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}
