import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeGraphqlFetch } from '../../../test/fakeGraphqlFetch';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';

const credentials = { email: 'sam.okafor@casehuddle.test', password: 'correct horse battery' };

/** The API refuses the sign-in with this code and message. */
function loginFails(code: string, message: string) {
  return fakeGraphqlFetch({ Login: () => ({ data: null, errors: [{ message, extensions: { code } }] }) });
}

async function signIn(email = credentials.email, password = credentials.password) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Email address'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('SignInPage', () => {
  it('sends a signed-out visitor to the sign-in page, with one h1 and a useful title', async () => {
    renderApp('/admin', [meMock(null)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to CaseHuddle' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await waitFor(() => expect(document.title).toBe('Sign in – CaseHuddle'));
    expect(screen.getByRole('main').id).toBe('main-content');
    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe('#main-content');
  });

  it('asks for the email address and password before sending anything', async () => {
    renderApp('/sign-in', [meMock(null)]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter your email address' }).getAttribute('href')).toBe('#email');
    expect(within(summary).getByRole('link', { name: 'Enter your password' })).toBeTruthy();
    expect(screen.getByLabelText('Email address').getAttribute('aria-describedby')).toBe('email-error');
    expect(document.getElementById('email-error')?.textContent).toBe('Error: Enter your email address');
    await waitFor(() => expect(document.title).toBe('Error: Sign in – CaseHuddle'));
  });

  it("shows the server's message when the email address or password is wrong", async () => {
    const message = 'The email address or password is not right.';
    const requests = loginFails('INVALID_CREDENTIALS', message);
    renderApp('/sign-in', []);

    await signIn();

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeTruthy();
    expect(within(summary).getByRole('link', { name: message })).toBeTruthy();
    // The summary takes focus so screen reader users hear the problem straight away.
    await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
    expect(document.getElementById('email-error')?.textContent).toContain(message);
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    // Sent as the app's HTTP link sends requests: with the cookie, and the header CSRF prevention asks for.
    const login = requests.find((r) => r.operationName === 'Login');
    expect(login).toMatchObject({ url: '/graphql', credentials: 'include', variables: credentials });
    expect(login?.headers['apollo-require-preflight']).toBe('true');
  });

  it("shows the server's message when there have been too many attempts", async () => {
    const message = 'Too many attempts to sign in. Wait 15 minutes, then try again.';
    loginFails('RATE_LIMITED', message);
    renderApp('/sign-in', []);

    await signIn();

    expect(within(await screen.findByRole('alert')).getByRole('link', { name: message })).toBeTruthy();
  });

  it('shows "Signing in…" on a disabled button while it waits, then opens the first area for the role', async () => {
    const me = buildCurrentUser('PRACTITIONER');
    let answer: (value: { data: unknown }) => void = () => {};
    fakeGraphqlFetch({ Login: () => new Promise((resolve) => (answer = resolve)) });
    renderApp('/sign-in', [quietMeChangedMock()]);

    await signIn();

    const button = screen.getByRole('button', { name: 'Signing in…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    answer({ data: { login: me } });
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
    expect(screen.getByText(me.name)).toBeTruthy();
  });

  it('returns the user to the page they asked for', async () => {
    const me = buildCurrentUser('COORDINATOR');
    fakeGraphqlFetch({ Login: () => ({ data: { login: me } }) });
    renderApp('/huddles', [meMock(null), quietMeChangedMock()]);

    await signIn();

    expect(await screen.findByRole('heading', { level: 1, name: 'Huddles' })).toBeTruthy();
  });

  it('sends someone already signed in on to their first area', async () => {
    const me = buildCurrentUser('PRACTITIONER');
    fakeGraphqlFetch({ Me: () => ({ data: { me } }) });
    renderApp('/sign-in', [meMock(me), quietMeChangedMock()]);

    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
  });

  it('says the service could not be reached when the request fails', async () => {
    renderApp('/sign-in', []);
    vi.mocked(fetch).mockRejectedValue(new TypeError('Failed to fetch'));

    await signIn();

    expect(within(await screen.findByRole('alert')).getByText(/could not be reached/)).toBeTruthy();
  });
});
