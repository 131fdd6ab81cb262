import { graphql } from '../../../generated';

/** Everything the person page shows. Every mutation on a record returns it, so the page updates from the cache. */
export const PersonRecordFields = graphql(`
  fragment PersonRecordFields on Person {
    id
    displayName
    legalName
    preferredName
    pronouns
    lockedDown
    processingRestricted
    owningOrganisation {
      id
      name
      kind
    }
    agenciesInvolved {
      id
      name
      kind
    }
    access {
      basis
      full
      sections
      breakGlassUntil
      canSeeAccessLog
      canManageSharing
    }
    profile {
      dateOfBirth
      under18
      councilArea
      nhsNumber
      prisonNumber
      crn
      version
    }
    situation {
      kind
      establishment
      releaseDate
      accommodationStatus
      notes
      version
      warnings {
        code
        message
      }
    }
    flags {
      kind
      text
    }
    story {
      text
      recordedAt
      personAgreed
      version
      recordedBy {
        id
        name
        organisation {
          id
          name
          kind
        }
      }
    }
    needs {
      domain
      status
      notes
      section
      updatedAt
      version
    }
    preferences {
      whatHelps
      whatToAvoid
      contactHow
      contactWhen
      timeOfDay
      version
    }
    risk {
      summary
      safetyPlan
      version
    }
    leadProfessionals {
      organisation {
        id
        name
        kind
      }
      user {
        id
        name
        organisation {
          id
          name
          kind
        }
      }
    }
    timeline {
      id
      at
      kind
      section
      summary
      author {
        id
        name
        organisation {
          id
          name
          kind
        }
      }
    }
    sharingAgreements {
      id
      lawfulBasis {
        article6 {
          code
          label
          reference
        }
        article9 {
          code
          reference
        }
        article10 {
          code
          reference
        }
        schedule1 {
          code
          reference
        }
        commonLaw {
          code
          label
        }
        isaTitle
      }
      agreedOn
      expiresOn
      notes
      state
      recordedAt
      withdrawnAt
      withdrawalReason
      sections
      organisations {
        id
        name
        kind
      }
      recordedBy {
        id
        name
        organisation {
          id
          name
          kind
        }
      }
    }
  }
`);

/** What a coordinator needs beside the record: the person's open actions and the huddles they are on. */
export const PersonCoordinationQuery = graphql(`
  query PersonCoordination($id: ID!) {
    person(id: $id) {
      id
      openActions {
        id
        title
        status
        dueDate
        dueWindow
        overdue
        owner {
          id
          name
          organisation {
            id
            name
            kind
          }
        }
      }
      huddles {
        id
        name
        addedOn
        nextMeetingAt
      }
    }
  }
`);

/** One record, as the signed-in user may see it. */
export const PersonRecordQuery = graphql(`
  query PersonRecord($id: ID!) {
    person(id: $id) {
      ...PersonRecordFields
    }
  }
`);

/** A row in the search results. */
export const PersonSearchResultFields = graphql(`
  fragment PersonSearchResultFields on Person {
    id
    displayName
    legalName
    preferredName
    lockedDown
    owningOrganisation {
      id
      name
      kind
    }
    access {
      basis
    }
    profile {
      dateOfBirth
    }
  }
`);

export const PeopleSearchQuery = graphql(`
  query PeopleSearch($search: PeopleSearchInput!, $limit: Int!) {
    people(search: $search, limit: $limit) {
      ...PersonSearchResultFields
    }
  }
`);

export const CreatePersonMutation = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      ...PersonRecordFields
      possibleExistingRecord
    }
  }
`);

export const UpdatePersonProfileMutation = graphql(`
  mutation UpdatePersonProfile($input: UpdatePersonProfileInput!) {
    updatePersonProfile(input: $input) {
      ...PersonRecordFields
    }
  }
`);

export const UpdatePersonSituationMutation = graphql(`
  mutation UpdatePersonSituation($input: UpdatePersonSituationInput!) {
    updatePersonSituation(input: $input) {
      ...PersonRecordFields
    }
  }
