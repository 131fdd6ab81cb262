import { graphql } from '../../../generated';

/** What the list of huddles shows about each one. */
export const HuddleSummaryFields = graphql(`
  fragment HuddleSummaryFields on Huddle {
    id
    name
    councilArea
    usualDay
    usualTime
    isChair
    memberOrganisations {
      id
      name
      kind
    }
    chairs {
      id
      name
      organisation {
        id
        name
        kind
      }
    }
    caseload {
      id
    }
    meetings {
      id
      startsAt
      status
      itemCount
    }
  }
`);

export const HuddlesListQuery = graphql(`
  query HuddlesList {
    huddles {
      ...HuddleSummaryFields
    }
  }
`);

/**
 * Everything on a huddle's own page. Written out in full rather than spreading HuddleSummaryFields:
 * the server's query cost limit charges extra for each level of fragment.
 */
export const HuddleDetailFields = graphql(`
  fragment HuddleDetailFields on Huddle {
    id
    name
    councilArea
    usualDay
    usualTime
    isChair
    memberOrganisations {
      id
      name
      kind
    }
    chairs {
      id
      name
      organisation {
        id
        name
        kind
      }
    }
    meetings {
      id
      startsAt
      status
      itemCount
    }
    caseload {
      id
      person {
        id
        displayName
      }
      personRestricted
      referringOrganisation {
        id
        name
        kind
      }
      offerOfHelp
      coordinator {
        id
        name
        organisation {
          id
          name
          kind
        }
      }
      addedOn
    }
    coordinatorLoads {
      coordinator {
        id
        name
        organisation {
          id
          name
          kind
        }
      }
      count
      overLimit
    }
  }
`);

export const HuddlePageQuery = graphql(`
  query HuddlePage($id: ID!) {
    huddle(id: $id) {
      ...HuddleDetailFields
    }
  }
`);

export const AddToCaseloadMutation = graphql(`
  mutation AddToCaseload($input: AddToCaseloadInput!) {
    addToCaseload(input: $input) {
      warning
      huddle {
        ...HuddleDetailFields
      }
    }
  }
`);

export const RemoveFromCaseloadMutation = graphql(`
  mutation RemoveFromCaseload($entryId: ID!) {
    removeFromCaseload(entryId: $entryId) {
      ...HuddleDetailFields
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($huddleId: ID!, $startsAt: DateTimeISO!) {
    scheduleMeeting(huddleId: $huddleId, startsAt: $startsAt) {
      ...HuddleDetailFields
    }
  }
`);

/** Finding someone to add to the caseload. */
export const CaseloadPersonSearchQuery = graphql(`
  query CaseloadPersonSearch($name: String!) {
    people(search: { name: $name }, limit: 10) {
      id
      displayName
      lockedDown
      owningOrganisation {
        id
        name
        kind
      }
    }
  }
`);

/** Coordinators and lead workers, and action owners: active practitioners, coordinators and managers. */
export const HuddleColleaguesQuery = graphql(`
  query HuddleColleagues {
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
