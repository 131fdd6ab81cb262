import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseloadReportQuery } from '../../../generated/graphql';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { CaseloadReportQuery as ReportQuery, ReportHuddlesQuery } from '../graphql/caseloadReport';

const manager = buildCurrentUser('MANAGER', { name: 'Priya Shah' });
const MEAM = { __typename: 'Huddle' as const, id: '70000000-0000-4000-8000-000000000001', name: 'Northvale MEAM huddle' };
const RELEASE = { __typename: 'Huddle' as const, id: '70000000-0000-4000-8000-000000000002', name: 'Northvale release planning huddle' };

type Data = CaseloadReportQuery;
const period = (overrides: Partial<Data['caseloadReport']['serviceUseBefore']> = {}): Data['caseloadReport']['serviceUseBefore'] => ({
  __typename: 'ServiceUsePeriod',
  people: 0,
  personQuarters: 0,
  evictions: null,
  arrests: null,
  nightsInPrison: null,
  aeAttendances: null,
  mentalHealthInpatientDays: null,
  suppressed: false,
  ...overrides,
});
const months = (counts: Record<string, [number, number]> = {}) =>
  ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'].map(
    (month) => ({ __typename: 'ActionMonth' as const, month, completed: counts[month]?.[0] ?? 0, overdue: counts[month]?.[1] ?? 0 }),
  );

function buildData(
  huddleId: string,
  overrides: Partial<Data['caseloadReport']> = {},
  outcomes: Partial<Data['caseloadOutcomes']> = {},
): Data {
  return {
    caseloadOutcomes: {
      __typename: 'CaseloadOutcomeSummary',
      huddleId,
      measureKey: 'NDTA',
      peopleAssessed: 0,
      peopleWithChange: 0,
      averageAtEntry: null,
      averageLatest: null,
      averageChange: null,
      suppressed: false,
      ...outcomes,
    },
    caseloadReport: {
      __typename: 'CaseloadReport',
      huddleId,
      serviceUseBefore: period(),
      serviceUseAfter: period(),
      actionsByMonth: months(),
      timelinessByOwner: [],
      timelinessByOrganisation: [],
      barrierThemes: [],
      ...overrides,
    },
  };
}

const full = buildData(
  MEAM.id,
  {
    serviceUseBefore: period({
      people: 12,
      personQuarters: 36,
      evictions: 0.25,
      arrests: 1.5,
      nightsInPrison: 4,
      aeAttendances: 2,
      mentalHealthInpatientDays: 1,
    }),
    serviceUseAfter: period({ people: 3, personQuarters: 3, suppressed: true }),
    actionsByMonth: months({ '2026-11': [4, 2], '2026-12': [1, 0] }),
    timelinessByOwner: [
      {
        __typename: 'Timeliness',
        id: '30000000-0000-4000-8000-000000000001',
        name: 'Jordan Lee',
        organisationName: 'Northvale Probation Delivery Unit',
        due: 4,
        onTime: 2,
        late: 1,
        overdue: 1,
        blocked: 0,
        onTimeRate: 0.5,
      },
    ],
    timelinessByOrganisation: [
      {
        __typename: 'Timeliness',
        id: '20000000-0000-4000-8000-000000000001',
        name: 'Northvale Probation Delivery Unit',
        due: 4,
        onTime: 2,
        late: 1,
        overdue: 1,
        blocked: 0,
        onTimeRate: 0.5,
      },
    ],
    barrierThemes: [
      {
        __typename: 'BarrierThemeCount',
        theme: 'ACCOMMODATION',
        label: 'Accommodation',
        count: 2,
        reasons: ['=HYPERLINK("x")', 'No hostel in the area takes people with dogs'],
      },
    ],
  },
  { peopleAssessed: 12, peopleWithChange: 10, averageAtEntry: 31.5, averageLatest: 24, averageChange: -7.5 },
);

const huddlesMock = (huddles = [MEAM, RELEASE]): MockLink.MockedResponse => ({
  request: { query: ReportHuddlesQuery },
  result: { data: { huddles } },
});
const reportMock = (data: Data): MockLink.MockedResponse => ({
  request: { query: ReportQuery, variables: { huddleId: data.caseloadReport.huddleId } },
  result: { data },
});

function renderOutcomes(...mocks: MockLink.MockedResponse[]) {
  return renderApp('/outcomes', [meMock(manager), quietMeChangedMock(), ...mocks]);
}

