import { graphql } from '../../../generated';

/** A person's privacy notice, in plain words, to print for them. */
export const PrivacyNoticeQuery = graphql(`
  query PrivacyNotice($personId: ID!) {
    privacyNotice(personId: $personId) {
      personId
      personName
      generatedOn
      heldBy {
        id
        name
      }
      sharedWith {
        organisation {
          id
          name
        }
        sharedParts
      }
      purposes
      lawfulBases
      informationHeld {
        heading
        text
      }
      keptFor
      rights {
        heading
        text
      }
      howToAsk
      complaint
      jointControllers
    }
  }
`);

/** The record of processing activities (UK GDPR Art. 30), as CSV. */
export const RecordOfProcessingCsvQuery = graphql(`
  query RecordOfProcessingCsv {
    recordOfProcessingCsv
  }
`);
