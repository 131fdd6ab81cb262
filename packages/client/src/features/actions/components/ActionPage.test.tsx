import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { ActionOwnerOptionsQuery, ActionPageQuery, AddActionCommentMutation } from '../graphql/actions';
import { buildActionDetail, HOUSING, PROBATION } from '../testing';

const me = buildCurrentUser('PRACTITIONER', { name: 'Jordan Lee' });
const JORDAN = { __typename: 'UserRef' as const, id: '30000000-0000-4000-8000-000000000001', name: 'Jordan Lee', organisation: PROBATION };
const CHRIS = { __typename: 'UserRef' as const, id: '30000000-0000-4000-8000-000000000002', name: 'Chris Evans', organisation: HOUSING };

const ownersMock = { request: { query: ActionOwnerOptionsQuery }, result: { data: { colleagues: [JORDAN, CHRIS] } } };

function actionMock(action: ReturnType<typeof buildActionDetail>) {
  return { request: { query: ActionPageQuery, variables: { id: action.id } }, result: { data: { action } } };
}

describe('ActionPage', () => {
  it('shows the details, the history from → to with who and when, and the comments', async () => {
    const action = buildActionDetail({
      title: 'Book a housing options appointment',
      status: 'DONE',
      completedAt: '2026-11-21T15:00:00Z',
      person: { __typename: 'Person', id: '40000000-0000-4000-8000-000000000001', displayName: 'Dee Marsh' },
      origin: { __typename: 'ActionOrigin', huddleId: 'h-1', meetingId: 'm-1', agendaItemId: 'a-1' },
      history: [
        { __typename: 'ActionHistoryEntry', id: '1', at: '2026-11-18T09:30:00Z', field: 'created', from: null, to: 'Book', actor: JORDAN },
        {
          __typename: 'ActionHistoryEntry',
          id: '2',
          at: '2026-11-19T14:05:00Z',
          field: 'owner',
          from: JORDAN.id,
          to: CHRIS.id,
          actor: JORDAN,
        },
        { __typename: 'ActionHistoryEntry', id: '3', at: '2026-11-21T15:00:00Z', field: 'status', from: 'OPEN', to: 'DONE', actor: CHRIS },
      ],
      comments: [
        {
          __typename: 'ActionComment',
          id: 'c1',
          body: 'Appointment on Tuesday at 10.',
          createdAt: '2026-11-20T11:00:00Z',
          author: CHRIS,
        },
      ],
    });
    renderApp(`/actions/${action.id}`, [meMock(me), quietMeChangedMock(), actionMock(action), ownersMock]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Book a housing options appointment' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Dee Marsh' }).getAttribute('href')).toBe('/people/40000000-0000-4000-8000-000000000001');
    expect(screen.getByRole('link', { name: 'The huddle meeting where it was agreed' }).getAttribute('href')).toBe(
      '/meetings/m-1?item=a-1',
    );

    // A done action can only be reopened as in progress.
    const select = screen.getByLabelText('New status');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a status', 'In progress']);

    const history = screen.getByRole('region', { name: 'History' });
    // Owners are named from the directory of colleagues, which may arrive after the action.
    await within(history).findByText(/Jordan Lee \(Northvale Probation Delivery Unit\)/);
    const entries = within(history).getAllByRole('listitem');
    // Newest first.
    expect(entries[0]!.textContent).toContain('Status');
    expect(entries[0]!.textContent).toContain('Open → changed to Done');
    expect(entries[0]!.textContent).toContain('Chris Evans, 21 Nov 2026, 15:00');
    expect(entries[1]!.textContent).toContain(
      'Jordan Lee (Northvale Probation Delivery Unit) → changed to Chris Evans (Northvale Council Housing Options)',
    );
    expect(entries[2]!.textContent).toContain('Created the action');

    const comments = screen.getByRole('region', { name: 'Comments' });
    expect(within(comments).getByText('Appointment on Tuesday at 10.')).toBeTruthy();
    expect(within(comments).getByText('20 Nov 2026, 11:00')).toBeTruthy();
  });

  it('says a cancelled action cannot be changed', async () => {
    const action = buildActionDetail({ status: 'CANCELLED' });
    renderApp(`/actions/${action.id}`, [meMock(me), quietMeChangedMock(), actionMock(action), ownersMock]);

    expect(await screen.findByText('Cancelled actions cannot be changed.')).toBeTruthy();
    expect(screen.queryByLabelText('New status')).toBeNull();
  });

  it('asks for a reason when marking an action not undertaken, with an error summary', async () => {
    const action = buildActionDetail({ status: 'OPEN' });
    renderApp(`/actions/${action.id}`, [meMock(me), quietMeChangedMock(), actionMock(action), ownersMock]);
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText('New status'), 'Not undertaken');
    await user.click(screen.getByRole('button', { name: 'Save status' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Say why it was not done' }).getAttribute('href')).toBe('#action-status-reason');
    expect(document.getElementById('action-status-reason-error')?.textContent).toBe('Error: Say why it was not done');
    // At the top of the page, above the h1, and the title says there is an error.
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(summary.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(document.title).toBe(`Error: ${action.title} – CaseHuddle`));
  });

  it('adds a comment', async () => {
    const action = buildActionDetail();
    const comment = {
      __typename: 'ActionComment' as const,
      id: 'c9',
      body: 'Left a voicemail.',
      createdAt: '2026-11-22T09:00:00Z',
      author: JORDAN,
    };
    renderApp(`/actions/${action.id}`, [
      meMock(me),
      quietMeChangedMock(),
      actionMock(action),
      ownersMock,
      {
        request: { query: AddActionCommentMutation, variables: { actionId: action.id, body: 'Left a voicemail.' } },
        result: { data: { addActionComment: { ...action, comments: [comment] } } },
      },
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add comment' }));
    expect(screen.getByRole('link', { name: 'Enter a comment' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe(`Error: ${action.title} – CaseHuddle`));

    await user.type(screen.getByLabelText('Add a comment'), 'Left a voicemail.');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    expect(await screen.findByText('Comment added.')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe(`${action.title} – CaseHuddle`));
    expect(within(screen.getByRole('region', { name: 'Comments' })).getByText('Left a voicemail.')).toBeTruthy();
  });

  it('says when the action cannot be found', async () => {
    renderApp('/actions/10000000-0000-4000-8000-000000000999', [
      meMock(me),
      quietMeChangedMock(),
      ownersMock,
      {
        request: { query: ActionPageQuery, variables: { id: '10000000-0000-4000-8000-000000000999' } },
        result: {
          errors: [{ message: 'That action was not found, or you do not have access to it.', extensions: { code: 'NOT_FOUND' } }],
        },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Action not found' })).toBeTruthy();
    expect(screen.getByText('That action was not found, or you do not have access to it.')).toBeTruthy();
  });
});
