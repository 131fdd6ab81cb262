import { graphql } from '../../../generated';

export const UpcomingReleaseFields = graphql(`
  fragment UpcomingReleaseFields on UpcomingRelease {
    person {
      id
      displayName
    }
    releaseDate
    daysToRelease
    establishment
    destinationCouncilArea
    redFlags
    itemsDone
    itemsTotal
  }
`);

/** The countdown list: people due out soon, soonest first, whose plans the viewer may see. */
export const UpcomingReleasesQuery = graphql(`
  query UpcomingReleases($withinDays: Int!) {
    upcomingReleases(withinDays: $withinDays) {
      ...UpcomingReleaseFields
    }
  }
`);

/** Counts per council area and month (no one is named). */
export const ReleaseForecastQuery = graphql(`
  query ReleaseForecast($months: Int!) {
    releaseForecast(months: $months) {
      months
      councilAreas
      cells {
        councilArea
        month
        suppressed
        due
        accommodationSecured
        dutyToReferMade
      }
    }
  }
`);

/** The people behind one forecast cell, as far as sharing allows. */
export const ReleaseForecastPeopleQuery = graphql(`
  query ReleaseForecastPeople($councilArea: String!, $month: String!) {
    releaseForecastPeople(councilArea: $councilArea, month: $month) {
      ...UpcomingReleaseFields
    }
  }
`);

export const ReleasePlanFields = graphql(`
  fragment ReleasePlanFields on ReleasePlan {
    personId
    releaseDate
    releaseTime
    establishment
    establishmentTown
    destinationCouncilArea
    daysToRelease
    redFlags
    version
    items {
      item
      label
      status
      owningOrganisation {
        id
        name
      }
      onDate
      detail
      council
      outcome
      referralId
      version
    }
  }
`);

export const ReleasePlanQuery = graphql(`
  query ReleasePlan($personId: ID!) {
    releasePlan(personId: $personId) {
      ...ReleasePlanFields
    }
  }
`);

/** Just the person's name, for the heading of their release plan and outcomes pages. */
export const PlanPersonQuery = graphql(`
  query PlanPerson($id: ID!, $purpose: String) {
    person(id: $id, purpose: $purpose) {
      id
      displayName
      access {
        sections
        canSeeAccessLog
      }
      situation {
        kind
      }
    }
  }
`);

/** Who can own a checklist item or hold an appointment. */
export const PlanOrganisationsQuery = graphql(`
  query PlanOrganisations {
    partnerOrganisations {
      id
      name
      kind
    }
  }
`);

export const UpdateReleasePlanItemMutation = graphql(`
  mutation UpdateReleasePlanItem($input: UpdateReleasePlanItemInput!) {
    updateReleasePlanItem(input: $input) {
      ...ReleasePlanFields
    }
  }
`);

export const UpdateReleasePlanMutation = graphql(`
  mutation UpdateReleasePlan($input: UpdateReleasePlanInput!) {
    updateReleasePlan(input: $input) {
      ...ReleasePlanFields
    }
  }
`);