// Five charts drawn in jsdom take a while: a generous bound, not a timing check.
describe('CaseloadOutcomesPage', { timeout: 30_000 }, () => {
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
    vi.restoreAllMocks();
  });

  it('is in the manager’s navigation and shows each figure as a described chart with a table beside it', async () => {
    renderOutcomes(huddlesMock(), reportMock(full));
    // The first test loads the page's code (and recharts), which takes a moment.
    expect(await screen.findByRole('heading', { level: 1, name: 'Caseload outcomes' }, { timeout: 5000 })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Primary navigation' });
    expect(within(nav).getByRole('link', { name: 'Outcomes' }).getAttribute('href')).toBe('/outcomes');

    const ndta = await screen.findByRole('table', { name: 'NDTA change from entry, as a table' });
    expect(within(ndta).getByRole('row', { name: /Average score at entry/ }).textContent).toContain('31.5');
    expect(within(ndta).getByRole('row', { name: /Average change/ }).textContent).toContain('-7.5');
    expect(screen.getByRole('img', { name: /average NDTA score: 31.5 at entry and 24 at the latest/ })).toBeTruthy();
    expect(screen.getByText(/South West London/)).toBeTruthy();

    // Service use: the after figures are withheld (3 people), and both the table and a note say so.
    const serviceUse = screen.getByRole('table', { name: /Service use per person per quarter/ });
    const arrests = within(serviceUse).getByRole('row', { name: /^Arrests/ });
    expect(
      within(arrests)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1.5', 'Withheld (fewer than 5 people)']);
    expect(
      within(screen.getByRole('region', { name: 'Service use before and after joining' })).getByText(/Some figures are withheld/),
    ).toBeTruthy();

    const byMonth = screen.getByRole('table', { name: 'Actions completed and overdue by month, as a table' });
    expect(within(byMonth).getAllByRole('row')).toHaveLength(13);
    expect(within(byMonth).getByRole('row', { name: /Nov 2026/ }).textContent).toBe('Nov 202642');
    expect(screen.getByRole('img', { name: /Nov 2026, 4 completed, 2 overdue; Dec 2026, 1 completed, 0 overdue/ })).toBeTruthy();

    const byOwner = screen.getByRole('table', { name: 'Timeliness by owner' });
    expect(within(byOwner).getByRole('row', { name: /Jordan Lee/ }).textContent).toContain('50%');
    expect(screen.getByRole('table', { name: 'Timeliness by organisation, as a table' })).toBeTruthy();
    const barriers = screen.getByRole('table', { name: 'Barriers by theme, as a table' });
    expect(within(barriers).getByRole('row', { name: /Accommodation/ }).textContent).toContain(
      'No hostel in the area takes people with dogs',
    );
    expect(screen.getByRole('img', { name: 'Bar chart of system barriers by theme: Accommodation, 2.' })).toBeTruthy();
  });

  it('downloads a figure’s table as CSV, with spreadsheet formulas neutralised', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:casehuddle');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderOutcomes(huddlesMock(), reportMock(full));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Download CSV: Barriers by theme' }, { timeout: 5000 }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^casehuddle-barriers-by-theme-northvale-meam-huddle-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(createObjectURL.mock.calls[0]![0]);
    });
    expect(text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'Theme,Barriers,Reasons given',
      `Accommodation,2,"'=HYPERLINK(""x""); No hostel in the area takes people with dogs"`,
      '',
    ]);

    await user.click(screen.getByRole('button', { name: 'Download CSV: Service use before and after joining' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(2));
    const serviceUse = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(createObjectURL.mock.calls[1]![0]);
    });
    expect(serviceUse).toContain('Arrests,1.5,Withheld (fewer than 5 people)\r\n');
  });

  it('says so, figure by figure, when there is nothing to count', async () => {
    const user = userEvent.setup();
    renderOutcomes(huddlesMock(), reportMock(full), reportMock(buildData(RELEASE.id)));
    await screen.findByRole('table', { name: 'Barriers by theme, as a table' }, { timeout: 5000 });

    await user.selectOptions(screen.getByLabelText('Huddle'), 'Northvale release planning huddle');
    expect(await screen.findByText('Nobody on this caseload has an NDTA score yet.')).toBeTruthy();
    expect(screen.getByText('No service use has been recorded for the people on this caseload.')).toBeTruthy();
    expect(screen.getByText('No actions from this huddle were completed or went overdue in the last 12 months.')).toBeTruthy();
    expect(screen.getAllByText('No actions from this huddle have reached their due date yet.')).toHaveLength(2);
    expect(screen.getByText('No barriers have been recorded in this huddle.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: /Download CSV/ })).toBeNull();
  });

  it('tells a manager whose organisation is in no huddle that there is nothing to show', async () => {
    renderOutcomes(huddlesMock([]));
    expect(await screen.findByText(/not a member of any huddle/, {}, { timeout: 5000 })).toBeTruthy();
  });
});
