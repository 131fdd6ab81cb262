import type { MockLink } from '@apollo/client/testing';
import { NDTA } from '@casehuddle/shared';
import type { OutcomeHistoryFieldsFragment, ServiceUseFieldsFragment } from '../../generated/graphql';
import { PersonAssessmentsQuery, PersonServiceUseQuery } from './graphql/outcomes';

export const OUTCOMES_PERSON_ID = '40000000-0000-4000-8000-000000000001';

type History = OutcomeHistoryFieldsFragment;
type Assessment = History['assessments'][number];

export const NDTA_MEASURE: History['measure'] = {
  __typename: 'OutcomeMeasure',
  id: '60000000-0000-4000-8000-000000000001',
  key: NDTA.key,
  name: NDTA.name,
  acknowledgement: NDTA.acknowledgement,
  rescoreDays: NDTA.rescoreDays,
  maxTotal: 48,
  domains: NDTA.domains.map((d) => ({ __typename: 'OutcomeDomain' as const, ...d })),
};

let sequence = 0;

export function buildAssessment(assessedOn: string, score: number, overrides: Partial<Assessment> = {}): Assessment {
  const scores = NDTA.domains.map((d) => ({ __typename: 'DomainScore' as const, domain: d.key, score }));
  return {
    __typename: 'Assessment',
    id: `61000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`,
    assessedOn,
    total: NDTA.domains.reduce((sum, d) => sum + score * d.weight, 0),
    notes: null,
    scores,
    assessedBy: {
      __typename: 'UserRef',
      id: '30000000-0000-4000-8000-000000000001',
      name: 'Jordan Lee',
      organisation: {
        __typename: 'OrganisationRef',
        id: '20000000-0000-4000-8000-000000000001',
        name: 'Northvale Probation Delivery Unit',
      },
    },
    ...overrides,
  };
}

export function buildHistory(assessments: Assessment[], overrides: Partial<History> = {}): History {
  return {
    __typename: 'OutcomeHistory',
    measure: NDTA_MEASURE,
    assessments,
    rescoreDueOn: null,
    rescoreDue: assessments.length === 0,
    ...overrides,
  };
}

export function assessmentsMock(histories: History[]): MockLink.MockedResponse {
  return {
    request: { query: PersonAssessmentsQuery, variables: { personId: OUTCOMES_PERSON_ID } },
    result: { data: { assessments: histories } },
  };
}

export function serviceUseMock(quarters: ServiceUseFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: { query: PersonServiceUseQuery, variables: { personId: OUTCOMES_PERSON_ID } },
    result: { data: { serviceUse: quarters } },
  };
}
