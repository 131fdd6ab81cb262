import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { ActionChangedSubscription, ActionPageQuery, ActionsCsvQuery } from '../graphql/actions';
import {
  actionListMock,
  buildAction,
  buildActionDetail,
  buildSummary,
  filterOptionsMock,
  HOUSING,
  PROBATION,
  summaryMock,
} from '../testing';

const manager = buildCurrentUser('MANAGER', { name: 'Priya Shah' });

const summary = buildSummary({
  total: 20,
  open: 9,
  overdue: 4,
  done: 6,
  blocked: 3,
  notPossible: 2,
  notUndertaken: 1,
  cancelled: 2,
  completionRate: 0.3333,
  medianDaysToComplete: 4.5,
  overdueByOrganisation: [
    { __typename: 'OrganisationCount', count: 3, organisation: HOUSING },
    { __typename: 'OrganisationCount', count: 1, organisation: PROBATION },
  ],
  barriers: [
    {
      __typename: 'Barrier',
      actionId: '10000000-0000-4000-8000-000000000101',
      title: 'Find supported housing before release',
      reason: 'No supported housing beds in Northvale until March',
      dueDate: '2026-11-20',
      recordedAt: '2026-11-21T10:00:00Z',
      organisation: HOUSING,
    },
  ],
});

function renderReview(path: string, ...mocks: Parameters<typeof renderApp>[1]) {
  return renderApp(path, [meMock(manager), quietMeChangedMock(), filterOptionsMock(), ...mocks]);
}

