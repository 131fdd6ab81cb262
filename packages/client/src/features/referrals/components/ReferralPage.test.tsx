import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { graphQLError } from '../../../test/personFixtures';
import { renderApp } from '../../../test/renderApp';
import { AcceptReferralMutation, PeerMentorsQuery } from '../graphql/referrals';
import { buildReferral, referralMock } from '../testing';

const PEERS = { __typename: 'OrganisationRef' as const, id: '20000000-0000-4000-8000-000000000009', name: 'Northvale Peer Mentors' };
const PROBATION = { __typename: 'OrganisationRef' as const, id: '20000000-0000-4000-8000-000000000001', name: 'Northvale Probation' };

const me = buildCurrentUser('PRACTITIONER', {
  name: 'Tom Riley',
  organisation: { __typename: 'Organisation', id: PEERS.id, name: PEERS.name, kind: 'PEER_SUPPORT' },
});

const mentor = (id: string, name: string) => ({ __typename: 'UserRef' as const, id, name });
const NADIA = mentor('30000000-0000-4000-8000-000000000001', 'Nadia Brooks');
const OWEN = mentor('30000000-0000-4000-8000-000000000002', 'Owen Marsh');

const peerMentorsMock = (peerMentors: Array<ReturnType<typeof mentor>>) => ({
  request: { query: PeerMentorsQuery },
  result: { data: { peerMentors } },
});

/** A peer mentoring referral from probation, as the peer mentors' organisation sees it. */
const mentoring = () =>
  buildReferral({
    kind: { __typename: 'ReferralKind', code: 'PEER_MENTORING', label: 'Peer mentoring', responseWorkingDays: 10 },
    sendingOrganisation: PROBATION,
    receivingOrganisation: PEERS,
    sections: ['STORY', 'CONTACT'],
    message: 'Would like someone who has been through recovery to meet for a coffee.',
  });

describe('ReferralPage: accepting a peer mentoring referral', { timeout: 60_000 }, () => {
  it('names a peer mentor from the organisation, says which is missing, and the page then shows the mentor', async () => {
    const referral = mentoring();
    const accepted = {
      ...referral,
      status: 'ACCEPTED' as const,
      canAccept: false,
      canAcknowledge: false,
      canDecline: false,
      canClose: true,
      mentor: { ...NADIA, __typename: 'UserRef' as const },
      version: 2,
    };
    renderApp(`/referrals/${referral.id}`, [
      meMock(me),
      quietMeChangedMock(),
      referralMock(referral),
      peerMentorsMock([NADIA, OWEN]),
      {
        request: { query: AcceptReferralMutation, variables: { input: { id: referral.id, version: 1, mentorId: NADIA.id } } },
        result: { data: { acceptReferral: accepted } },
      },
    ]);
    const user = userEvent.setup({ delay: null });

    await screen.findByRole('heading', { level: 1, name: /Dee Marsh/ });
    expect(within(screen.getByRole('region', { name: 'About this referral' })).queryByText('Peer mentor')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Accept this referral' }));
    const form = await screen.findByRole('form', { name: 'Accept the referral' });
    const choice = await within(form).findByRole('group', { name: /Who will be the peer mentor\?/ });
    expect(
      within(choice)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['Nadia Brooks', 'Owen Marsh']);
    expect(choice.textContent).toContain('Only the peer mentor you choose sees Dee Marsh’s record');

    // Not chosen: the form says so, at the top and at the question.
    await user.click(within(form).getByRole('button', { name: 'Accept referral' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Select the peer mentor who will work with the person']);
    expect(within(choice).getByText('Select the peer mentor who will work with the person')).toBeTruthy();

    await user.click(within(choice).getByLabelText('Nadia Brooks'));
    await user.click(within(form).getByRole('button', { name: 'Accept referral' }));
    expect(await screen.findByText('Referral accepted. Nadia Brooks is the peer mentor.')).toBeTruthy();
    const about = screen.getByRole('region', { name: 'About this referral' });
    await waitFor(() => expect(within(about).getByText('Peer mentor')).toBeTruthy());
    expect(within(about).getByText('Nadia Brooks')).toBeTruthy();
  });

  it('shows the server’s refusal of a mentor at the question', async () => {
    const referral = mentoring();
    renderApp(`/referrals/${referral.id}`, [
      meMock(me),
      quietMeChangedMock(),
      referralMock(referral),
      peerMentorsMock([OWEN]),
      {
        request: { query: AcceptReferralMutation, variables: { input: { id: referral.id, version: 1, mentorId: OWEN.id } } },
        result: graphQLError('VALIDATION_FAILED', 'Check the details and try again.', {
          fields: { mentorId: 'Choose a peer mentor from your organisation.' },
        }),
      },
    ]);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Accept this referral' }));
    const form = await screen.findByRole('form', { name: 'Accept the referral' });
    await user.click(await within(form).findByLabelText('Owen Marsh'));
    await user.click(within(form).getByRole('button', { name: 'Accept referral' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() =>
      expect(
        within(summary)
          .getAllByRole('link')
          .map((l) => l.textContent),
      ).toEqual(['Choose a peer mentor from your organisation.']),
    );
  });

  it('says what to do when the organisation has no peer mentors, and offers no way to accept without one', async () => {
    const referral = mentoring();
    renderApp(`/referrals/${referral.id}`, [meMock(me), quietMeChangedMock(), referralMock(referral), peerMentorsMock([])]);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Accept this referral' }));
    const panel = await screen.findByRole('region', { name: 'Accept the referral' });
    expect(await within(panel).findByText('Your organisation has no peer mentors on CaseHuddle yet.')).toBeTruthy();
    expect(panel.textContent).toContain('You can acknowledge the referral in the meantime.');
    expect(within(panel).queryByRole('button', { name: 'Accept referral' })).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('button', { name: 'Acknowledge this referral' })).toBeTruthy();
  });

  it('shows the named mentor to the sender too', async () => {
    const sent = buildReferral({
      ...mentoring(),
      direction: 'OUTGOING',
      status: 'ACCEPTED',
      canAccept: false,
      canAcknowledge: false,
      canDecline: false,
      canWithdraw: true,
      mentor: { ...NADIA },
    });
    renderApp(`/referrals/${sent.id}`, [meMock(me), quietMeChangedMock(), referralMock(sent)]);
    const about = await screen.findByRole('region', { name: 'About this referral' });
    const row = within(about).getByText('Peer mentor').closest('.govuk-summary-list__row')!;
    expect(row.querySelector('dd')?.textContent).toBe('Nadia Brooks');
  });

  it('asks for no peer mentor when accepting another kind of referral', async () => {
    const referral = buildReferral();
    renderApp(`/referrals/${referral.id}`, [meMock(me), quietMeChangedMock(), referralMock(referral)]);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Accept this referral' }));
    const form = await screen.findByRole('form', { name: 'Accept the referral' });
    expect(within(form).queryByRole('group', { name: /peer mentor/ })).toBeNull();
    expect(within(form).getByRole('button', { name: 'Accept referral' })).toBeTruthy();
  });
});
