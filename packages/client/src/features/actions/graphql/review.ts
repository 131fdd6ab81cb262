import { graphql } from '../../../generated';

// The manager review at /actions (re-exported by actions.ts).

/** The choices in the manager review filters. */
export const ActionFilterOptionsQuery = graphql(`
  query ActionFilterOptions {
    partnerOrganisations {
      id
      name
    }
    colleagues {
      id
      name
      organisation {
        id
        name
      }
    }
  }
`);

/** What a row of the manager review's table shows, and nothing more (it lists up to 100 actions). */
export const ActionRowFields = graphql(`
  fragment ActionRowFields on Action {
    id
    title
    status
    statusReason
    dueDate
    dueWindow
    overdue
    personRestricted
    person {
      id
      displayName
    }
    owner {
      id
      name
    }
    ownerOrganisation {
      id
      name
    }
  }
`);

export const ActionListQuery = graphql(`
  query ActionList($filter: ActionFilter, $limit: Int!) {
    actions(filter: $filter, limit: $limit) {
      ...ActionRowFields
    }
  }
`);

export const ActionSummaryQuery = graphql(`
  query ActionSummary($filter: ActionFilter) {
    actionSummary(filter: $filter) {
      total
      open
      overdue
      done
      blocked
      notPossible
      notUndertaken
      cancelled
      completionRate
      medianDaysToComplete
      overdueByOrganisation {
        count
        organisation {
          id
          name
        }
      }
      barriers {
        actionId
        title
        reason
        dueDate
        recordedAt
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const ActionsCsvQuery = graphql(`
  query ActionsCsv($filter: ActionFilter) {
    actionsCsv(filter: $filter)
  }
`);
