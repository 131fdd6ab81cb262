import type { MockLink } from '@apollo/client/testing';
import { RELEASE_ITEM_LABELS, RELEASE_ITEMS } from '@casehuddle/shared';
import type {
  ReleaseForecastQuery as ReleaseForecastData,
  ReleasePlanFieldsFragment,
  UpcomingReleaseFieldsFragment,
} from '../../generated/graphql';
import {
  PlanOrganisationsQuery,
  PlanPersonQuery,
  ReleaseForecastPeopleQuery,
  ReleaseForecastQuery,
  ReleasePlanQuery,
  UpcomingReleasesQuery,
} from './graphql/releases';

// Synthetic shapes as the API returns them, with __typename so Apollo's cache normalises them.

export const PERSON_ID = '40000000-0000-4000-8000-000000000001';
export const PROBATION = {
  __typename: 'OrganisationRef' as const,
  id: '20000000-0000-4000-8000-000000000001',
  name: 'Northvale Probation Delivery Unit',
};
export const HOUSING = {
  __typename: 'OrganisationRef' as const,
  id: '20000000-0000-4000-8000-000000000002',
  name: 'Northvale Council Housing Options',
};

let sequence = 100;
const nextId = () => `40000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export function buildUpcoming(overrides: Partial<UpcomingReleaseFieldsFragment> = {}): UpcomingReleaseFieldsFragment {
  return {
    __typename: 'UpcomingRelease',
    person: { __typename: 'Person', id: nextId(), displayName: 'Dee Marsh' },
    releaseDate: '2026-12-04',
    daysToRelease: 11,
    establishment: 'HMP Northvale',
    destinationCouncilArea: 'Northvale',
    redFlags: [],
    itemsDone: 3,
    itemsTotal: 9,
    ...overrides,
  };
}

export function upcomingMock(releases: UpcomingReleaseFieldsFragment[], withinDays = 56): MockLink.MockedResponse {
  return { request: { query: UpcomingReleasesQuery, variables: { withinDays } }, result: { data: { upcomingReleases: releases } } };
}

type Forecast = ReleaseForecastData['releaseForecast'];

export function buildForecast(overrides: Partial<Forecast> = {}): Forecast {
  return {
    __typename: 'ReleaseForecast',
    months: ['2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04'],
    councilAreas: ['Northvale', 'Eastbrook'],
    cells: [
      forecastCell('Eastbrook', '2026-12', 1, 0, 1),
      forecastCell('Northvale', '2026-12', 2, 1, 2),
      forecastCell('Northvale', '2027-02', 3, 0, 1),
    ],
    ...overrides,
  };
}

type Cell = Forecast['cells'][number];

export function forecastCell(councilArea: string, month: string, due: number, accommodationSecured: number, dutyToReferMade: number): Cell {
  return { __typename: 'ForecastCell', councilArea, month, suppressed: false, due, accommodationSecured, dutyToReferMade };
}

/** A cell of fewer than 5 people, not all of whom the user may see, as the API returns it. */
export function withheldCell(councilArea: string, month: string): Cell {
  return { __typename: 'ForecastCell', councilArea, month, suppressed: true, due: null, accommodationSecured: null, dutyToReferMade: null };
}

export function forecastMock(forecast: Forecast = buildForecast(), months = 6): MockLink.MockedResponse {
  return { request: { query: ReleaseForecastQuery, variables: { months } }, result: { data: { releaseForecast: forecast } } };
}

export function forecastPeopleMock(councilArea: string, month: string, people: UpcomingReleaseFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: { query: ReleaseForecastPeopleQuery, variables: { councilArea, month } },
    result: { data: { releaseForecastPeople: people } },
  };
}

type Item = ReleasePlanFieldsFragment['items'][number];

export function buildPlan(
  overrides: Partial<ReleasePlanFieldsFragment> = {},
  items: Partial<Record<Item['item'], Partial<Item>>> = {},
): ReleasePlanFieldsFragment {
  return {
    __typename: 'ReleasePlan',
    personId: PERSON_ID,
    releaseDate: '2026-12-04',
    releaseTime: '13:00',
    establishment: 'HMP Northvale',
    establishmentTown: 'Northvale',
    destinationCouncilArea: 'Northvale',
    daysToRelease: 11,
    redFlags: [],
    version: 1,
    items: RELEASE_ITEMS.map((item) => ({
      __typename: 'ReleasePlanItemView' as const,
      item,
      label: RELEASE_ITEM_LABELS[item],
      status: 'NOT_STARTED' as const,
      owningOrganisation: null,
      onDate: null,
      detail: null,
      council: null,
      outcome: null,
      referralId: null,
      version: 0,
      ...items[item],
    })),
    ...overrides,
  };
}

export function planMock(plan: ReleasePlanFieldsFragment | null, error?: { code: string; message: string }): MockLink.MockedResponse {
  return {
    request: { query: ReleasePlanQuery, variables: { personId: PERSON_ID } },
    result: error
      ? { data: null, errors: [{ message: error.message, extensions: { code: error.code } }] }
      : { data: { releasePlan: plan } },
  };
}

export function planPersonMock(purpose: string, error?: { code: string; message: string }): MockLink.MockedResponse {
  return {
    request: { query: PlanPersonQuery, variables: { id: PERSON_ID, purpose } },
    result: error
      ? { data: null, errors: [{ message: error.message, extensions: { code: error.code } }] }
      : {
          data: {
            person: {
              __typename: 'Person',
              id: PERSON_ID,
              displayName: 'Dee Marsh',
              access: { __typename: 'PersonAccessInfo', sections: ['STORY', 'NEEDS', 'RISK', 'OFFENDING'], canSeeAccessLog: false },
              situation: { __typename: 'PersonSituation', kind: 'CUSTODY' },
            },
          },
        },
  };
}

export function organisationsMock(): MockLink.MockedResponse {
  return {
    request: { query: PlanOrganisationsQuery },
    result: {
      data: {
        partnerOrganisations: [
          { ...PROBATION, kind: 'PROBATION' },
          { ...HOUSING, kind: 'COUNCIL_HOUSING' },
        ],
      },
    },
    maxUsageCount: Infinity,
  };
}
