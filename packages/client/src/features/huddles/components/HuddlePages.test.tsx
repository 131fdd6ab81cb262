import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import {
  AddToCaseloadMutation,
  CaseloadPersonSearchQuery,
  HuddleColleaguesQuery,
  HuddlePageQuery,
  HuddlesListQuery,
} from '../graphql/huddles';
import { buildHuddle, CHARITY, HUDDLE_ID, JORDAN, PROBATION, SAM } from '../testing';

const LOAD = { timeout: 5000 };

// The route loads the pages on demand: load them once up front so no test waits on the import.
beforeAll(async () => {
  await import('./HuddlesRoutes');
}, 30_000);
const practitioner = buildCurrentUser('PRACTITIONER', { id: JORDAN.id, name: JORDAN.name });
const chair = buildCurrentUser('COORDINATOR', { id: SAM.id, name: SAM.name });

const aar = { __typename: 'Person', id: 'person-aar', displayName: 'Aar' } as const;
const caseload = [
  {
    __typename: 'CaseloadEntry',
    id: 'entry-1',
    person: aar,
    personRestricted: false,
    referringOrganisation: PROBATION,
    offerOfHelp: 'Fast-track housing assessment',
    coordinator: SAM,
    addedOn: '2026-10-01',
  },
  {
    __typename: 'CaseloadEntry',
    id: 'entry-2',
    person: null,
    personRestricted: true,
    referringOrganisation: CHARITY,
    offerOfHelp: '(details restricted)',
    coordinator: SAM,
    addedOn: '2026-10-02',
  },
] as const;

describe('the huddles list', () => {
  it('shows each huddle with when it meets, its next meeting and its past minutes', async () => {
    const huddle = buildHuddle({ caseload: [...caseload] });
    renderApp('/huddles', [
      meMock(practitioner),
      quietMeChangedMock(),
      { request: { query: HuddlesListQuery }, result: { data: { huddles: [huddle] } } },
    ]);

    const card = await screen.findByRole('region', { name: 'Northvale MEAM huddle' }, LOAD);
    expect(within(card).getByRole('link', { name: 'Northvale MEAM huddle' }).getAttribute('href')).toBe(`/huddles/${HUDDLE_ID}`);
    expect(within(card).getByText('Tuesdays at 10:00')).toBeTruthy();
    expect(within(card).getByRole('link', { name: /^24 Nov 2026, 10:00: open the meeting room/ })).toBeTruthy();
    expect(within(card).getByText('Planned')).toBeTruthy();
    expect(
      within(card)
        .getByRole('link', { name: /^Minutes of ?17 Nov 2026$/ })
        .getAttribute('href'),
    ).toBe('/meetings/meeting-past-2');
    expect(within(card).getByRole('link', { name: /^Minutes of ?10 Nov 2026$/ })).toBeTruthy();
    expect(within(card).getByText('2 people')).toBeTruthy();
    expect(within(card).getByText('Sam Okafor')).toBeTruthy();
    expect(within(card).getByText('Northvale Probation Delivery Unit')).toBeTruthy();
  });

  it('says so when the user is in no huddles', async () => {
    renderApp('/huddles', [
      meMock(practitioner),
      quietMeChangedMock(),
      { request: { query: HuddlesListQuery }, result: { data: { huddles: [] } } },
    ]);

    expect(await screen.findByText('You are not part of any huddles yet.', {}, LOAD)).toBeTruthy();
  });
});

