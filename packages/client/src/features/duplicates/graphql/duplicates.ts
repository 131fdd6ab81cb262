import { graphql } from '../../../generated';

export const PossibleDuplicatesQuery = graphql(`
  query PossibleDuplicates {
    possibleDuplicates {
      id
      score
      reason
      evidence
      first {
        ...DuplicateRecordFields
      }
      second {
        ...DuplicateRecordFields
      }
    }
  }
`);

export const DuplicateRecordFields = graphql(`
  fragment DuplicateRecordFields on DuplicateRecord {
    version
    person {
      id
      displayName
      legalName
      preferredName
      pronouns
      profile {
        dateOfBirth
        councilArea
        nhsNumber
        prisonNumber
        crn
      }
      situation {
        kind
        establishment
        releaseDate
        accommodationStatus
      }
      story {
        text
      }
      leadProfessionals {
        organisation {
          id
          name
        }
        user {
          id
          name
        }
      }
    }
  }
`);

export const MergePeopleMutation = graphql(`
  mutation MergePeople($keepId: ID!, $mergeId: ID!, $keepVersion: String!, $mergeVersion: String!, $confirm: Boolean) {
    mergePeople(
      keepId: $keepId
      mergeId: $mergeId
      keepVersion: $keepVersion
      mergeVersion: $mergeVersion
      confirmDifferentIdentifiers: $confirm
    ) {
      id
      keptPersonId
      mergedPersonId
      rowsMoved
      filledFields
      differingFields
      undoneAt
    }
  }
`);

export const UndoMergeMutation = graphql(`
  mutation UndoMerge($mergeId: ID!) {
    undoMerge(mergeId: $mergeId) {
      id
      undoneAt
    }
  }
`);

export const DismissDuplicateMutation = graphql(`
  mutation DismissDuplicate($personId: ID!, $otherPersonId: ID!) {
    dismissDuplicate(personId: $personId, otherPersonId: $otherPersonId)
  }
`);
