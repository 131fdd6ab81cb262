import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { buildForecast, buildUpcoming, forecastCell, forecastMock, forecastPeopleMock, upcomingMock, withheldCell } from '../testing';

const coordinator = buildCurrentUser('COORDINATOR', { name: 'Ravi Patel' });

const flagged = buildUpcoming({
  person: { __typename: 'Person', id: '40000000-0000-4000-8000-000000000011', displayName: 'Aar' },
  releaseDate: '2026-11-27',
  daysToRelease: 4,
  redFlags: ['NO_ACCOMMODATION', 'FRIDAY_RELEASE'],
  itemsDone: 1,
});
const ready = buildUpcoming({
  person: { __typename: 'Person', id: '40000000-0000-4000-8000-000000000012', displayName: 'Bea Cole' },
  releaseDate: '2026-12-30',
  daysToRelease: 37,
  establishment: 'HMP Eastbrook',
  destinationCouncilArea: 'Eastbrook',
  redFlags: [],
  itemsDone: 9,
});

function renderReleases(...mocks: Parameters<typeof renderApp>[1]) {
  return renderApp('/releases', [meMock(coordinator), quietMeChangedMock(), ...mocks]);
}

describe('ReleasesPage', () => {
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('lists upcoming releases soonest first, with red flags as labelled, coloured tags', async () => {
    renderReleases(upcomingMock([flagged, ready]), forecastMock());
    const user = userEvent.setup();

    // The first test loads the page's code (and recharts), which takes a moment.
    expect(await screen.findByRole('heading', { level: 1, name: 'Releases' }, { timeout: 5000 })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Due for release in the next 8 weeks' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['Aar: release plan', 'Bea Cole: release plan']);
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('/people/40000000-0000-4000-8000-000000000011/release');
    expect(rows[0]!.textContent).toContain('27 Nov 2026');
    expect(rows[0]!.textContent).toContain('4 days');
    expect(rows[0]!.textContent).toContain('1 of 9');

    const flags = within(rows[0]!).getByRole('list', { name: 'Red flags' });
    const red = within(flags).getByText('No accommodation and release is close');
    const orange = within(flags).getByText('Released on a Friday');
    expect(red.className).toContain('govuk-tag--red');
    expect(orange.className).toContain('govuk-tag--orange');
    expect(rows[1]!.textContent).toContain('None');
    expect(screen.getByText('2 people due for release in the next 8 weeks.')).toBeTruthy();

    await user.click(screen.getByLabelText('Red flags only'));

    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).queryByText('Bea Cole')).toBeNull();
    expect(screen.getByText('1 person due for release in the next 8 weeks with red flags.')).toBeTruthy();
  });

  it('looks further ahead when asked', async () => {
    renderReleases(upcomingMock([flagged]), forecastMock(), upcomingMock([flagged, ready], 180));
    const user = userEvent.setup();
    await screen.findByRole('table', { name: 'Due for release in the next 8 weeks' }, { timeout: 5000 });

    await user.selectOptions(screen.getByLabelText('Due within'), 'Next 6 months');

    const table = await screen.findByRole('table', { name: 'Due for release in the next 6 months' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
  });

  it('shows the forecast as a described chart and a table, and lists who is behind a number', async () => {
    const dee = buildUpcoming({ person: { __typename: 'Person', id: '40000000-0000-4000-8000-000000000013', displayName: 'Dee Marsh' } });
    renderReleases(upcomingMock([]), forecastMock(), forecastPeopleMock('Northvale', '2026-12', [dee]));
    const user = userEvent.setup();

    const section = await screen.findByRole('region', { name: 'Forecast by council area' }, { timeout: 5000 });
    const chart = await within(section).findByRole('img');
    expect(chart.getAttribute('aria-label')).toContain(
      'Dec 2026, 3 due, 1 with accommodation secured, 3 with a Duty to Refer made; Jan 2027, 0 due',
    );
    expect(
      within(section).getByText(
        'Where fewer than 5 people are due and you may not see all of them, the numbers are withheld so that nobody can be singled out.',
      ),
    ).toBeTruthy();
    expect(within(section).queryByText(/The bars leave out/)).toBeNull();
    const table = within(section).getByRole('table', { name: 'Releases by council area and month, as a table' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Council area', 'Measure', 'Nov 2026', 'Dec 2026', 'Jan 2027', 'Feb 2027', 'Mar 2027', 'Apr 2027']);

    await user.click(within(table).getByRole('button', { name: '2 due in Dec 2026, Northvale: show who' }));

    const people = await screen.findByRole('region', { name: 'Due for release in Dec 2026 to Northvale' });
    expect(document.activeElement).toBe(within(people).getByRole('heading', { level: 3 }));
    expect(await within(people).findByText('You can see 1 of 2; the others are not shared with your organisation.')).toBeTruthy();
    expect(within(people).getByRole('link', { name: 'Dee Marsh: release plan' })).toBeTruthy();
    // The way to ask for access to the others names nobody.
    const ask = within(people).getByRole('link', { name: 'How to ask for access to people you cannot see' });
    expect(ask.getAttribute('href')).toBe('/releases/asking-for-access');

    // Choosing an area narrows the chart and table to it.
    await user.selectOptions(within(section).getByLabelText('Council area'), 'Eastbrook');
    expect(within(section).queryByRole('region', { name: /Due for release in/ })).toBeNull();
    expect(within(section).getByRole('img').getAttribute('aria-label')).toMatch(/^Bar chart of releases due each month for Eastbrook: /);
    expect(within(section).queryByRole('rowgroup', { name: /Northvale/ })).toBeNull();
  });

  it('shows a withheld count as "fewer than 5", leaves it out of the bars, and gives no total in the drill-down', async () => {
    const dee = buildUpcoming({ person: { __typename: 'Person', id: '40000000-0000-4000-8000-000000000014', displayName: 'Dee Marsh' } });
    const forecast = buildForecast({
      cells: [
        forecastCell('Eastbrook', '2026-12', 1, 0, 1),
        withheldCell('Northvale', '2026-12'),
        forecastCell('Northvale', '2027-02', 6, 2, 3),
      ],
    });
    renderReleases(upcomingMock([]), forecastMock(forecast), forecastPeopleMock('Northvale', '2026-12', [dee]));
    const user = userEvent.setup();

    const section = await screen.findByRole('region', { name: 'Forecast by council area' }, { timeout: 5000 });
    const chart = await within(section).findByRole('img');
    expect(chart.getAttribute('aria-label')).toContain(
      'Dec 2026, 1 due, 0 with accommodation secured, 1 with a Duty to Refer made, not counting small numbers that are withheld; Jan 2027, 0 due',
    );
    expect(chart.getAttribute('aria-label')).toContain('Feb 2027, 6 due, 2 with accommodation secured, 3 with a Duty to Refer made;');
    expect(
      within(section).getByText(
        'The bars leave out the numbers that are withheld because they are small, so they may show fewer people than are due. The table shows where.',
      ),
    ).toBeTruthy();

    // Rows: the header, then Eastbrook, Northvale and All areas, three measures each.
    const table = within(section).getByRole('table', { name: 'Releases by council area and month, as a table' });
    const rows = within(table).getAllByRole('row');
    const cells = (row: number) =>
      within(rows[row]!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(within(table).getByRole('button', { name: 'fewer than 5 due in Dec 2026, Northvale: show who' })).toBeTruthy();
    expect(cells(5)).toEqual(['0', 'fewer than 5', '0', '2', '0', '0']);
    expect(cells(6)).toEqual(['0', 'fewer than 5', '0', '3', '0', '0']);
    expect(within(table).getByRole('button', { name: 'at least 2 due in Dec 2026, All areas: show who' })).toBeTruthy();
    expect(within(table).getByRole('button', { name: '6 due in Feb 2027, All areas: show who' })).toBeTruthy();
    expect(cells(8)).toEqual(['0', 'at least 0', '0', '2', '0', '0']);
    expect(cells(9)).toEqual(['0', 'at least 1', '0', '3', '0', '0']);

    await user.click(within(table).getByRole('button', { name: 'fewer than 5 due in Dec 2026, Northvale: show who' }));

    const people = await screen.findByRole('region', { name: 'Due for release in Dec 2026 to Northvale' });
    expect(await within(people).findByText('You can see 1. The total is withheld because it is small.')).toBeTruthy();
    expect(within(people).queryByText(/You can see \d+ of/)).toBeNull();
    expect(within(people).getByRole('link', { name: 'Dee Marsh: release plan' })).toBeTruthy();
  });

  it('downloads the forecast table as CSV', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:casehuddle');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const forecast = buildForecast({
      councilAreas: ['=HYPERLINK("x")'],
      cells: [forecastCell('=HYPERLINK("x")', '2026-12', 1, 0, 1), withheldCell('=HYPERLINK("x")', '2027-01')],
    });
    renderReleases(upcomingMock([]), forecastMock(forecast));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Download the table (CSV)' }, { timeout: 5000 }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^casehuddle-release-forecast-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(createObjectURL.mock.calls[0]![0]);
    });
    expect(text).toContain(`"'=HYPERLINK(""x"")",2026-12,1,0,1`);
    expect(text).toContain(`"'=HYPERLINK(""x"")",2027-01,fewer than 5,fewer than 5,fewer than 5`);
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Council area,Month,Due for release,Accommodation secured,Duty to Refer made',
    );
  });
});
