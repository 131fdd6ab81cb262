import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../app/routes';
import { SessionProvider } from '../features/auth/session';

/** Renders the whole app at `path`, with the API answered by `mocks`. */
export function renderApp(path: string, mocks: ReadonlyArray<MockLink.MockedResponse>) {
  return render(
    <MockedProvider mocks={mocks}>
      <SessionProvider>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
}
