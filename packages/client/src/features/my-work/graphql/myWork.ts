import { graphql } from '../../../generated';

/** Everything on My work: my actions by when they are due, my organisation's, and my people. */
export const MyWorkQuery = graphql(`
  query MyWork {
    myWork {
      overdue {
        ...ActionListFields
      }
      dueThisWeek {
        ...ActionListFields
      }
      later {
        ...ActionListFields
      }
      organisation {
        ...ActionListFields
      }
      leadFor {
        id
        displayName
        situation {
          kind
          releaseDate
        }
      }
    }
  }
`);
