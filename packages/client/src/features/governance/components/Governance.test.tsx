import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCache } from '../../../app/cache';
import type { RightsRequestFieldsFragment } from '../../../generated/graphql';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import {
  AddMinutesCorrectionMutation,
  ConfirmRetentionErasureMutation,
  MinutesCorrectionsQuery,
  ProgressRightsRequestMutation,
  RetentionPageQuery,
  RightsRegisterQuery,
  RightsRequestQuery,
  UpdateRetentionScheduleMutation,
} from '../graphql/governance';
import { MinutesCorrections } from './MinutesCorrections';

const manager = buildCurrentUser('MANAGER', { name: 'Maya Manager' });

// The route loads the pages on demand: load them once up front so no test waits on the import.
beforeAll(async () => {
  await import('./GovernanceRoutes');
}, 30_000);

const schedules = [
  {
    __typename: 'RetentionSchedule' as const,
    recordType: 'PERSON_RECORD',
    periodCount: 6,
    periodUnit: 'YEARS',
    reviewRequired: true,
    graceDays: 30,
    triggerEvent: 'The record closed.',
    source: 'IRMS Retention Guidelines for Local Government: closure + 6 years',
  },
  {
    __typename: 'RetentionSchedule' as const,
    recordType: 'NOTIFICATION',
    periodCount: 90,
    periodUnit: 'DAYS',
    reviewRequired: false,
    graceDays: null,
    triggerEvent: 'The notification was created.',
    source: 'Data minimisation',
  },
];

const review = {
  __typename: 'RetentionReview' as const,
  id: 'review-1',
  recordType: 'PERSON_RECORD',
  description: 'Closed person record',
  status: 'FLAGGED',
  dueSince: '2026-11-01T00:00:00.000Z',
  eraseAfter: '2026-12-31T00:00:00.000Z',
  heldUntil: null,
  holdReason: null,
  canDecide: true,
  person: { __typename: 'Person' as const, id: 'person-1', displayName: 'Dee Closed' },
  owningOrganisation: { __typename: 'OrganisationRef' as const, id: 'org-1', name: 'Northvale Housing' },
};

function request(overrides: Partial<RightsRequestFieldsFragment> = {}) {
  return {
    __typename: 'RightsRequest' as const,
    id: 'request-1',
    kind: 'SUBJECT_ACCESS',
    status: 'RECEIVED',
    receivedOn: '2026-10-30',
    details: 'Everything the housing team holds',
    originalDueOn: '2026-11-30',
    extendedDueOn: null,
    extensionReason: null,
    dueOn: '2026-11-30',
    deadlineState: 'OVERDUE',
    identityCheckedOn: null,
    identityCheckMethod: null,
    identityCheckedBy: null,
    response: null,
    refusalReason: null,
    closedOn: null,
    loggedBy: 'Maya Manager',
    canManage: true,
    version: 1,
    person: { __typename: 'Person' as const, id: 'person-2', displayName: 'Rae Requester' },
    ...overrides,
  } as RightsRequestFieldsFragment & { __typename: 'RightsRequest' };
}

describe('Retention review page', () => {
  it('lists records due for review with the schedules and their sources, and erases one once confirmed', async () => {
    const retention = {
      request: { query: RetentionPageQuery },
      result: { data: { retentionSchedules: schedules, retentionReviews: [review] } },
    };
    renderApp('/governance/retention', [
      meMock(manager),
      quietMeChangedMock(),
      retention,
      {
        request: { query: ConfirmRetentionErasureMutation, variables: { reviewId: 'review-1' } },
        result: { data: { confirmRetentionErasure: true } },
      },
      { request: { query: RetentionPageQuery }, result: { data: { retentionSchedules: schedules, retentionReviews: [] } } },
    ]);
    const user = userEvent.setup();

    // The governance pages load on demand.
    expect(await screen.findByRole('heading', { level: 1, name: 'Retention review' }, { timeout: 5000 })).toBeTruthy();
    const due = screen.getByRole('table', { name: 'Due for review' });
    const row = within(due).getByRole('row', { name: /Dee Closed/ });
    expect(within(row).getByText('1 Nov 2026')).toBeTruthy();
    expect(within(row).getByText('Erased on 31 Dec 2026 unless kept')).toBeTruthy();
    const scheduleTable = screen.getByRole('table', { name: 'Retention schedules' });
    expect(within(scheduleTable).getByRole('row', { name: /Person record 6 years/ }).textContent).toContain('IRMS Retention Guidelines');
    expect(within(scheduleTable).getByRole('row', { name: /Notification 90 days/ }).textContent).toContain('Deleted automatically');

    await user.click(within(row).getByRole('button', { name: 'Erase now: Dee Closed’s record' }));
    // Nothing happens until the owner confirms.
    await user.click(within(row).getByRole('button', { name: 'Yes, erase Dee Closed’s record' }));
    expect(await screen.findByText('Dee Closed’s record was erased.')).toBeTruthy();
    expect(await screen.findByText('Nothing is due for review.')).toBeTruthy();
  }, 15_000);

  it('asks for a future date and a reason before keeping a record', async () => {
    renderApp('/governance/retention', [
      meMock(manager),
      quietMeChangedMock(),
      { request: { query: RetentionPageQuery }, result: { data: { retentionSchedules: schedules, retentionReviews: [review] } } },
    ]);
    const user = userEvent.setup();
    const row = within(await screen.findByRole('table', { name: 'Due for review' }, { timeout: 5000 })).getByRole('row', {
      name: /Dee Closed/,
    });
    await user.click(within(row).getByRole('button', { name: 'Keep: Dee Closed’s record' }));
    await user.click(within(row).getByRole('button', { name: 'Keep the record' }));
    const summary = within(row).getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Enter the date to keep it until', 'Enter why the record is kept']);
  }, 15_000);
});

