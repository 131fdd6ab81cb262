import { graphql } from '../../../generated';

export const IsaFields = graphql(`
  fragment IsaFields on InformationSharingAgreement {
    id
    title
    version
    purposes
    sections
    retention
    pastMinutesVisibleToNewParties
    reviewOn
    reviewDue
    revisionNote
    createdAt
    revisedAt
    awaitingMySignature
    signedByAll
    lawfulBases {
      code
      kind
      reference
      label
    }
    parties {
      organisation {
        id
        name
        kind
      }
      currentSignature {
        version
        signatoryName
        signatoryRole
        signedAt
      }
      latestSignature {
        version
        signedAt
      }
    }
  }
`);

/** The lawful bases and conditions a form offers: data from the server, never a list in the client. */
export const LawfulBasesQuery = graphql(`
  query LawfulBases {
    lawfulBases {
      code
      kind
      reference
      label
      description
      needsSchedule1
    }
  }
`);

export const AgreementsQuery = graphql(`
  query InformationSharingAgreements {
    informationSharingAgreements {
      ...IsaFields
    }
  }
`);

export const AgreementQuery = graphql(`
  query InformationSharingAgreement($id: ID!) {
    informationSharingAgreement(id: $id) {
      ...IsaFields
    }
  }
`);

export const IsasDueForReviewQuery = graphql(`
  query IsasDueForReview {
    isasDueForReview {
      id
      title
      reviewOn
    }
  }
`);

/** Everything the record and revise forms need besides the agreement itself. */
export const IsaFormOptionsQuery = graphql(`
  query IsaFormOptions {
    organisations {
      id
      name
      active
    }
    lawfulBases {
      code
      kind
      reference
      label
      description
      needsSchedule1
    }
  }
`);

export const RecordIsaMutation = graphql(`
  mutation RecordInformationSharingAgreement($input: IsaTermsInput!) {
    recordInformationSharingAgreement(input: $input) {
      ...IsaFields
    }
  }
`);

export const ReviseIsaMutation = graphql(`
  mutation ReviseInformationSharingAgreement($input: ReviseIsaInput!) {
    reviseInformationSharingAgreement(input: $input) {
      ...IsaFields
    }
  }
`);

export const SignIsaMutation = graphql(`
  mutation SignInformationSharingAgreement($input: SignIsaInput!) {
    signInformationSharingAgreement(input: $input) {
      ...IsaFields
    }
  }
`);

export const SetHuddleIsaMutation = graphql(`
  mutation SetHuddleIsa($huddleId: ID!, $isaId: ID!) {
    setHuddleIsa(huddleId: $huddleId, isaId: $isaId) {
      id
      title
      version
    }
  }
`);

export const HuddleIsaQuery = graphql(`
  query HuddleIsa($id: ID!) {
    huddle(id: $id) {
      id
      isChair
      memberOrganisations {
        id
      }
      informationSharingAgreement {
        id
        title
        version
        parties {
          organisation {
            id
            name
          }
          currentSignature {
            version
          }
        }
      }
    }
    informationSharingAgreements {
      id
      title
      version
    }
    partnerOrganisations {
      id
      name
    }
  }
`);

export const AddHuddleMemberMutation = graphql(`
  mutation AddHuddleMember($huddleId: ID!, $organisationId: ID!) {
    addHuddleMember(huddleId: $huddleId, organisationId: $organisationId) {
      id
      memberOrganisations {
        id
        name
      }
    }
  }
`);

export const SharingWithoutAgreementFields = graphql(`
  fragment SharingWithoutAgreementFields on SharingWithoutAgreement {
    id
    personId
    person {
      id
      displayName
    }
    organisation {
      id
      name
    }
    purpose
    schedule1Condition {
      code
      reference
      label
    }
    sections
    reason
    approvedBy {
      id
      name
    }
    approvedAt
    expiresAt
    active
    reviewedBy {
      id
      name
    }
    reviewedAt
    reviewNote
  }
`);

export const SharingWithoutAgreementReviewsQuery = graphql(`
  query SharingWithoutAgreementReviews($includeReviewed: Boolean) {
    sharingWithoutAgreementReviews(includeReviewed: $includeReviewed) {
      ...SharingWithoutAgreementFields
    }
  }
`);

export const ShareWithoutAgreementMutation = graphql(`
  mutation ShareWithoutAgreement($input: ShareWithoutAgreementInput!) {
    shareWithoutAgreement(input: $input) {
      ...SharingWithoutAgreementFields
    }
  }
`);

export const MarkSharingWithoutAgreementReviewedMutation = graphql(`
  mutation MarkSharingWithoutAgreementReviewed($id: ID!, $note: String) {
    markSharingWithoutAgreementReviewed(id: $id, note: $note) {
      ...SharingWithoutAgreementFields
    }
  }
`);

export const ShareWithoutAgreementOptionsQuery = graphql(`
  query ShareWithoutAgreementOptions($personId: ID!) {
    person(id: $personId) {
      id
      displayName
      owningOrganisation {
        id
        name
      }
      access {
        canManageSharing
      }
    }
    partnerOrganisations {
      id
      name
    }
    lawfulBases {
      code
      kind
      reference
      label
      description
      needsSchedule1
    }
  }
`);
