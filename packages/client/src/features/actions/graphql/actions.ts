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

// The manager review's operations and the live-update subscription are in modules of their own, so
// that /actions loads only those, not every action operation (with their fragments) in this file.
export { ActionChangedSubscription } from './changes';
export { ActionFilterOptionsQuery, ActionListQuery, ActionRowFields, ActionsCsvQuery, ActionSummaryQuery } from './review';
