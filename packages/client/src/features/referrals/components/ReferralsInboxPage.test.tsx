import { act, screen, within } from '@testing-library/react';
import { ApolloLink, Observable } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { HOUSING } from '../../releases/testing';
import { buildReferral, inboxSummaryMock, referralsMock } from '../testing';
import { INBOX_FILTERS } from './ReferralsInboxPage';

const me = buildCurrentUser('PRACTITIONER', {
  name: 'Chris Evans',
  organisation: { __typename: 'Organisation', id: HOUSING.id, name: HOUSING.name, kind: 'COUNCIL_HOUSING' },
});

/**
 * A link that answers referralChanged when the test says, and everything else from the mocks: the
 * event arrives after the first state has been checked, whatever the machine's speed.
 */
function liveReferrals() {
  const listeners: Array<(event: unknown) => void> = [];
  const link = (mocked: ApolloLink) =>
    ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION && operation.operationName === 'ReferralChanged',
      new ApolloLink(() => new Observable((observer) => void listeners.push((event) => observer.next(event as never)))),
      mocked,
    );
  const send = (referralId: string) =>
    act(() => {
      for (const listener of listeners)
        listener({ data: { referralChanged: { __typename: 'ReferralChange', referralId, status: 'SENT', version: 1 } } });
    });
  return { link, send };
}

const primaryNavigation = () => screen.getByRole('navigation', { name: 'Primary navigation' });

describe('ReferralsInboxPage', () => {
  it('lists new referrals with their status and answer date, and adds one that arrives, with the counts', async () => {
    const late = buildReferral({
      overdue: true,
      respondBy: '2026-12-01',
      person: { __typename: 'Person', id: 'p-1', displayName: 'Dee Marsh' },
    });
    const arriving = buildReferral({
      person: { __typename: 'Person', id: 'p-2', displayName: 'Kerry Lane' },
      kind: { __typename: 'ReferralKind', code: 'ACCOMMODATION', label: 'Accommodation', responseWorkingDays: 5 },
    });
    const live = liveReferrals();
    renderApp(
      '/referrals',
      [
        meMock(me),
        quietMeChangedMock(),
        inboxSummaryMock({ new: 1, overdue: 1, accepted: 0, awaitingAnswer: 0 }),
        referralsMock(INBOX_FILTERS.new, [late]),
        inboxSummaryMock({ new: 2, overdue: 1, accepted: 0, awaitingAnswer: 0 }),
        referralsMock(INBOX_FILTERS.new, [arriving, late]),
      ],
      { link: live.link },
    );

    const table = await screen.findByRole('table', { name: 'New referrals to your organisation' });
    const rows = () => within(table).getAllByRole('row').slice(1);
    expect(rows().map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      [
        'Dee Marsh: Duty to Refer (housing options) referral',
        'Duty to Refer (housing options)',
        'HMP Northvale',
        '3 Dec 2026',
        '1 Dec 2026',
        'Sent Overdue',
      ],
    ]);
    const link = within(table).getByRole('link', { name: 'Dee Marsh: Duty to Refer (housing options) referral' });
    expect(link.getAttribute('href')).toBe(`/referrals/${late.id}`);
    expect(within(rows()[0]!).getByText('Overdue').className).toContain('govuk-tag--red');
    const lists = screen.getByRole('navigation', { name: 'Referral lists' });
    expect(within(lists).getByRole('link', { name: 'New (1)' }).getAttribute('aria-current')).toBe('page');
    expect(within(lists).getByRole('link', { name: 'Overdue (1)' }).getAttribute('href')).toBe('/referrals?show=overdue');
    expect(within(primaryNavigation()).getByRole('link', { name: 'Referrals 1 new' })).toBeTruthy();

    // A referral arrives: the list, the tab and the navigation follow without a reload, and say so.
    await live.send(arriving.id);
    expect(await within(table).findByRole('link', { name: /^Kerry Lane/ })).toBeTruthy();
    expect(rows()).toHaveLength(2);
    expect(await within(primaryNavigation()).findByRole('link', { name: 'Referrals 2 new' })).toBeTruthy();
    expect(within(lists).getByRole('link', { name: 'New (2)' })).toBeTruthy();
    expect(screen.getByText(/New in this list: Accommodation referral about Kerry Lane from HMP Northvale\./)).toBeTruthy();
  });

  it('says when a list is empty, and shows what the organisation sent', async () => {
    const sent = buildReferral({
      direction: 'OUTGOING',
      status: 'ACCEPTED',
      sendingOrganisation: HOUSING,
      receivingOrganisation: { __typename: 'OrganisationRef', id: 'org-r', name: 'Northvale Recovery Service' },
    });
    renderApp('/referrals?show=sent', [
      meMock(me),
      quietMeChangedMock(),
      inboxSummaryMock({ new: 0, overdue: 0, accepted: 0, awaitingAnswer: 0 }),
      referralsMock(INBOX_FILTERS.sent, [sent]),
    ]);

    const table = await screen.findByRole('table', { name: 'Referrals your organisation has sent' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Person', 'Kind', 'To', 'Sent', 'Answer due', 'Status']);
    expect(within(table).getByText('Northvale Recovery Service')).toBeTruthy();
    expect(within(table).getByText('Accepted').className).toContain('govuk-tag--green');
    expect(within(primaryNavigation()).getByRole('link', { name: 'Referrals' })).toBeTruthy();
  });

  it('shows an empty state when there are no new referrals', async () => {
    renderApp('/referrals', [
      meMock(me),
      quietMeChangedMock(),
      inboxSummaryMock({ new: 0, overdue: 0, accepted: 0, awaitingAnswer: 0 }),
      referralsMock(INBOX_FILTERS.new, []),
    ]);
    expect(await screen.findByText('No new referrals.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