/** The blob's bytes, read as the browser would save them (jsdom's Blob has no arrayBuffer()). */
function readBytes(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

const figure = (name: RegExp) => within(screen.getByRole('region', { name: 'Summary' })).getByRole('button', { name });

describe('ActionsReviewPage', () => {
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('shows the figures, the overdue chart’s numbers and the barriers from the summary', async () => {
    renderReview('/actions', summaryMock(summary), actionListMock([buildAction({ title: 'Register with a GP' })]));

    // The first test loads the page's code (and recharts), which takes a moment.
    expect(await screen.findByRole('heading', { level: 1, name: 'Actions' }, { timeout: 5000 })).toBeTruthy();
    expect((await screen.findByRole('button', { name: /^Open/ })).textContent).toContain('9');
    expect(figure(/^Overdue/).textContent).toBe('Overdue4Show these actions');
    expect(figure(/^Done/).textContent).toContain('6');
    expect(figure(/^Blocked/).textContent).toBe('Blocked32 not possible, 1 not undertaken');
    const figures = screen.getByRole('region', { name: 'Summary' });
    expect(within(figures).getByText('33%')).toBeTruthy();
    expect(within(figures).getByText('4.5 days')).toBeTruthy();

    const chart = screen.getByRole('region', { name: 'Overdue actions by organisation' });
    expect(within(chart).getByRole('img').getAttribute('aria-label')).toBe(
      'Bar chart of overdue actions by organisation: Northvale Council Housing Options, 3; Northvale Probation Delivery Unit, 1.',
    );
    const table = within(chart).getByRole('table', { name: /Overdue actions by organisation/ });
    expect(within(table).getByRole('row', { name: /Northvale Council Housing Options/ }).textContent).toContain('3');
    expect(within(table).getByRole('row', { name: /Total/ }).textContent).toContain('4');

    const barriers = screen.getByRole('region', { name: 'Barriers' });
    const barrier = within(barriers).getByRole('listitem');
    expect(within(barrier).getByRole('link', { name: 'Find supported housing before release' }).getAttribute('href')).toBe(
      '/actions/10000000-0000-4000-8000-000000000101',
    );
    expect(barrier.textContent).toContain('No supported housing beds in Northvale until March');
    expect(barrier.textContent).toContain('Northvale Council Housing Options');
    expect(barrier.textContent).toContain('due 20 Nov 2026');

    expect(await screen.findByRole('row', { name: /Register with a GP/ })).toBeTruthy();
  });

  it('drills down: a figure, then an organisation’s bar, filters the table to the actions behind it', async () => {
    const late = buildAction({ title: 'Chase the housing referral', overdue: true, ownerOrganisation: HOUSING });
    renderReview(
      '/actions',
      summaryMock(summary),
      actionListMock([buildAction({ title: 'Register with a GP' }), late]),
      actionListMock([late], { overdueOnly: true }),
      actionListMock([late], { organisationId: HOUSING.id, overdueOnly: true }),
      // Back to every action: shown from the cache at once, and checked with the server.
      actionListMock([buildAction({ title: 'Register with a GP' }), late]),
    );
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 2, name: /^All actions/ })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: /^Overdue/ }));

    const heading = await screen.findByRole('heading', { level: 2, name: /^Overdue actions\s*\(1\)/ });
    expect(document.activeElement).toBe(heading);
    expect(figure(/^Overdue/).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('row', { name: /Register with a GP/ })).toBeNull();
    expect(screen.getByRole('row', { name: /Chase the housing referral/ })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '3 overdue at Northvale Council Housing Options: show these actions' }));
    expect(await screen.findByRole('heading', { level: 2, name: /^Overdue actions at Northvale Council Housing Options/ })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Show all actions that match the filters' }));
    expect(await screen.findByRole('row', { name: /Register with a GP/ })).toBeTruthy();
  });

  it('lists every colleague as an owner once the owner list is used, and opens an action from the table with a way back', async () => {
    const action = buildAction({ title: 'Register with a GP' });
    const detail = buildActionDetail({ id: action.id, title: 'Register with a GP' });
    renderReview('/actions?status=OPEN', summaryMock(summary, { statuses: ['OPEN'] }), actionListMock([action], { statuses: ['OPEN'] }), {
      request: { query: ActionPageQuery, variables: { id: action.id } },
      result: { data: { action: detail } },
    });

    const owner = await screen.findByRole('combobox', { name: 'Owner' }, { timeout: 5000 });
    await screen.findByRole('row', { name: /Register with a GP/ });
    // Until it is used, the list holds only the choice made (anyone).
    expect(
      within(owner)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Anyone']);
    await userEvent.click(owner);
    expect(
      within(owner)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Anyone', 'Chris Evans (Northvale Council Housing Options)', 'Jordan Lee (Northvale Probation Delivery Unit)']);

    const link = screen.getByRole('link', { name: 'Register with a GP' });
    expect(link.getAttribute('href')).toBe(`/actions/${action.id}`);
    await userEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Register with a GP' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to actions' }).getAttribute('href')).toBe('/actions?status=OPEN');
  });

  it('reads its filters from the address, and applying the form changes them', async () => {
    const filter = { organisationId: HOUSING.id, statuses: ['NOT_POSSIBLE'] };
    renderReview(
      `/actions?organisation=${HOUSING.id}&status=NOT_POSSIBLE`,
      summaryMock(buildSummary({ total: 2, blocked: 2, notPossible: 2 }), filter),
      actionListMock([], filter),
      summaryMock(buildSummary({ total: 3 }), { ...filter, statuses: ['DONE', 'NOT_POSSIBLE'], overdueOnly: true }),
      actionListMock([], { ...filter, statuses: ['DONE', 'NOT_POSSIBLE'], overdueOnly: true }),
    );
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Filter actions' });
    await waitFor(() => expect((within(form).getByLabelText('Organisation') as HTMLSelectElement).value).toBe(HOUSING.id));
    expect((within(form).getByLabelText('Not possible (barrier)') as HTMLInputElement).checked).toBe(true);
    expect(await screen.findByText('No actions match.')).toBeTruthy();

    await user.click(within(form).getByLabelText('Done'));
    await user.click(within(form).getByLabelText('Only overdue actions'));
    await user.click(within(form).getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByText(/^3 actions in all, 0 cancelled\./)).toBeTruthy();
  });

  it('filters by due dates typed in GOV.UK day, month and year boxes, and explains a wrong date', async () => {
    const filter = { dueFrom: '2026-12-01', dueTo: '2026-12-30' };
    renderReview(
      '/actions?dueFrom=2026-12-01',
      summaryMock(buildSummary({ total: 2 }), { dueFrom: '2026-12-01' }),
      actionListMock([], { dueFrom: '2026-12-01' }),
      summaryMock(buildSummary({ total: 1 }), filter),
      actionListMock([], filter),
    );
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Filter actions' });
    const dueFrom = within(form).getByRole('group', { name: /^Due from/ });
    const dueTo = within(form).getByRole('group', { name: /^Due to/ });
    // The date from the address shows in the boxes.
    expect((within(dueFrom).getByLabelText('Day') as HTMLInputElement).value).toBe('1');
    expect((within(dueFrom).getByLabelText('Month') as HTMLInputElement).value).toBe('12');
    expect((within(dueFrom).getByLabelText('Year') as HTMLInputElement).value).toBe('2026');

    await user.type(within(dueTo).getByLabelText('Day'), '30');
    await user.type(within(dueTo).getByLabelText('Month'), '11');
    await user.type(within(dueTo).getByLabelText('Year'), '2026');
    await user.click(within(form).getByRole('button', { name: 'Apply filters' }));

    const problem = await screen.findByRole('alert');
    expect(
      within(problem)
        .getByRole('link', { name: /must be the same as or after/ })
        .getAttribute('href'),
    ).toBe('#filter-due-to-day');
    await waitFor(() => expect(document.title).toBe('Error: Actions – CaseHuddle'));

    await user.clear(within(dueTo).getByLabelText('Month'));
    await user.type(within(dueTo).getByLabelText('Month'), '12');
    await user.click(within(form).getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByText(/^1 action in all/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refreshes the figures live when an action changes, and says so politely', async () => {
    renderReview(
      '/actions',
      summaryMock(buildSummary({ total: 1, open: 1 })),
      actionListMock([]),
      {
        request: { query: ActionChangedSubscription },
        result: { data: { actionChanged: { __typename: 'ActionChange', actionId: 'a-1', status: 'NOT_POSSIBLE', version: 2 } } },
        delay: 300,
      },
      summaryMock(buildSummary({ total: 1, blocked: 1, notPossible: 1, barriers: [{ ...summary.barriers[0]! }] })),
      actionListMock([]),
    );

    expect(await screen.findByText('No barriers recorded.')).toBeTruthy();
    expect(await screen.findByText('Find supported housing before release', {}, { timeout: 3000 })).toBeTruthy();
    const status = await screen.findByText(/^Figures updated at \d\d:\d\d\.$/);
    expect(status.closest('[role="status"]')).toBeTruthy();
  });

  it('downloads the table as a CSV file named for today, exactly as the server wrote it', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:casehuddle');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const csv = 'Title,Owner,Due\r\n"Find housing, before Friday",Zoë Ní Bhriain,20 Nov 2026\r\n';
    renderReview('/actions?overdue=yes', summaryMock(buildSummary(), { overdueOnly: true }), actionListMock([], { overdueOnly: true }), {
      request: { query: ActionsCsvQuery, variables: { filter: { overdueOnly: true } } },
      result: { data: { actionsCsv: csv } },
    });
    const user = userEvent.setup();

    // Run alone, this test is the one that loads the page's code: give it the same time as the first.
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }, { timeout: 5000 }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^casehuddle-actions-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(link.href).toBe('blob:casehuddle');
    const blob = createObjectURL.mock.calls[0]![0];
    expect(blob.type).toBe('text/csv;charset=utf-8');
    // UTF-8 with a byte order mark (so spreadsheets read the accents), then the server's text unchanged.
    const bytes = new Uint8Array(await readBytes(blob));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3))).toBe(csv);
  });
});
