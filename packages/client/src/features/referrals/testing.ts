import type { MockLink } from '@apollo/client/testing';
import type { ReferralFieldsFragment, ReferralFilter } from '../../generated/graphql';
import { HOUSING, PERSON_ID } from '../releases/testing';
import { ReferralInboxSummaryQuery, ReferralKindsQuery, ReferralQuery, ReferralsQuery } from './graphql/referrals';

export const PRISON = { __typename: 'OrganisationRef' as const, id: '20000000-0000-4000-8000-000000000003', name: 'HMP Northvale' };

let sequence = 0;
const nextId = () => `60000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

/** A referral from the prison to the council's housing options team, as the council sees it. */
export function buildReferral(overrides: Partial<ReferralFieldsFragment> = {}): ReferralFieldsFragment {
  return {
    __typename: 'Referral',
    id: nextId(),
    direction: 'INCOMING',
    status: 'SENT',
    overdue: false,
    sentAt: '2026-12-03T10:15:00.000Z',
    respondBy: '2026-12-07',
    personId: PERSON_ID,
    person: { __typename: 'Person', id: PERSON_ID, displayName: 'Dee Marsh' },
    kind: { __typename: 'ReferralKind', code: 'DUTY_TO_REFER', label: 'Duty to Refer (housing options)', responseWorkingDays: 2 },
    sendingOrganisation: PRISON,
    receivingOrganisation: HOUSING,
    sentBy: 'Grace Adeyemi',
    message: 'Due out in six weeks with nowhere to go.',
    sections: ['STORY', 'NEEDS'],
    expiresOn: '2027-06-01',
    acknowledgedAt: null,
    answeredAt: null,
    closedAt: null,
    declineReason: null,
    withdrawReason: null,
    outcome: null,
    canAcknowledge: true,
    canAccept: true,
    canDecline: true,
    canWithdraw: false,
    canClose: false,
    consent: {
      __typename: 'ReferralConsent',
      givenOn: '2026-12-02',
      method: 'SPOKEN',
      personsWords: 'Tell the council I am getting out.',
      recordedAt: '2026-12-03T10:15:00.000Z',
      recordedBy: 'Grace Adeyemi',
    },
    proposedAppointment: null,
    mentor: null,
    timeline: [],
    version: 1,
    ...overrides,
  };
}

export function inboxSummaryMock(
  counts: { new: number; overdue: number; accepted: number; awaitingAnswer: number },
  maxUsageCount = 1,
): MockLink.MockedResponse {
  return {
    request: { query: ReferralInboxSummaryQuery },
    result: { data: { referralInbox: { __typename: 'ReferralInboxSummary', ...counts } } },
    maxUsageCount,
  };
}

export function referralsMock(filter: ReferralFilter, referrals: ReferralFieldsFragment[], maxUsageCount = 1): MockLink.MockedResponse {
  return { request: { query: ReferralsQuery, variables: { filter } }, result: { data: { referrals } }, maxUsageCount };
}

export function referralMock(referral: ReferralFieldsFragment): MockLink.MockedResponse {
  return { request: { query: ReferralQuery, variables: { id: referral.id } }, result: { data: { referral } } };
}

export function referralKindsMock(): MockLink.MockedResponse {
  const kind = (code: string, label: string, responseWorkingDays: number) => ({
    __typename: 'ReferralKind' as const,
    code,
    label,
    active: true,
    responseWorkingDays,
  });
  return {
    request: { query: ReferralKindsQuery },
    result: {
      data: {
        referralKinds: [kind('DUTY_TO_REFER', 'Duty to Refer (housing options)', 2), kind('ACCOMMODATION', 'Accommodation', 5)],
      },
    },
  };
}
