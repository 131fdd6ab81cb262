import type { MockLink } from '@apollo/client/testing';
import type {
  ActionDetailFieldsFragment,
  ActionListFieldsFragment,
  ActionSummaryQuery,
  MyWorkQuery as MyWorkData,
} from '../../generated/graphql';
import { MyWorkQuery } from '../my-work/graphql/myWork';
import { ActionFilterOptionsQuery, ActionListQuery, ActionSummaryQuery as ActionSummaryDocument } from './graphql/actions';

// Factories for the action shapes the API returns, with __typename so Apollo's cache normalises them.

let sequence = 0;
export const nextId = () => `10000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

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

export function buildAction(overrides: Partial<ActionListFieldsFragment> = {}): ActionListFieldsFragment {
  return {
    __typename: 'Action',
    id: nextId(),
    title: 'Book a housing options appointment',
    detail: null,
    status: 'OPEN',
    statusReason: null,
    dueDate: '2026-11-25',
    dueWindow: null,
    overdue: false,
    canEdit: true,
    version: 1,
    personRestricted: false,
    person: null,
    owner: { __typename: 'UserRef', id: '30000000-0000-4000-8000-000000000001', name: 'Jordan Lee', organisation: PROBATION },
    ownerOrganisation: PROBATION,
    updatedAt: '2026-11-20T10:00:00Z',
    ...overrides,
  };
}

export function buildActionDetail(overrides: Partial<ActionDetailFieldsFragment> = {}): ActionDetailFieldsFragment {
  const base = buildAction();
  return {
    ...base,
    createdAt: '2026-11-18T09:30:00Z',
    completedAt: null,
    createdBy: { __typename: 'UserRef', id: base.owner.id, name: 'Jordan Lee', organisation: PROBATION },
    origin: null,
    history: [],
    comments: [],
    ...overrides,
  };
}

type MyWork = MyWorkData['myWork'];

export function myWorkMock(work: Partial<MyWork> = {}): MockLink.MockedResponse {
  return {
    request: { query: MyWorkQuery },
    result: {
      data: {
        myWork: { __typename: 'MyWork', overdue: [], dueThisWeek: [], later: [], organisation: [], leadFor: [], ...work },
      },
    },
  };
}

type Summary = ActionSummaryQuery['actionSummary'];

export function buildSummary(overrides: Partial<Summary> = {}): Summary {
  return {
    __typename: 'ActionSummary',
    total: 0,
    open: 0,
    overdue: 0,
    done: 0,
    blocked: 0,
    notPossible: 0,
    notUndertaken: 0,
    cancelled: 0,
    completionRate: null,
    medianDaysToComplete: null,
    overdueByOrganisation: [],
    barriers: [],
    ...overrides,
  };
}

export function summaryMock(summary: Summary, filter: unknown = null): MockLink.MockedResponse {
  return { request: { query: ActionSummaryDocument, variables: { filter } }, result: { data: { actionSummary: summary } } };
}

export function actionListMock(actions: ActionListFieldsFragment[], filter: unknown = null): MockLink.MockedResponse {
  return { request: { query: ActionListQuery, variables: { filter, limit: 100 } }, result: { data: { actions } } };
}

export function filterOptionsMock(): MockLink.MockedResponse {
  return {
    request: { query: ActionFilterOptionsQuery },
    result: {
      data: {
        partnerOrganisations: [PROBATION, HOUSING],
        colleagues: [
          { __typename: 'UserRef', id: '30000000-0000-4000-8000-000000000001', name: 'Jordan Lee', organisation: PROBATION },
          { __typename: 'UserRef', id: '30000000-0000-4000-8000-000000000002', name: 'Chris Evans', organisation: HOUSING },
        ],
      },
    },
  };
}

/** The review page's first three questions, with nothing to show. */
export function emptyReviewMocks(): MockLink.MockedResponse[] {
  return [filterOptionsMock(), summaryMock(buildSummary()), actionListMock([])];
}
