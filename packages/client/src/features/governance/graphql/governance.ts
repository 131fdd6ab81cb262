import { graphql } from '../../../generated';

export const RetentionPageQuery = graphql(`
  query RetentionPage {
    retentionSchedules {
      recordType
      periodCount
      periodUnit
      reviewRequired
      graceDays
      triggerEvent
      source
    }
    retentionReviews {
      id
      recordType
      description
      status
      dueSince
      eraseAfter
      heldUntil
      holdReason
      canDecide
      person {
        id
        displayName
      }
      owningOrganisation {
        id
        name
      }
    }
  }
`);

export const ConfirmRetentionErasureMutation = graphql(`
  mutation ConfirmRetentionErasure($reviewId: ID!) {
    confirmRetentionErasure(reviewId: $reviewId)
  }
`);

export const HoldRetentionReviewMutation = graphql(`
  mutation HoldRetentionReview($input: HoldRetentionReviewInput!) {
    holdRetentionReview(input: $input) {
      id
      status
      heldUntil
      holdReason
    }
  }
`);

export const RightsRequestFields = graphql(`
  fragment RightsRequestFields on RightsRequest {
    id
    kind
    status
    receivedOn
    details
    originalDueOn
    extendedDueOn
    extensionReason
    dueOn
    deadlineState
    identityCheckedOn
    identityCheckMethod
    identityCheckedBy
    response
    refusalReason
    closedOn
    loggedBy
    canManage
    version
    person {
      id
      displayName
    }
  }
`);

export const RightsRegisterQuery = graphql(`
  query RightsRegister($openOnly: Boolean) {
    rightsRequests(openOnly: $openOnly) {
      ...RightsRequestFields
    }
  }
`);

export const RightsRequestQuery = graphql(`
  query RightsRequest($id: ID!) {
    rightsRequest(id: $id) {
      ...RightsRequestFields
    }
  }
`);

export const LogRightsRequestMutation = graphql(`
  mutation LogRightsRequest($input: LogRightsRequestInput!) {
    logRightsRequest(input: $input) {
      ...RightsRequestFields
    }
  }
`);

export const ProgressRightsRequestMutation = graphql(`
  mutation ProgressRightsRequest($input: ProgressRightsRequestInput!) {
    progressRightsRequest(input: $input) {
      ...RightsRequestFields
    }
  }
`);

/** The corrections added to a closed meeting's minutes, read beside the minutes (the item's own rule applies). */
export const MinutesCorrectionsQuery = graphql(`
  query MinutesCorrections($id: ID!) {
    meeting(id: $id) {
      id
      items {
        id
        corrections {
          id
          text
          reason
          addedBy
          addedAt
        }
      }
    }
  }
`);

export const AddMinutesCorrectionMutation = graphql(`
  mutation AddMinutesCorrection($input: AddMinutesCorrectionInput!) {
    addMinutesCorrection(input: $input)
  }
`);

/** People to log a request about, by name, among those the viewer may know of. */
export const RightsPersonSearchQuery = graphql(`
  query RightsPersonSearch($search: PeopleSearchInput!) {
    people(search: $search, limit: 10) {
      id
      displayName
      owningOrganisation {
        id
        name
      }
    }
  }
`);

export const UpdateRetentionScheduleMutation = graphql(`
  mutation UpdateRetentionSchedule($input: UpdateRetentionScheduleInput!) {
    updateRetentionSchedule(input: $input) {
      recordType
      periodCount
      periodUnit
      reviewRequired
      graceDays
      triggerEvent
      source
    }
  }
`);

// Misuse aids: break-glass reviews, bulk-read alerts and the incident log.

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