describe("a huddle's page", () => {
  it('lists the caseload, hiding restricted people, and flags coordinators holding more than 15', async () => {
    const huddle = buildHuddle({
      caseload: [...caseload],
      coordinatorLoads: [{ __typename: 'CoordinatorLoad', coordinator: SAM, count: 16, overLimit: true }],
    });
    renderApp(`/huddles/${HUDDLE_ID}`, [
      meMock(practitioner),
      quietMeChangedMock(),
      { request: { query: HuddlePageQuery, variables: { id: HUDDLE_ID } }, result: { data: { huddle } } },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Northvale MEAM huddle' }, LOAD)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'People on the caseload' });
    const aarRow = within(table).getByRole('row', { name: /Aar/ });
    expect(within(aarRow).getByRole('link', { name: 'Aar' }).getAttribute('href')).toBe('/people/person-aar');
    expect(within(aarRow).getByText('Fast-track housing assessment')).toBeTruthy();
    expect(within(aarRow).getByText('1 Oct 2026')).toBeTruthy();
    const restrictedRow = within(table).getAllByRole('row')[2]!;
    expect(within(restrictedRow).getAllByText('Details restricted')).toHaveLength(2);
    const loads = screen.getByRole('table', { name: /How many people each coordinator holds/ });
    expect(within(loads).getByText('Over 15')).toBeTruthy();
    // Only chairs schedule meetings and change the caseload.
    expect(screen.queryByRole('form', { name: 'Schedule a meeting' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add someone to the caseload' })).toBeNull();
  });

  it("lets a chair add someone to the caseload, and shows the server's warning about the coordinator's load", async () => {
    const huddle = buildHuddle({ isChair: true });
    const input = {
      huddleId: HUDDLE_ID,
      personId: 'person-aar',
      referringOrganisationId: PROBATION.id,
      offerOfHelp: 'Weekly key-worker contact',
      coordinatorId: SAM.id,
    };
    const warning = 'Sam Okafor now coordinates for 16 people, more than the 15 a coordinator can usually hold.';
    renderApp(`/huddles/${HUDDLE_ID}`, [
      meMock(chair),
      quietMeChangedMock(),
      { request: { query: HuddlePageQuery, variables: { id: HUDDLE_ID } }, result: { data: { huddle } } },
      { request: { query: HuddleColleaguesQuery }, result: { data: { colleagues: [SAM, JORDAN] } } },
      {
        request: { query: CaseloadPersonSearchQuery, variables: { name: 'Aar' } },
        result: { data: { people: [{ ...aar, lockedDown: false, owningOrganisation: PROBATION }] } },
      },
      {
        request: { query: AddToCaseloadMutation, variables: { input } },
        result: { data: { addToCaseload: { __typename: 'CaseloadResult', warning, huddle: { ...huddle, caseload: [caseload[0]] } } } },
      },
    ]);
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Add someone to the caseload' }, LOAD);
    await user.type(within(form).getByLabelText('Search by name'), 'Aar');
    await user.click(within(form).getByRole('button', { name: 'Search' }));
    await user.click(await within(form).findByRole('radio', { name: 'Aar' }));
    await user.selectOptions(within(form).getByLabelText('Referred by'), PROBATION.name);
    await user.type(within(form).getByLabelText('Offer of help'), input.offerOfHelp);
    await user.selectOptions(within(form).getByLabelText('Coordinator'), `${SAM.name} (${SAM.organisation.name})`);
    await user.click(within(form).getByRole('button', { name: 'Add to caseload' }));

    expect(await screen.findByText('Aar has been added to the caseload.')).toBeTruthy();
    expect(screen.getByText(warning)).toBeTruthy();
  });

  it('checks the add-to-caseload form before sending it', async () => {
    renderApp(`/huddles/${HUDDLE_ID}`, [
      meMock(chair),
      quietMeChangedMock(),
      { request: { query: HuddlePageQuery, variables: { id: HUDDLE_ID } }, result: { data: { huddle: buildHuddle({ isChair: true }) } } },
      { request: { query: HuddleColleaguesQuery }, result: { data: { colleagues: [SAM] } } },
    ]);
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Add someone to the caseload' }, LOAD);
    await user.click(within(form).getByRole('button', { name: 'Add to caseload' }));

    const summary = within(form).getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      'Search for the person and choose them',
      'Choose the organisation referring them',
      'Say what the referring organisation offers',
      'Choose their coordinator',
    ]);
  });
});
