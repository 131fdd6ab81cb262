import { graphql } from '../../../generated';

export const AccessRequestFields = graphql(`
  fragment AccessRequestFields on AccessRequest {
    id
    direction
    source
    status
    sections
    reason
    matchReason
    newPersonId
    requestedBy
    createdAt
    answeredAt
    answeredBy
    grantedSections
    expiresOn
    declineReason
    canAnswer
    version
    person {
      id
      displayName
    }
    holdingOrganisation {
      id
      name
    }
    requestingOrganisation {
      id
      name
    }
  }
`);

export const AccessRequestsQuery = graphql(`
  query AccessRequests($filter: AccessRequestFilter) {
    accessRequests(filter: $filter) {
      ...AccessRequestFields
    }
  }
`);

export const PendingAccessRequestsQuery = graphql(`
  query PendingAccessRequests {
    accessRequests(filter: { direction: INCOMING, pendingOnly: true }) {
      id
    }
  }
`);

export const RequestAccessMutation = graphql(`
  mutation RequestAccess($input: RequestAccessInput!) {
    requestAccess(input: $input) {
      ...AccessRequestFields
    }
  }
`);

export const AnswerAccessRequestMutation = graphql(`
  mutation AnswerAccessRequest($input: AnswerAccessRequestInput!) {
    answerAccessRequest(input: $input) {
      ...AccessRequestFields
    }
  }
`);
