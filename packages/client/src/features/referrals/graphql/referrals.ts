import { graphql } from '../../../generated';

/** What the inbox lists for each referral. */
export const ReferralSummaryFields = graphql(`
  fragment ReferralSummaryFields on Referral {
    id
    direction
    status
    overdue
    sentAt
    respondBy
    kind {
      code
      label
    }
    person {
      id
      displayName
    }
    personId
    sendingOrganisation {
      id
      name
    }
    receivingOrganisation {
      id
      name
    }
    version
  }
`);

/** Everything the referral page shows. */
export const ReferralFields = graphql(`
  fragment ReferralFields on Referral {
    ...ReferralSummaryFields
    sentBy
    message
    sections
    expiresOn
    acknowledgedAt
    answeredAt
    closedAt
    declineReason
    withdrawReason
    outcome
    canAcknowledge
    canAccept
    canDecline
    canWithdraw
    canClose
    kind {
      code
      label
      responseWorkingDays
    }
    consent {
      givenOn
      method
      personsWords
      recordedAt
      recordedBy
    }
    proposedAppointment {
      date
      window
      startTime
      endTime
      location
      town
      appointmentId
    }
    mentor {
      id
      name
    }
    timeline {
      id
      at
      by
      kind
      note
      organisation {
        id
        name
      }
    }
  }
`);

export const ReferralsQuery = graphql(`
  query Referrals($filter: ReferralFilter) {
    referrals(filter: $filter) {
      ...ReferralSummaryFields
    }
  }
`);

export const ReferralQuery = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      ...ReferralFields
    }
  }
`);

/** The viewer's organisation's active peer mentors, to name one when accepting a peer mentoring referral. */
export const PeerMentorsQuery = graphql(`
  query PeerMentors {
    peerMentors {
      id
      name
    }
  }
`);

export const ReferralKindsQuery = graphql(`
  query ReferralKinds {
    referralKinds {
      code
      label
      active
      responseWorkingDays
    }
  }
`);

export const SendReferralMutation = graphql(`
  mutation SendReferral($input: SendReferralInput!) {
    sendReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

export const AcknowledgeReferralMutation = graphql(`
  mutation AcknowledgeReferral($input: ReferralStepInput!) {
    acknowledgeReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

export const AcceptReferralMutation = graphql(`
  mutation AcceptReferral($input: ReferralStepInput!) {
    acceptReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

export const DeclineReferralMutation = graphql(`
  mutation DeclineReferral($input: DeclineReferralInput!) {
    declineReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

export const WithdrawReferralMutation = graphql(`
  mutation WithdrawReferral($input: ReferralStepInput!) {
    withdrawReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

export const CloseReferralMutation = graphql(`
  mutation CloseReferral($input: CloseReferralInput!) {
    closeReferral(input: $input) {
      ...ReferralFields
    }
  }
`);

// Read by the navigation on every page, so kept in a module of their own (navigation.ts).
export { ReferralChangedSubscription, ReferralInboxSummaryQuery } from './navigation';