`);

export const UpdatePersonStoryMutation = graphql(`
  mutation UpdatePersonStory($input: UpdatePersonStoryInput!) {
    updatePersonStory(input: $input) {
      ...PersonRecordFields
    }
  }
`);

export const UpdatePersonNeedMutation = graphql(`
  mutation UpdatePersonNeed($input: UpdatePersonNeedInput!) {
    updatePersonNeed(input: $input) {
      ...PersonRecordFields
    }
  }
`);

export const UpdatePersonPreferencesMutation = graphql(`
  mutation UpdatePersonPreferences($input: UpdatePersonPreferencesInput!) {
    updatePersonPreferences(input: $input) {
      ...PersonRecordFields
    }
  }
`);

export const UpdatePersonRiskMutation = graphql(`
  mutation UpdatePersonRisk($input: UpdatePersonRiskInput!) {
    updatePersonRisk(input: $input) {
      ...PersonRecordFields
    }
  }
`);

export const SetLeadProfessionalMutation = graphql(`
  mutation SetLeadProfessional($personId: ID!, $userId: ID!) {
    setLeadProfessional(personId: $personId, userId: $userId) {
      ...PersonRecordFields
    }
  }
`);

export const RemoveLeadProfessionalMutation = graphql(`
  mutation RemoveLeadProfessional($personId: ID!, $organisationId: ID!) {
    removeLeadProfessional(personId: $personId, organisationId: $organisationId) {
      ...PersonRecordFields
    }
  }
`);

export const AddTimelineNoteMutation = graphql(`
  mutation AddTimelineNote($personId: ID!, $text: String!, $section: SharingSection) {
    addTimelineNote(personId: $personId, text: $text, section: $section) {
      ...PersonRecordFields
    }
  }
`);

export const SetPersonLockdownMutation = graphql(`
  mutation SetPersonLockdown($personId: ID!, $lockedDown: Boolean!, $reason: String!) {
    setPersonLockdown(personId: $personId, lockedDown: $lockedDown, reason: $reason) {
      ...PersonRecordFields
    }
  }
`);

export const BreakGlassMutation = graphql(`
  mutation BreakGlass($personId: ID!, $reason: String!) {
    breakGlass(personId: $personId, reason: $reason) {
      personId
      expiresAt
    }
  }
`);

export const RecordSharingAgreementMutation = graphql(`
  mutation RecordSharingAgreement($input: RecordSharingAgreementInput!) {
    recordSharingAgreement(input: $input) {
      ...PersonRecordFields
    }
  }
`);

export const WithdrawSharingAgreementMutation = graphql(`
  mutation WithdrawSharingAgreement($id: ID!, $reason: String) {
    withdrawSharingAgreement(id: $id, reason: $reason) {
      ...PersonRecordFields
    }
  }
`);

/** "Who has seen this record". */
export const PersonAccessLogQuery = graphql(`
  query PersonAccessLog($personId: ID!) {
    personAccessLog(personId: $personId) {
      id
      at
      action
      actorName
      actorRole
      organisationName
      sections
      purpose
      breakGlass
    }
  }
`);

/** Everything held on a person, for a subject access request. */
export const ExportPersonQuery = graphql(`
  query ExportPerson($personId: ID!) {
    exportPerson(personId: $personId)
  }
`);

/** Names for the sharing agreement's organisation checkboxes. */
export const PartnerOrganisationsQuery = graphql(`
  query PartnerOrganisations {
    partnerOrganisations {
      id
      name
      kind
    }
  }
`);

/** Names for choosing a lead professional. */
export const ColleaguesQuery = graphql(`
  query Colleagues {
    colleagues {
      id
      name
      organisation {
        id
        name
        kind
      }
    }
  }
`);

/** Tells an open record that someone changed part of it. */
export const PersonChangedSubscription = graphql(`
  subscription PersonChanged($personId: ID!) {
    personChanged(personId: $personId) {
      personId
      part
      version
      domain
      changedBy {
        id
        name
        organisation {
          id
          name
          kind
        }
      }
    }
  }
`);
