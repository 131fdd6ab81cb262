import type { MockLink } from '@apollo/client/testing';
import type { Role } from '@casehuddle/shared';
import { MeChangedSubscription, MeQuery } from '../features/auth/graphql/auth';
import type { CurrentUserFieldsFragment, OrganisationFieldsFragment, UserFieldsFragment } from '../generated/graphql';

// Factories for the shapes the API returns, in the spirit of the server's test factories. Each
// carries __typename, as a real response would, so Apollo's cache normalises them.

let sequence = 0;
const nextId = () => `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export function buildOrganisation(overrides: Partial<OrganisationFieldsFragment> = {}): OrganisationFieldsFragment {
  return {
    __typename: 'Organisation',
    id: nextId(),
    name: 'Leeds Probation Delivery Unit',
    kind: 'PROBATION',
    councilArea: 'Leeds',
    active: true,
    createdAt: '2026-11-22T10:00:00Z',
    requireTwoFactor: false,
    ...overrides,
  };
}

export function buildUser(overrides: Partial<UserFieldsFragment> = {}): UserFieldsFragment {
  return {
    __typename: 'User',
    id: nextId(),
    name: 'Priya Shah',
    email: 'priya.shah@probation.example',
    role: 'PRACTITIONER',
    active: true,
    createdAt: '2026-11-22T10:00:00Z',
    twoFactorEnabled: false,
    organisation: { __typename: 'Organisation', id: nextId(), name: 'Leeds Probation Delivery Unit' },
    ...overrides,
  };
}

/** The signed-in user as the Me query returns them. */
export function buildCurrentUser(role: Role, overrides: Partial<CurrentUserFieldsFragment> = {}): CurrentUserFieldsFragment {
  return {
    __typename: 'User',
    id: nextId(),
    name: role === 'ADMIN' ? 'Alex Admin' : 'Sam Okafor',
    email: 'sam.okafor@casehuddle.test',
    role,
    active: true,
    organisation: {
      __typename: 'Organisation',
      id: nextId(),
      name: 'HMP Leeds',
      kind: 'PRISON',
    },
    ...overrides,
  };
}

export function meMock(me: CurrentUserFieldsFragment | null): MockLink.MockedResponse {
  return { request: { query: MeQuery }, result: { data: { me } } };
}

/** A meChanged subscription that stays open and quiet, as it does until an admin changes the account. */
export function quietMeChangedMock(): MockLink.MockedResponse {
  return { request: { query: MeChangedSubscription }, delay: Infinity };
}
