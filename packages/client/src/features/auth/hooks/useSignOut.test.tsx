import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LogoutMutation, MeChangedSubscription } from '../graphql/auth';
import { EditAgendaTextMutation } from '../../huddles/graphql/meetings';
import { myWorkMock } from '../../actions/testing';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { NETWORK_ERROR_MESSAGE } from '../../../ui/apiErrors';

const keyFor = (userId: string) => `casehuddle:shared-text:${userId}:m1:i1:NOTES`;
const UPDATE = 'AQLN1MTBCAAEAQR0ZXh0Bk9mZmVyIGhvdXNpbmcA';
const unsentKeys = () => Object.keys(window.localStorage).filter((k) => k.startsWith('casehuddle:shared-text:'));

afterEach(() => window.localStorage.clear());

describe('signing out with meeting notes still unsent', () => {
  it('tries once more to send them, signs out, and leaves none of them in the browser', async () => {
    const sent: string[] = [];
    const me = buildCurrentUser('PRACTITIONER');
    window.localStorage.setItem(keyFor(me.id), UPDATE);
    // Left by someone else signed in earlier: not theirs to send.
    window.localStorage.setItem(keyFor('someone-else'), 'AAA=');
    renderApp('/', [
      meMock(me),
      quietMeChangedMock(),
      myWorkMock(),
      {
        request: { query: EditAgendaTextMutation, variables: { input: { itemId: 'i1', field: 'NOTES', update: UPDATE } } },
        result: () => {
          sent.push(UPDATE);
          return { data: { editAgendaText: { __typename: 'AgendaText', itemId: 'i1', field: 'NOTES', version: 2, update: '' } } };
        },
      },
      { request: { query: LogoutMutation }, result: { data: { logout: true } } },
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to CaseHuddle' })).toBeTruthy();
    expect(sent).toEqual([UPDATE]);
    expect(unsentKeys()).toEqual([]);
  });

  it('keeps them when signing out fails, since the person is still signed in', async () => {
    const me = buildCurrentUser('PRACTITIONER');
    const KEY = keyFor(me.id);
    window.localStorage.setItem(KEY, UPDATE);
    renderApp('/', [
      meMock(me),
      quietMeChangedMock(),
      myWorkMock(),
      {
        request: { query: EditAgendaTextMutation, variables: { input: { itemId: 'i1', field: 'NOTES', update: UPDATE } } },
        error: new TypeError('Failed to fetch'),
      },
      { request: { query: LogoutMutation }, error: new TypeError('Failed to fetch') },
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(await screen.findByText(NETWORK_ERROR_MESSAGE)).toBeTruthy();
    expect(unsentKeys()).toEqual([KEY]);
  });
});

describe('unsent meeting notes when the session ends without signing out', () => {
  it('drops them when the server ends the session (expired or revoked) while the app is open', async () => {
    const me = buildCurrentUser('PRACTITIONER');
    window.localStorage.setItem(keyFor(me.id), UPDATE);
    renderApp('/', [
      meMock(me),
      {
        request: { query: MeChangedSubscription },
        error: new Error('Socket closed with event 4401 SESSION_EXPIRED'),
        delay: 100,
      },
      myWorkMock(),
      // Asked again over HTTP, the server says nobody is signed in.
      meMock(null),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to CaseHuddle' })).toBeTruthy();
    expect(unsentKeys()).toEqual([]);
  });

  it('drops them when the browser opens after the session expired, before anyone signs in', async () => {
    window.localStorage.setItem(keyFor('earlier-user'), UPDATE);
    window.localStorage.setItem('casehuddle:projector-safe', 'on');
    renderApp('/', [meMock(null)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to CaseHuddle' })).toBeTruthy();
    expect(unsentKeys()).toEqual([]);
    expect(window.localStorage.getItem('casehuddle:projector-safe')).toBe('on');
  });
});
