import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LogoutMutation, MeChangedSubscription } from '../../features/auth/graphql/auth';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { emptyReviewMocks, myWorkMock } from '../../features/actions/testing';
import { HuddlesListQuery } from '../../features/huddles/graphql/huddles';

function navLinkNames(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Primary navigation' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('AppShell', () => {
  it("shows a practitioner only their role's areas, and marks the current one", async () => {
    const me = buildCurrentUser('PRACTITIONER', { name: 'Sam Okafor' });
    renderApp('/huddles', [meMock(me), quietMeChangedMock(), { request: { query: HuddlesListQuery }, result: { data: { huddles: [] } } }]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Huddles' })).toBeTruthy();
    expect(navLinkNames()).toEqual(['My work', 'People', 'Huddles', 'Referrals', 'Releases']);
    const nav = screen.getByRole('navigation', { name: 'Primary navigation' });
    expect(within(nav).getByRole('link', { name: 'Huddles' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'My work' }).getAttribute('aria-current')).toBeNull();
    expect(await screen.findByText('You are not part of any huddles yet.')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Huddles – CaseHuddle'));
  });

  it('moves focus to the main content when the user follows a navigation link', async () => {
    renderApp('/', [meMock(buildCurrentUser('COORDINATOR')), quietMeChangedMock(), myWorkMock(), ...emptyReviewMocks()]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('link', { name: 'Actions' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Actions' })).toBeTruthy();
    expect(document.activeElement?.id).toBe('main-content');
    expect(screen.getByRole('link', { name: 'Actions' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows who is signed in: name, organisation and role', async () => {
    const me = buildCurrentUser('MANAGER', {
      name: 'Jo Bloggs',
      organisation: { __typename: 'Organisation', id: 'org-1', name: 'Leeds City Council Housing', kind: 'COUNCIL_HOUSING' },
    });
    renderApp('/', [meMock(me), quietMeChangedMock(), myWorkMock()]);

    await screen.findByRole('button', { name: 'Sign out' });
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Jo Bloggs')).toBeTruthy();
    expect(banner.textContent).toContain('Leeds City Council Housing');
    expect(banner.textContent).toContain('Manager');
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(navLinkNames()).toEqual([
      'My work',
      'People',
      'Huddles',
      'Actions',
      'Referrals',
      'Releases',
      'Outcomes',
      'Possible duplicates',
      'Governance',
      'Sharing agreements',
    ]);
  });

  it('takes an administrator from / to Admin, the first area they have', async () => {
    renderApp('/', [meMock(buildCurrentUser('ADMIN')), quietMeChangedMock()]);

    expect(await screen.findByRole('navigation', { name: 'Primary navigation' })).toBeTruthy();
    expect(navLinkNames()).toEqual(['Admin', 'Governance', 'Sharing agreements']);
  });

  it('tells a practitioner who types /admin that they do not have permission', async () => {
    renderApp('/admin', [meMock(buildCurrentUser('PRACTITIONER')), quietMeChangedMock()]);

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeTruthy();
    expect(navLinkNames()).not.toContain('Admin');
  });

  it('signs the user out and says so', async () => {
    renderApp('/', [
      meMock(buildCurrentUser('COORDINATOR')),
      quietMeChangedMock(),
      myWorkMock(),
      { request: { query: LogoutMutation }, result: { data: { logout: true } } },
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to CaseHuddle' })).toBeTruthy();
    expect(screen.getByText('You have signed out.')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Primary navigation' })).toBeNull();
  });

  it('signs the user out with a message when an administrator deactivates them', async () => {
    const me = buildCurrentUser('PRACTITIONER');
    renderApp('/huddles', [
      meMock(me),
      {
        request: { query: MeChangedSubscription },
        result: { data: { meChanged: { ...me, active: false } } },
        delay: 100,
      },
      { request: { query: LogoutMutation }, result: { data: { logout: true } } },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Huddles' })).toBeTruthy();
    expect(await screen.findByText(/Your account has been deactivated/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to CaseHuddle' })).toBeTruthy();
  });

  it('signs the user out with a message when the server ends the session and closes the socket', async () => {
    const me = buildCurrentUser('MANAGER');
    renderApp('/actions', [
      meMock(me),
      {
        request: { query: MeChangedSubscription },
        error: new Error('Socket closed with event 4401 Your session has ended. Sign in again.'),
        delay: 100,
      },
      // Asked again over HTTP, the server says nobody is signed in.
      meMock(null),
      ...emptyReviewMocks(),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Actions' })).toBeTruthy();
    expect(await screen.findByText(/Your session has ended, so you have been signed out/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to CaseHuddle' })).toBeTruthy();
  });

  it('says the organisation was deactivated when the server closes the socket for that reason', async () => {
    const me = buildCurrentUser('PRACTITIONER');
    renderApp('/huddles', [
      meMock(me),
      {
        request: { query: MeChangedSubscription },
        error: new Error('Socket closed with event 4401 ORGANISATION_DEACTIVATED'),
        delay: 100,
      },
      meMock(null),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Huddles' })).toBeTruthy();
    expect(await screen.findByText(/Your organisation has been deactivated/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to CaseHuddle' })).toBeTruthy();
  });

  it('follows a change of role sent by the server', async () => {
    const me = buildCurrentUser('PRACTITIONER');
    renderApp('/', [
      meMock(me),
      {
        request: { query: MeChangedSubscription },
        result: { data: { meChanged: { ...me, role: 'MANAGER' } } },
        delay: 100,
      },
      // The mocked stream ends after one event, so the shell checks over HTTP that the session is fine.
      meMock({ ...me, role: 'MANAGER' }),
      myWorkMock(),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
    expect(navLinkNames()).not.toContain('Actions');
    await waitFor(() => expect(navLinkNames()).toContain('Actions'));
    expect(screen.getByRole('banner').textContent).toContain('Manager');
  });
});