describe('Retention schedules', () => {
  it('lets an administrator change a schedule, checking the period first', async () => {
    const admin = buildCurrentUser('ADMIN', { name: 'Alex Admin' });
    const page = { request: { query: RetentionPageQuery }, result: { data: { retentionSchedules: schedules, retentionReviews: [] } } };
    const changed = { ...schedules[1]!, periodCount: 60 };
    renderApp('/governance/retention', [
      meMock(admin),
      quietMeChangedMock(),
      page,
      {
        request: {
          query: UpdateRetentionScheduleMutation,
          variables: {
            input: { recordType: 'NOTIFICATION', periodCount: 60, periodUnit: 'DAYS', graceDays: null, source: 'Data minimisation' },
          },
        },
        result: { data: { updateRetentionSchedule: [schedules[0], changed] } },
      },
      { request: { query: RetentionPageQuery }, result: { data: { retentionSchedules: [schedules[0], changed], retentionReviews: [] } } },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Change the schedule for Notification' }, { timeout: 5000 }));
    const form = screen.getByRole('form', { name: 'Change how long to keep: Notification' });
    const count = within(form).getByLabelText('Keep for');
    await user.clear(count);
    await user.type(count, '0');
    await user.click(within(form).getByRole('button', { name: 'Save schedule' }));
    expect(within(within(form).getByRole('alert')).getByRole('link').textContent).toBe('Enter a whole number from 1 to 1,200');
    await user.clear(count);
    await user.type(count, '60');
    await user.click(within(form).getByRole('button', { name: 'Save schedule' }));
    expect(await screen.findByText('The retention schedule for notifications was changed.')).toBeTruthy();
    expect(await screen.findByRole('row', { name: /Notification 60 days/ })).toBeTruthy();
  }, 15_000);
});

describe('Rights requests register', () => {
  it('lists open requests most urgent first, flagging overdue and near-deadline ones', async () => {
    renderApp('/governance/rights', [
      meMock(manager),
      quietMeChangedMock(),
      {
        request: { query: RightsRegisterQuery, variables: { openOnly: true } },
        result: {
          data: {
            rightsRequests: [
              request(),
              request({ id: 'request-2', kind: 'RECTIFICATION', deadlineState: 'DUE_SOON', dueOn: '2026-12-07', receivedOn: '2026-11-07' }),
            ],
          },
        },
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Requests' }, { timeout: 5000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Subject access30 Oct 202630 Nov 2026 OverdueReceived'),
      expect.stringContaining('Rectification7 Nov 20267 Dec 2026 Due within 7 daysReceived'),
    ]);
    expect(screen.getByText('1 overdue, 1 due within 7 days')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Log a request' }).getAttribute('href')).toBe('/governance/rights/new');
  });

  it('checks the log form before sending it', async () => {
    renderApp('/governance/rights/new', [meMock(manager), quietMeChangedMock()]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Log the request' }, { timeout: 5000 }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Find and choose the person the request is about', 'Choose the kind of request', 'Enter the date received']);
  });

  it('offers the next steps a request allows, and extends it with a reason', async () => {
    const checked = request({
      status: 'IDENTITY_CHECKED',
      identityCheckedOn: '2026-10-31',
      identityCheckMethod: 'Seen in person',
      identityCheckedBy: 'Maya Manager',
      deadlineState: 'ON_TRACK',
      receivedOn: '2026-11-20',
      originalDueOn: '2026-12-21',
      dueOn: '2026-12-21',
    });
    const extended = {
      ...checked,
      status: 'EXTENDED',
      extendedDueOn: '2027-02-22',
      dueOn: '2027-02-22',
      extensionReason: 'Held by four partners',
      version: 2,
    };
    renderApp('/governance/rights/request-1', [
      meMock(manager),
      quietMeChangedMock(),
      { request: { query: RightsRequestQuery, variables: { id: 'request-1' } }, result: { data: { rightsRequest: checked } } },
      {
        request: {
          query: ProgressRightsRequestMutation,
          variables: { input: { id: 'request-1', expectedVersion: 1, step: 'EXTEND', extensionReason: 'Held by four partners' } },
        },
        result: { data: { progressRightsRequest: extended } },
      },
      { request: { query: RightsRequestQuery, variables: { id: 'request-1' } }, result: { data: { rightsRequest: extended } } },
    ]);
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Subject access request' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('31 Oct 2026 by Maya Manager: Seen in person')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Next step' });
    expect(
      within(form)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).value),
    ).toEqual(['START', 'EXTEND', 'COMPLETE', 'REFUSE']);
    // Three months from receipt: 20 Feb 2027 is a Saturday, so the Monday.
    expect(within(form).getByText('The deadline becomes 22 Feb 2027.')).toBeTruthy();

    await user.click(within(form).getByLabelText(/Extend by two months/));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(await within(form).findByRole('alert')).getByRole('link').textContent).toBe('Give the reason for extending');
    await user.type(within(form).getByLabelText('Why it needs longer'), 'Held by four partners');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText(/Due by/).textContent).toContain('22 Feb 2027'));
  }, 15_000);
});

