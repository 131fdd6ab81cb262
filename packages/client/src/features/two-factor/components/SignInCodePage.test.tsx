import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { myWorkMock } from '../../actions/testing';
import { fakeGraphqlFetch } from '../../../test/fakeGraphqlFetch';
import { CompleteSignInMutation } from '../graphql/two-factor';

const credentials = { email: 'sam.okafor@casehuddle.test', password: 'correct horse battery' };

describe('signing in with a code', () => {
  it(
    'asks for the code after a correct password, refuses a malformed one, and signs in with the right one',
    { timeout: 15_000 },
    async () => {
      const me = buildCurrentUser('COORDINATOR', { name: 'Sam Okafor' });
      // The sign-in page asks with fetch; the code page with Apollo.
      fakeGraphqlFetch({
        Login: () => ({
          data: null,
          errors: [{ message: 'Enter the 6-digit code from your authenticator app.', extensions: { code: 'TWO_FACTOR_REQUIRED' } }],
        }),
      });
      renderApp('/sign-in', [
        meMock(null),
        { request: { query: CompleteSignInMutation, variables: { code: '123456' } }, result: { data: { completeSignIn: me } } },
        quietMeChangedMock(),
        myWorkMock(),
      ]);
      const user = userEvent.setup();
      await user.type(await screen.findByLabelText('Email address'), credentials.email);
      await user.type(screen.getByLabelText('Password'), credentials.password);
      await user.click(screen.getByRole('button', { name: 'Sign in' }));

      expect(await screen.findByRole('heading', { level: 1, name: 'Enter your sign-in code' })).toBeTruthy();
      const field = screen.getByLabelText('Code from your authenticator app');
      expect(field.getAttribute('autocomplete')).toBe('one-time-code');

      await user.type(field, '12');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      const summary = await screen.findByRole('alert');
      expect(
        within(summary).getByRole('link', { name: /Enter the 6-digit code from your authenticator app, or a recovery code/ }),
      ).toBeTruthy();

      await user.clear(field);
      await user.type(field, '123 456');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
      await waitFor(() => expect(screen.getByRole('banner').textContent).toContain('Sam Okafor'));
    },
  );
});
