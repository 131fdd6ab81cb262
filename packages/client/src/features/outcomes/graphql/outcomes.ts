import { graphql } from '../../../generated';

export const OutcomeHistoryFields = graphql(`
  fragment OutcomeHistoryFields on OutcomeHistory {
    measure {
      id
      key
      name
      acknowledgement
      rescoreDays
      maxTotal
      domains {
        key
        label
        min
        max
        weight
      }
    }
    assessments {
      id
      assessedOn
      total
      notes
      scores {
        domain
        score
      }
      assessedBy {
        id
        name
        organisation {
          id
          name
        }
      }
    }
    rescoreDueOn
    rescoreDue
  }
`);

export const ServiceUseFields = graphql(`
  fragment ServiceUseFields on ServiceUseQuarter {
    quarterStart
    evictions
    arrests
    nightsInPrison
    aeAttendances
    mentalHealthInpatientDays
  }
`);

/** A person's assessments on each measure (the NDTA is built in), with when a re-score is due. */
export const PersonAssessmentsQuery = graphql(`
  query PersonAssessments($personId: ID!) {
    assessments(personId: $personId) {
      ...OutcomeHistoryFields
    }
  }
`);

export const PersonServiceUseQuery = graphql(`
  query PersonServiceUse($personId: ID!) {
    serviceUse(personId: $personId) {
      ...ServiceUseFields
    }
  }
`);

export const RecordAssessmentMutation = graphql(`
  mutation RecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      ...OutcomeHistoryFields
    }
  }
`);

export const RecordServiceUseMutation = graphql(`
  mutation RecordServiceUse($input: RecordServiceUseInput!) {
    recordServiceUse(input: $input) {
      ...ServiceUseFields
    }
  }
`);
