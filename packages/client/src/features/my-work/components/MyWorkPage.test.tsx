import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { ActionOwnerOptionsQuery, CreateActionMutation, UpdateActionMutation } from '../../actions/graphql/actions';
import { buildAction, buildActionDetail, myWorkMock, PROBATION } from '../../actions/testing';

const jordan = buildCurrentUser('PRACTITIONER', {
  id: '30000000-0000-4000-8000-000000000001',
  name: 'Jordan Lee',
  organisation: { __typename: 'Organisation', id: PROBATION.id, name: PROBATION.name, kind: 'PROBATION' },
});

function renderMyWork(...mocks: Parameters<typeof renderApp>[1]) {
  return renderApp('/', [meMock(jordan), quietMeChangedMock(), ...mocks]);
}

const section = (name: RegExp) => screen.getByRole('region', { name });

function optionLabels(select: HTMLElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

describe('MyWorkPage', () => {
  it('lists overdue actions first with red tags, then the week, later, the organisation’s and my people', async () => {
    const overdue = buildAction({
      title: 'Apply for a birth certificate',
      dueDate: '2026-11-02',
      dueWindow: 'MORNING',
      overdue: true,
      personRestricted: true,
    });
    const colleagues = buildAction({
      title: 'Check the licence conditions',
      owner: { __typename: 'UserRef', id: '30000000-0000-4000-8000-000000000009', name: 'Priya Shah', organisation: PROBATION },
      person: { __typename: 'Person', id: '40000000-0000-4000-8000-000000000001', displayName: 'Dee Marsh' },
    });
    renderMyWork(
      myWorkMock({
        overdue: [overdue],
        organisation: [colleagues],
        leadFor: [
          {
            __typename: 'Person',
            id: '40000000-0000-4000-8000-000000000002',
            displayName: 'Kai Brennan',
            situation: { __typename: 'PersonSituation', kind: 'CUSTODY', releaseDate: '2026-12-03' },
          },
        ],
      }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
    // The page's own headings (the footer has one too).
    const headings = (await within(screen.getByRole('main')).findAllByRole('heading', { level: 2 })).map((h) => h.textContent);
    expect(headings.slice(0, 5)).toEqual([
      'Overdue: 1 action',
      'Due this week: 0 actions',
      'Later: 0 actions',
      'My organisation’s actions: 1 action',
      'People I’m lead professional for',
    ]);

    const overdueRow = within(section(/^Overdue/)).getByRole('row', { name: /Apply for a birth certificate/ });
    expect(within(overdueRow).getByRole('link', { name: 'Apply for a birth certificate' }).getAttribute('href')).toBe(
      `/actions/${overdue.id}`,
    );
    expect(within(overdueRow).getByText('Person (details restricted)')).toBeTruthy();
    expect(within(overdueRow).getByText('2 Nov 2026 (morning)')).toBeTruthy();
    expect(within(overdueRow).getByText('Overdue').className).toContain('govuk-tag--red');

    expect(within(section(/^Due this week/)).getByText('Nothing due in the next 7 days.')).toBeTruthy();
    const organisationRow = within(section(/^My organisation’s actions/)).getByRole('row', { name: /Check the licence conditions/ });
    expect(within(organisationRow).getByText('Priya Shah')).toBeTruthy();
    expect(within(organisationRow).getByRole('link', { name: 'Dee Marsh' }).getAttribute('href')).toBe(
      '/people/40000000-0000-4000-8000-000000000001',
    );

    const people = section(/People I’m lead professional for/);
    expect(within(people).getByRole('link', { name: 'Kai Brennan' }).getAttribute('href')).toBe(
      '/people/40000000-0000-4000-8000-000000000002',
    );
    expect(within(people).getByText('In custody, release 3 Dec 2026')).toBeTruthy();
  });

  it('says so kindly when there is nothing to do', async () => {
    renderMyWork(myWorkMock());

    expect(await screen.findByText('Nothing overdue. Well done.')).toBeTruthy();
    expect(screen.getByText('Nothing else on your list.')).toBeTruthy();
    expect(screen.getByText(`No other open actions at ${PROBATION.name}.`)).toBeTruthy();
    expect(screen.getByText('You are not lead professional for anyone yet.')).toBeTruthy();
  });

  it('offers only the allowed moves, and asks for the barrier before marking an action not possible', async () => {
    const action = buildAction({ title: 'Book a housing options appointment', status: 'IN_PROGRESS', version: 3 });
    const reason = 'No hostel beds in Northvale this month';
    const saved = buildActionDetail({ ...action, status: 'NOT_POSSIBLE', statusReason: reason, version: 4 });
    renderMyWork(
      myWorkMock({ dueThisWeek: [action] }),
      {
        request: {
          query: UpdateActionMutation,
          variables: { input: { id: action.id, expectedVersion: 3, status: 'NOT_POSSIBLE', statusReason: reason } },
        },
        result: { data: { updateAction: saved } },
        delay: 100,
      },
      // Not possible actions leave My work.
      myWorkMock(),
    );
    const user = userEvent.setup();

    const row = await within(await screen.findByRole('table', { name: 'Due this week' })).findByRole('row', { name: /Book a housing/ });
    const select = within(row).getByLabelText('New status for Book a housing options appointment');
    // In progress can go back to open, or on to done, not possible, not undertaken or cancelled.
    expect(optionLabels(select)).toEqual(['Choose a status', 'Open', 'Done', 'Not possible (barrier)', 'Not undertaken', 'Cancelled']);
    expect(within(row).queryByLabelText(/What stopped it/)).toBeNull();

    await user.selectOptions(select, 'Not possible (barrier)');
    const reasonBox = within(row).getByLabelText('What stopped it? for Book a housing options appointment');
    await user.click(within(row).getByRole('button', { name: /Save/ }));

    // No reason: an inline error, focus on the question, and nothing sent.
    expect(within(row).getByText(/Say what stopped it/).textContent).toContain('Error:');
    await waitFor(() => expect(document.activeElement).toBe(reasonBox));
    expect(reasonBox.getAttribute('aria-invalid')).toBe('true');

    await user.type(reasonBox, reason);
    await user.click(within(row).getByRole('button', { name: /Save/ }));
    expect(within(row).getByRole('button', { name: 'Saving…' })).toBeTruthy();

    expect(await screen.findByText('“Book a housing options appointment” is now not possible (barrier).')).toBeTruthy();
    expect(await screen.findByText('Nothing due in the next 7 days.')).toBeTruthy();
  });

  it('asks for a status before saving', async () => {
    renderMyWork(myWorkMock({ later: [buildAction({ title: 'Register with a GP' })] }));
    const user = userEvent.setup();

    const row = await screen.findByRole('row', { name: /Register with a GP/ });
    await user.click(within(row).getByRole('button', { name: /Save/ }));

    expect(within(row).getByText('Select the new status')).toBeTruthy();
  });

  it('tells the user when someone else changed the action first, and saves again on request', async () => {
    const action = buildAction({ title: 'Register with a GP', status: 'OPEN', version: 1 });
    renderMyWork(
      myWorkMock({ later: [action] }),
      {
        request: { query: UpdateActionMutation, variables: { input: { id: action.id, expectedVersion: 1, status: 'DONE' } } },
        result: {
          errors: [
            {
              message: 'Someone else changed this action while you were editing it. Check their change, then try again.',
              extensions: {
                code: 'VERSION_CONFLICT',
                current: {
                  status: 'IN_PROGRESS',
                  statusReason: null,
                  title: action.title,
                  dueDate: action.dueDate,
                  ownerId: 'x',
                  version: 2,
                },
              },
            },
          ],
        },
      },
      {
        request: { query: UpdateActionMutation, variables: { input: { id: action.id, expectedVersion: 2, status: 'DONE' } } },
        result: { data: { updateAction: buildActionDetail({ ...action, status: 'DONE', version: 3 }) } },
      },
      myWorkMock(),
    );
    const user = userEvent.setup();

    const row = await screen.findByRole('row', { name: /Register with a GP/ });
    await user.selectOptions(within(row).getByLabelText(/New status/), 'Done');
    await user.click(within(row).getByRole('button', { name: /Save/ }));

    const conflict = await within(row).findByRole('alert');
    expect(conflict.textContent).toContain('Someone else changed this action first');
    expect(conflict.textContent).toContain('It is now in progress');
    expect(conflict.textContent).toContain('Your change to done has not been saved');
    // Their status shows at once.
    expect(within(row).getByText('In progress')).toBeTruthy();

    await user.click(within(conflict).getByRole('button', { name: 'Save my change again' }));
    expect(await screen.findByText('“Register with a GP” is now done.')).toBeTruthy();
  });

  it('adds an action owned by the user by default, checking the due date', async () => {
    const created = buildAction({ title: 'Chase the ID documents', dueDate: '2026-12-01', dueWindow: 'AFTERNOON' });
    renderMyWork(
      myWorkMock(),
      {
        request: { query: ActionOwnerOptionsQuery },
        result: {
          data: {
            colleagues: [
              { __typename: 'UserRef', id: jordan.id, name: 'Jordan Lee', organisation: PROBATION },
              {
                __typename: 'UserRef',
                id: '30000000-0000-4000-8000-000000000005',
                name: 'Chris Evans',
                organisation: { __typename: 'OrganisationRef', id: '20000000-0000-4000-8000-000000000002', name: 'Northvale Housing' },
              },
            ],
          },
        },
      },
      {
        request: {
          query: CreateActionMutation,
          variables: { input: { title: 'Chase the ID documents', ownerId: jordan.id, dueDate: '2026-12-01', dueWindow: 'AFTERNOON' } },
        },
        result: { data: { createAction: created } },
      },
      myWorkMock({ later: [created] }),
    );
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'New action' }));
    const form = screen.getByRole('form', { name: 'New action' });
    expect(document.activeElement).toBe(within(form).getByRole('heading', { name: 'New action' }));
    const owner = within(form).getByLabelText('Who will do it') as HTMLSelectElement;
    expect(owner.value).toBe(jordan.id);
    await waitFor(() => expect(optionLabels(owner)).toEqual(['Jordan Lee (you)', 'Chris Evans (Northvale Housing)']));

    await user.type(within(form).getByLabelText('What needs doing'), 'Chase the ID documents');
    await user.type(within(form).getByLabelText('Day'), '31');
    await user.type(within(form).getByLabelText('Month'), '11');
    await user.type(within(form).getByLabelText('Year'), '2026');
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    expect(within(within(form).getByRole('alert')).getByRole('link', { name: 'Due date must be a real date' })).toBeTruthy();

    await user.clear(within(form).getByLabelText('Day'));
    await user.type(within(form).getByLabelText('Day'), '1');
    await user.clear(within(form).getByLabelText('Month'));
    await user.type(within(form).getByLabelText('Month'), '12');
    await user.click(within(form).getByLabelText('Afternoon'));
    await user.click(within(form).getByRole('button', { name: 'Add action' }));

    expect(await screen.findByText('Action added: Chase the ID documents.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'New action' })).toBeNull();
    expect(await screen.findByRole('row', { name: /Chase the ID documents/ })).toBeTruthy();
  });
});