describe('Corrections under frozen minutes', () => {
  const corrections = (list: Array<{ text: string; reason: string; addedBy: string; addedAt: string }>) => ({
    request: { query: MinutesCorrectionsQuery, variables: { id: 'meeting-1' } },
    result: {
      data: {
        meeting: {
          __typename: 'Meeting',
          id: 'meeting-1',
          items: [
            {
              __typename: 'AgendaItem',
              id: 'item-1',
              corrections: list.map((c, i) => ({ __typename: 'MinutesCorrection', id: `c-${i}`, ...c })),
            },
          ],
        },
      },
    },
  });

  it('shows each correction after the original, dated and signed, and lets a chair add one', async () => {
    const first = {
      text: 'The tenancy is at Oak Road.',
      reason: 'Wrong street',
      addedBy: 'Sam Chair',
      addedAt: '2026-12-03T10:00:00.000Z',
    };
    const second = { text: 'Start date 4 Jan 2027.', reason: 'Missing', addedBy: 'Sam Chair', addedAt: '2026-12-04T10:00:00.000Z' };
    render(
      <MockedProvider
        cache={createCache()}
        mocks={[
          corrections([first]),
          {
            request: {
              query: AddMinutesCorrectionMutation,
              variables: { input: { meetingId: 'meeting-1', itemId: 'item-1', text: second.text, reason: second.reason } },
            },
            result: { data: { addMinutesCorrection: 'c-1' } },
          },
          corrections([first, second]),
        ]}
      >
        <MinutesCorrections meetingId="meeting-1" itemId="item-1" canAdd />
      </MockedProvider>,
    );
    const user = userEvent.setup();
    expect(await screen.findByText('Correction added 3 Dec 2026 by Sam Chair')).toBeTruthy();
    expect(screen.getByText('Reason: Wrong street')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add a correction to this item' }));
    await user.type(screen.getByLabelText('Correction'), second.text);
    await user.type(screen.getByLabelText('Why the minutes were wrong'), second.reason);
    await user.click(screen.getByRole('button', { name: 'Add correction' }));
    expect(await screen.findByText('Correction added 4 Dec 2026 by Sam Chair')).toBeTruthy();
    expect(screen.getAllByText(/^Correction added/).map((p) => p.textContent)).toEqual([
      'Correction added 3 Dec 2026 by Sam Chair',
      'Correction added 4 Dec 2026 by Sam Chair',
    ]);
  }, 15_000);

  it('offers nothing to add for someone who is not a chair or coordinator', async () => {
    render(
      <MockedProvider cache={createCache()} mocks={[corrections([])]}>
        <MinutesCorrections meetingId="meeting-1" itemId="item-1" canAdd={false} />
      </MockedProvider>,
    );
    await waitFor(() => expect(screen.queryByRole('button')).toBeNull());
    expect(screen.queryByText(/Correction added/)).toBeNull();
  });
});
