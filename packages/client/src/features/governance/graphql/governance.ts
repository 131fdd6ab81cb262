import { graphql } from '../../../generated';

export const BreakGlassGrantFields = graphql(`
  fragment BreakGlassGrantFields on BreakGlassGrantReview {
    id
    grantedAt
    expiresAt
    userName
    userOrganisationName
    reason
    person {
      id
      displayName
    }
    reads {
      at
      action
      sections
      context
    }
    outcome
    reviewNote
    reviewedAt
    reviewedBy
  }
`);

export const BreakGlassGrantsQuery = graphql(`
  query BreakGlassGrants($reviewed: Boolean) {
    breakGlassGrants(reviewed: $reviewed) {
      ...BreakGlassGrantFields
    }
  }
`);

export const ReviewBreakGlassMutation = graphql(`
  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {
    reviewBreakGlass(input: $input) {
      ...BreakGlassGrantFields
    }
  }
`);

export const BulkReadAlertsQuery = graphql(`
  query BulkReadAlerts {
    bulkReadAlerts {
      id
      userName
      organisationName
      peopleCount
      threshold
      windowStart
      windowEnd
      raisedAt
    }
  }
`);

export const IncidentFields = graphql(`
  fragment IncidentFields on Incident {
    id
    version
    title
    whatHappened
    occurredAt
    discoveredAt
    icoDeadline
    overdue
    dataCategories
    peopleAffected
    recordsAffected
    likelyConsequences
    measuresTaken
    measuresProposed
    peopleTold
    peopleToldDetail
    icoDecision
    icoReportedAt
    icoReference
    notReportableReason
    recordedBy
    recordedAt
  }
`);

export const IncidentsQuery = graphql(`
  query Incidents {
    incidents {
      ...IncidentFields
    }
  }
`);

export const IncidentQuery = graphql(`
  query Incident($id: ID!) {
    incident(id: $id) {
      ...IncidentFields
    }
  }
`);

export const RecordIncidentMutation = graphql(`
  mutation RecordIncident($input: IncidentInput!) {
    recordIncident(input: $input) {
      ...IncidentFields
    }
  }
`);

export const UpdateIncidentMutation = graphql(`
  mutation UpdateIncident($input: UpdateIncidentInput!) {
    updateIncident(input: $input) {
      ...IncidentFields
    }
  }
`);
