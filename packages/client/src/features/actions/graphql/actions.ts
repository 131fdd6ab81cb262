import { graphql } from '../../../generated';

/** What a list row needs: the action, who it is for, who owns it and when it is due. */
export const ActionListFields = graphql(`
  fragment ActionListFields on Action {
    id
    title
    detail
    status
    statusReason
    dueDate
    dueWindow
    overdue
    canEdit
    version
    personRestricted
    person {
      id
      displayName
    }
    owner {
      id
      name
      organisation {
        id
        name
      }
    }
    ownerOrganisation {
      id
      name
    }
    updatedAt
  }
`);

/** One action in full: where it came from, its history and its comments. */
export const ActionDetailFields = graphql(`
  fragment ActionDetailFields on Action {
    ...ActionListFields
    createdAt
    completedAt
    createdBy {
      id
      name
      organisation {
        id
        name
      }
    }
    origin {
      huddleId
      meetingId
      agendaItemId
    }
    history {
      id
      at
      field
      from
      to
      actor {
        id
        name
      }
    }
    comments {
      id
      body
      createdAt
      author {
        id
        name
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const ActionPageQuery = graphql(`
  query ActionPage($id: ID!) {
    action(id: $id) {
      ...ActionDetailFields
    }
  }
`);

/** The people who can own an action, for the owner picker and for naming owners in the history. */
export const ActionOwnerOptionsQuery = graphql(`
  query ActionOwnerOptions {
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

export const CreateActionMutation = graphql(`
  mutation CreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      ...ActionListFields
    }
  }
`);

export const UpdateActionMutation = graphql(`
  mutation UpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      ...ActionDetailFields
    }
  }
`);

export const AddActionCommentMutation = graphql(`
  mutation AddActionComment($actionId: ID!, $body: String!) {
    addActionComment(actionId: $actionId, body: $body) {
      ...ActionDetailFields
    }
  }
`);

/** Any action the viewer may see has changed: lists and figures read again. */
export const ActionChangedSubscription = graphql(`
  subscription ActionChanged {
    actionChanged {
      actionId
      status
      version
    }
  }
`);
