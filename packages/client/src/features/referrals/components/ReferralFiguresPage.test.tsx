import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReferralFiguresQuery } from '../../../generated/graphql';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { HOUSING } from '../../releases/testing';
import { PRISON } from '../testing';
import { ReferralFiguresCsvQuery, ReferralFiguresQuery as FiguresQuery } from '../graphql/figures';

const manager = buildCurrentUser('MANAGER', { name: 'Priya Shah' });
const RECOVERY = { __typename: 'OrganisationRef' as const, id: '20000000-0000-4000-8000-000000000009', name: 'Northvale Recovery Service' };

type Row = ReferralFiguresQuery['referralFigures']['rows'][number];
const row = (overrides: Partial<Row>): Row => ({
  __typename: 'ReferralFigureRow',
  kind: 'DUTY_TO_REFER',
  kindLabel: 'Duty to Refer (housing options)',
  receivingOrganisation: HOUSING,
  sent: 0,
  accepted: 0,
  declined: 0,
  overdueNow: 0,
  medianDaysToAcknowledge: null,
  medianDaysToAccept: null,
  suppressed: false,
  ...overrides,
});

const ROWS: Row[] = [
  row({ sent: 12, accepted: 8, declined: 3, overdueNow: 1, medianDaysToAcknowledge: 1, medianDaysToAccept: 2.5 }),
  row({ receivingOrganisation: PRISON, sent: null, accepted: null, declined: null, overdueNow: null, suppressed: true }),
  row({
    kind: 'SUBSTANCE_USE',
    kindLabel: 'Drug and alcohol treatment',
    receivingOrganisation: RECOVERY,
    sent: 6,
    accepted: 2,
    declined: 0,
  }),
];

type Variables = { from: string | null; to: string | null };
const ALL: Variables = { from: null, to: null };

const figuresMock = (variables: Variables, rows: Row[], period = { from: '2025-12-03', to: '2026-12-03' }): MockLink.MockedResponse => ({
  request: { query: FiguresQuery, variables },
  result: { data: { referralFigures: { __typename: 'ReferralFigures', ...period, rows } } },
});

function renderFigures(...mocks: MockLink.MockedResponse[]) {
  return renderApp('/referrals/figures', [meMock(manager), quietMeChangedMock(), ...mocks]);
}

const cells = (table: HTMLElement, name: RegExp) =>
  within(table)
    .getAllByRole('row', { name })
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );

// A chart drawn in jsdom takes a while: a generous bound, not a timing check.
describe('ReferralFiguresPage', { timeout: 30_000 }, () => {
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
    vi.restoreAllMocks();
  });

  it('shows the figures by kind and receiving organisation, with withheld rows as “Fewer than 5”', async () => {
    renderFigures(figuresMock(ALL, ROWS));
    expect(await screen.findByRole('heading', { level: 1, name: 'Referral figures' }, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Referrals sent from 3 Dec 2025 to 3 Dec 2026' })).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Referrals by kind and receiving organisation' });
    expect(cells(table, /Duty to Refer/)).toEqual([
      [HOUSING.name, '12', '8', '3', '1', '1 day', '2.5 days'],
      [PRISON.name, 'Fewer than 5', 'Fewer than 5', 'Fewer than 5', 'Fewer than 5', 'Fewer than 5', 'Fewer than 5'],
    ]);
    expect(cells(table, /Drug and alcohol treatment/)).toEqual([[RECOVERY.name, '6', '2', '0', '0', 'None yet', 'None yet']]);
    expect(screen.getByText(/fewer than 5 people were referred and your organisation cannot see all of their records/)).toBeTruthy();

    // The chart adds up each kind over the organisations it can count, and says what it leaves out.
    expect(
      screen.getByRole('img', {
        name: 'Bar chart of referrals sent, accepted and declined by kind: Duty to Refer (housing options), 12 sent, 8 accepted, 3 declined; Drug and alcohol treatment, 6 sent, 2 accepted, 0 declined. Rows with fewer than 5 people are left out.',
      }),
    ).toBeTruthy();
  });

  it('downloads the server’s CSV for the period shown', async () => {
    const csv = 'Kind,Receiving organisation,Sent\r\nDuty to Refer (housing options),HMP Northvale,fewer than 5\r\n';
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:casehuddle');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderFigures(figuresMock(ALL, ROWS), {
      request: { query: ReferralFiguresCsvQuery, variables: ALL },
      result: { data: { referralFiguresCsv: csv } },
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Download CSV' }, { timeout: 5000 }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^casehuddle-referral-figures-2025-12-03-to-2026-12-03-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(createObjectURL.mock.calls[0]![0]);
    });
    expect(text.replace(/^\uFEFF/, '')).toBe(csv);
  });

  it('asks for the period chosen, checks the dates, and says when nothing was sent', async () => {
    renderFigures(
      figuresMock(ALL, ROWS),
      figuresMock({ from: '2026-04-01', to: '2026-06-30' }, [], { from: '2026-04-01', to: '2026-06-30' }),
    );
    const user = userEvent.setup();
    await screen.findByRole('table', { name: 'Referrals by kind and receiving organisation' }, { timeout: 5000 });

    const from = screen.getByRole('group', { name: /^From/ });
    const to = screen.getByRole('group', { name: /^To/ });
    await user.type(within(from).getByLabelText('Day'), '1');
    await user.type(within(from).getByLabelText('Month'), '4');
    await user.type(within(from).getByLabelText('Year'), '2026');
    await user.type(within(to).getByLabelText('Day'), '31');
    await user.type(within(to).getByLabelText('Month'), '3');
    await user.type(within(to).getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('button', { name: 'Show figures' }));
    expect(await screen.findByRole('link', { name: 'The ‘to’ date must be the same as or after the ‘from’ date' })).toBeTruthy();

    await user.clear(within(to).getByLabelText('Day'));
    await user.type(within(to).getByLabelText('Day'), '30');
    await user.clear(within(to).getByLabelText('Month'));
    await user.type(within(to).getByLabelText('Month'), '6');
    await user.click(screen.getByRole('button', { name: 'Show figures' }));
    expect(await screen.findByText('Your organisation sent no referrals in this period.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Referrals sent from 1 Apr 2026 to 30 Jun 2026' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();
  });

  it('says so when the figures cannot be loaded', async () => {
    renderFigures({ request: { query: FiguresQuery, variables: ALL }, error: new Error('Network down') });
    expect(await screen.findByText('Sorry, the referral figures could not be loaded', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Try again/ })).toBeTruthy();
  });

  it('is for managers only', async () => {
    renderApp('/referrals/figures', [meMock(buildCurrentUser('PRACTITIONER')), quietMeChangedMock()]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' }, { timeout: 5000 }),
    ).toBeTruthy();
  });
});
