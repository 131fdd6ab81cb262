import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../app/cache';
import { RequestAccessMutation } from '../graphql/accessRequests';
import { AskForAccess } from './AskForAccess';

const PERSON_ID = '7b0c3c1e-6f43-4c39-9a3e-2d9f1a2b3c4d';

describe('AskForAccess', { timeout: 20_000 }, () => {
  it('asks for the sections not shared, with a reason, after checking both are given', async () => {
    const input = { personId: PERSON_ID, sections: ['NEEDS', 'CONTACT'], reason: 'To plan a move-on.' };
    const request = { query: RequestAccessMutation, variables: { input } };
    const sent = {
      __typename: 'AccessRequest',
      id: '0f0e0d0c-0b0a-4909-8807-060504030201',
      direction: 'OUTGOING',
      source: 'USER',
      status: 'PENDING',
      sections: ['NEEDS', 'CONTACT'],
      reason: input.reason,
      matchReason: null,
      newPersonId: null,
      requestedBy: 'Tom Riley',
      createdAt: '2026-12-03T12:00:00.000Z',
      answeredAt: null,
      answeredBy: null,
      grantedSections: null,
      expiresOn: null,
      declineReason: null,
      canAnswer: false,
      version: 1,
      person: { __typename: 'Person', id: PERSON_ID, displayName: 'Az' },
      holdingOrganisation: {
        __typename: 'OrganisationRef',
        id: 'a1b2c3d4-0000-4000-8000-000000000001',
        name: 'Northvale Probation Delivery Unit',
      },
      requestingOrganisation: { __typename: 'OrganisationRef', id: 'a1b2c3d4-0000-4000-8000-000000000002', name: 'Northvale Peer Mentors' },
    };
    render(
      <MockedProvider mocks={[{ request, result: { data: { requestAccess: sent } } }]} cache={createCache()}>
        <AskForAccess personId={PERSON_ID} displayName="Az" shared={['STORY']} where="needs" />
      </MockedProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ask for access (needs)' }));
    const form = screen.getByRole('form', { name: 'Ask for access to Az’s record' });
    const parts = within(form).getByRole('group', { name: 'Which parts of the record do you need?' });
    expect(within(parts).queryByLabelText('My story')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Send request' }));
    expect(
      within(await screen.findByRole('alert'))
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Select the parts of the record you need', 'Say why you need them']);
    await user.click(within(parts).getByLabelText('Needs'));
    await user.click(within(parts).getByLabelText('Preferences and contact'));
    await user.type(within(form).getByLabelText('Why do you need them?'), 'To plan a move-on.');
    await user.click(within(form).getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText(/Request sent\./)).toBeTruthy();
  });
});
