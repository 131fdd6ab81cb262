import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/renderApp';
import * as Y from 'yjs';
import {
  AgendaItemWithActionsQuery,
  EditAgendaTextMutation,
  MeetingAgendaItemQuery,
  MeetingEventsSubscription,
  MeetingRoomQuery,
} from '../../graphql/meetings';
import { TEXT_ROOT, toBase64 } from '../../hooks/sharedText';
import {
  type ActionsByItem,
  buildItem,
  buildMeeting,
  buildRestrictedItem,
  JORDAN,
  MEETING_ID,
  meetingMock,
  meetingRoomMocks,
  SAM,
  TextServer,
} from '../../testing';

const me = buildCurrentUser('COORDINATOR', { id: SAM.id, name: SAM.name });

function renderMeeting(meeting = buildMeeting(), ...mocks: Parameters<typeof renderApp>[1]) {
  return renderMeetingWithActions(meeting, {}, ...mocks);
}

/** The room with actions agreed at its items (read item by item; the minutes read them for the whole meeting). */
function renderMeetingWithActions(
  meeting: ReturnType<typeof buildMeeting>,
  actions: ActionsByItem,
  ...mocks: Parameters<typeof renderApp>[1]
) {
  return renderApp(`/meetings/${meeting.id}`, [
    meMock(me),
    quietMeChangedMock(),
    meetingMock(meeting),
    ...mocks,
    ...meetingRoomMocks(meeting, actions),
  ]);
}

/** The meeting room is loaded on demand: the first render in a run can take a while. */
const LOAD = { timeout: 5000 };

const notesField = () => screen.getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement;

// The route loads the page on demand: load it once up front so no test waits on the import.
beforeAll(async () => {
  await import('./MeetingPage');
}, 30_000);

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the meeting room', () => {
  it('shows the agenda, the item in view and who is here', async () => {
    renderMeeting(buildMeeting({ focusItemId: 'item-1' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Meeting on 24 Nov 2026, 10:00' }, LOAD)).toBeTruthy();
    // The title is drawn first, on its own; the agenda follows with the rest of the room.
    const agenda = await screen.findByRole('navigation', { name: 'Agenda' }, LOAD);
    const links = within(agenda).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      expect.stringContaining('Aar: New referral'),
      expect.stringContaining('Person discussed (details restricted)'),
    ]);
    expect(links[0]!.getAttribute('aria-current')).toBe('true');
    expect(within(agenda).getByText('Now discussing')).toBeTruthy();
    expect(within(agenda).getByRole('button', { name: /^Move down ?Aar: New referral$/ })).toBeTruthy();
    // The item and attendance are drawn just after the agenda.
    expect(await screen.findByRole('heading', { level: 2, name: 'Aar: New referral' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Open Aar’s record/ }).getAttribute('href')).toBe('/people/person-1');
    expect(screen.getByRole('list', { name: /^In the room now/ }).textContent).toContain('Sam Okafor (you)');
    expect(screen.getByRole('complementary', { name: 'Attendance' })).toBeTruthy();

    // Where free text about the person is typed, the page says who reads it.
    const sharingHint =
      'Seen by huddle members whose organisation may see this person’s record beyond their name. Do not record health or offending details here unless everyone in the huddle may see them.';
    expect(screen.getAllByText(sharingHint)).toHaveLength(2);
    for (const name of ['Notes', 'Decisions']) {
      expect(screen.getByRole('textbox', { name, description: (description) => description.includes(sharingHint) })).toBeTruthy();
    }
  });

  it('sends what is typed about 150 ms after typing stops, as one change merged on the server', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const meeting = buildMeeting();
    const server = new TextServer(meeting.items);
    renderMeeting(meeting, ...server.mocks());
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

    await screen.findByRole('heading', { level: 2, name: 'Aar: New referral' }, LOAD);
    await waitFor(() => expect(notesField().readOnly).toBe(false));
    await user.type(notesField(), 'Housing bid sent');
    expect(screen.getByText('Sending…')).toBeTruthy();
    expect(server.received).toHaveLength(0);

    await act(() => vi.advanceTimersByTimeAsync(200));
    await waitFor(() => expect(screen.getByText(/^Saved at \d\d:\d\d$/)).toBeTruthy());
    expect(server.received).toHaveLength(1);
    expect(server.text('item-1', 'NOTES')).toBe('Housing bid sent');
    expect(notesField().value).toBe('Housing bid sent');
  });

  it('merges what someone else typed into the same box meanwhile, with no conflict, keeping the caret where it was', async () => {
    const meeting = buildMeeting({ items: [buildItem({ notes: 'Missed probation.' })] });
    const server = new TextServer(meeting.items);
    renderMeeting(meeting, ...server.mocks());
    const user = userEvent.setup();

    await screen.findByRole('heading', { level: 2, name: 'Aar: New referral' }, LOAD);
    await waitFor(() => expect(notesField().value).toBe('Missed probation.'));
    // Sam types in the middle; Jordan, elsewhere, types at the start of the same box.
    await user.type(notesField(), ' today', { initialSelectionStart: 6, initialSelectionEnd: 6 });
    server.typeElsewhere('item-1', 'NOTES', (text) => text.insert(0, 'Jordan: transport problem. '));
    expect(notesField().selectionStart).toBe(12);
    // The connection comes back: what was missed is read and merged.
    act(() => void window.dispatchEvent(new Event('online')));

    await waitFor(() => expect(notesField().value).toBe('Jordan: transport problem. Missed today probation.'));
    await waitFor(() => expect(server.text('item-1', 'NOTES')).toBe('Jordan: transport problem. Missed today probation.'));
    // The caret is still after "today", not the same number of characters from the start.
    expect(notesField().selectionStart).toBe(39);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says when it is offline that the changes will be sent', async () => {
    const meeting = buildMeeting();
    const server = new TextServer(meeting.items);
    const [read] = server.mocks();
    renderMeeting(meeting, read!, {
      request: { query: EditAgendaTextMutation, variables: () => true },
      error: new TypeError('Failed to fetch'),
      maxUsageCount: Infinity,
    });
    const user = userEvent.setup();

    await screen.findByRole('heading', { level: 2, name: 'Aar: New referral' }, LOAD);
    await waitFor(() => expect(notesField().readOnly).toBe(false));
    await user.type(notesField(), 'Written on the train');
    expect(await screen.findByText('Offline — your changes will be sent')).toBeTruthy();
    expect(notesField().value).toBe('Written on the train');
    expect(Object.keys(window.localStorage).some((k) => k.startsWith('casehuddle:shared-text:'))).toBe(true);
  });

  it('shows an item about someone whose details are restricted without notes, decisions or actions', async () => {
    renderMeeting(buildMeeting({ focusItemId: 'item-restricted' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Person discussed (details restricted)' }, LOAD)).toBeTruthy();
    expect(screen.getByText(/This person’s details are not shared with your organisation/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Notes' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Decisions' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add an action' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /System barrier/ })).toBeNull();
  });

  it('lists who is here; reads the partnership’s colleagues only when the quick action or the chair’s register is opened', async () => {
    const user = userEvent.setup();
    renderMeeting(buildMeeting({ focusItemId: 'item-1', isChair: true }));

    const attendance = await screen.findByRole('complementary', { name: 'Attendance' }, LOAD);
    expect(within(attendance).getByRole('listitem').textContent).toBe('Sam Okafor (Open Door Northvale)');
    // The quick action offers everyone in the partnership, by name, read when the form is first used.
    const owner = await screen.findByRole('combobox', { name: 'Who will do it' });
    expect([...owner.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Loading names…']);
    await user.click(screen.getByRole('textbox', { name: 'What needs to be done' }));
    await waitFor(() =>
      expect([...owner.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
        'Choose a person',
        'Jordan Lee (Northvale Probation Delivery Unit)',
        'Sam Okafor (Open Door Northvale)',
      ]),
    );
    // The register is read and drawn only when the chair opens it.
    expect(within(attendance).queryByRole('checkbox')).toBeNull();
    await user.click(within(attendance).getByText('Take the register'));
    const register = await within(attendance).findByRole('group', { name: 'Who is here, and apologies' });
    const jordan = (await within(register).findByRole('checkbox', { name: /^Jordan Lee/ })) as HTMLInputElement;
    const sam = within(register).getByRole('checkbox', { name: /^Sam Okafor/ }) as HTMLInputElement;
    expect([sam.checked, jordan.checked]).toEqual([true, false]);
    expect((within(register).getByRole('checkbox', { name: /^Apologies\s*from Jordan Lee$/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('shows an item’s red flags as warnings in the item and as a count in the agenda', async () => {
    const flags = [
      {
        __typename: 'PersonFlag' as const,
        kind: 'RELEASE_NO_ACCOMMODATION' as const,
        text: 'Release in 3 days (Sunday 6 Dec 2026) with no fixed abode.',
      },
      {
        __typename: 'PersonFlag' as const,
        kind: 'RELEASE_WEEKEND' as const,
        text: 'Release on Sunday 6 Dec 2026, a weekend: most services are shut until Monday.',
      },
    ];
    renderMeeting(
      buildMeeting({ items: [buildItem({ kind: 'RELEASE_SOON', title: 'Release due 6 Dec 2026', flags }), buildRestrictedItem()] }),
    );

    const region = await screen.findByRole('region', { name: 'Red flags for Aar: Release due 6 Dec 2026' }, LOAD);
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual(flags.map((f) => `!Warning${f.text}`));
    const agenda = screen.getByRole('navigation', { name: 'Agenda' });
    expect(within(agenda).getAllByRole('link')[0]!.textContent).toContain('(2 red flags)');
  });

  it('hides notes, names and action titles in projector-safe mode, and remembers it for the session', async () => {
    const meeting = buildMeeting({
      items: [
        buildItem({ notes: 'Told us about the eviction.' }),
        buildRestrictedItem(),
        buildItem({
          id: 'item-review',
          position: 3,
          kind: 'INCOMPLETE_ACTIONS_REVIEW',
          title: 'Review of incomplete actions',
          person: null,
        }),
      ],
    });
    renderMeetingWithActions(meeting, {
      'item-1': [
        {
          __typename: 'Action',
          id: 'action-1',
          title: 'Book housing options appointment',
          status: 'OPEN',
          dueDate: '2026-11-27',
          dueWindow: 'MORNING',
          overdue: false,
          personRestricted: false,
          owner: JORDAN,
        },
      ],
    });
    const user = userEvent.setup();

    await screen.findByRole('heading', { level: 2, name: 'Aar: New referral' }, LOAD);
    expect(notesField().value).toBe('Told us about the eviction.');
    // The item's actions are read for the item in view.
    expect(await screen.findByRole('link', { name: 'Book housing options appointment' })).toBeTruthy();
    const toggle = screen.getByRole('button', { name: 'Projector-safe mode' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    await user.click(toggle);

    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Projector-safe mode: sensitive details hidden')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Person 1' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Notes' })).toBeNull();
    expect(screen.queryByText('Told us about the eviction.')).toBeNull();
    expect(screen.queryByText(/Aar/)).toBeNull();
    expect(screen.queryByText('Book housing options appointment')).toBeNull();
    expect(screen.getByText('Action 1 (details hidden)')).toBeTruthy();
    const agenda = screen.getByRole('navigation', { name: 'Agenda' });
    expect(
      within(agenda)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      expect.stringMatching(/^1\. Person 1 \(/),
      expect.stringMatching(/^2\. Person 2 \(/),
      expect.stringMatching(/^3\. Review of incomplete actions \(/),
    ]);
    // Items about no one keep their notes.
    await user.click(within(agenda).getByRole('link', { name: /Review of incomplete actions/ }));
    expect(await screen.findByRole('textbox', { name: 'Notes' })).toBeTruthy();
    expect(window.sessionStorage.getItem('casehuddle.projectorSafe')).toBe('on');
  });

  it('shows someone else’s words as they arrive', async () => {
    const meeting = buildMeeting();
    const server = new TextServer(meeting.items);
    server.typeElsewhere('item-1', 'NOTES', (text) => text.insert(0, 'Jordan: appointment moved to the hub.'));
    renderApp(`/meetings/${meeting.id}`, [
      meMock(me),
      quietMeChangedMock(),
      meetingMock(meeting),
      {
        request: { query: MeetingEventsSubscription, variables: { meetingId: MEETING_ID, afterSeq: 10 } },
        result: {
          data: {
            meetingEvents: {
              __typename: 'MeetingEvent',
              meetingId: MEETING_ID,
              seq: 11,
              type: 'ITEM_CHANGED',
              itemId: 'item-1',
              field: 'NOTES',
              version: 2,
              actorId: JORDAN.id,
              actorName: JORDAN.name,
              at: '2026-11-24T10:05:00Z',
              typing: null,
              // Replayed from the log: no change comes with it, so the browser reads what it is missing.
              update: null,
            },
          },
        },
        delay: 50,
      },
      {
        request: { query: MeetingAgendaItemQuery, variables: { id: 'item-1' } },
        result: { data: { agendaItem: buildItem({ notes: 'Jordan: appointment moved to the hub.', notesVersion: 2 }) } },
      },
      ...server.mocks(),
      ...meetingRoomMocks(meeting),
    ]);

    await screen.findByRole('heading', { level: 2, name: 'Aar: New referral' }, LOAD);
    await waitFor(() => expect(notesField().value).toBe('Jordan: appointment moved to the hub.'));
    expect(screen.getByRole('list', { name: /^In the room now/ }).textContent).toContain('Jordan Lee');
  });

  it('applies the change a live event carries without reading the notes again', async () => {
    const meeting = buildMeeting();
    const server = new TextServer(meeting.items);
    // Jordan types elsewhere; the event that announces it carries his change. The server's copy is
    // left without it, so the words can reach this browser only through the event.
    const jordans = new Y.Doc();
    Y.applyUpdate(jordans, Y.encodeStateAsUpdate(server.doc('item-1', 'NOTES')));
    const before = Y.encodeStateVector(jordans);
    jordans.getText(TEXT_ROOT).insert(0, 'Jordan: seen at the hub.');
    const update = toBase64(Y.encodeStateAsUpdate(jordans, before));
    renderApp(`/meetings/${meeting.id}`, [
      meMock(me),
      quietMeChangedMock(),
      meetingMock(meeting),
      {
        request: { query: MeetingEventsSubscription, variables: { meetingId: MEETING_ID, afterSeq: 10 } },
        result: {
          data: {
            meetingEvents: {
              __typename: 'MeetingEvent',
              meetingId: MEETING_ID,
              seq: 11,
              type: 'ITEM_CHANGED',
              itemId: 'item-1',
              field: 'NOTES',
              version: 2,
              actorId: JORDAN.id,
              actorName: JORDAN.name,
              at: '2026-11-24T10:05:00Z',
              typing: null,
              update,
            },
          },
        },
        delay: 50,
      },
      {
        request: { query: MeetingAgendaItemQuery, variables: { id: 'item-1' } },
        result: { data: { agendaItem: buildItem({ notes: 'Jordan: seen at the hub.', notesVersion: 2 }) } },
      },
      ...server.mocks(),
      ...meetingRoomMocks(meeting),
    ]);

    await screen.findByRole('heading', { level: 2, name: 'Aar: New referral' }, LOAD);
    await waitFor(() => expect(notesField().value).toBe('Jordan: seen at the hub.'), LOAD);
    expect(server.text('item-1', 'NOTES')).toBe('');
  });

  it('reads the actions of the item in view alone, and again when someone else adds one there', async () => {
    const meeting = buildMeeting();
    // The meeting's own answer carries no actions: they are asked for item by item.
    expect(JSON.stringify(MeetingRoomQuery)).not.toContain('"actions"');
    // Jordan adds an action at the item just as the event announcing it is sent; the server answers accordingly.
    let added = false;
    const asked: string[] = [];
    renderApp(`/meetings/${meeting.id}`, [
      meMock(me),
      quietMeChangedMock(),
      meetingMock(meeting),
      {
        request: { query: MeetingEventsSubscription, variables: { meetingId: MEETING_ID, afterSeq: 10 } },
        result: () => {
          added = true;
          return {
            data: {
              meetingEvents: {
                __typename: 'MeetingEvent',
                meetingId: MEETING_ID,
                seq: 11,
                type: 'ACTION_CREATED',
                itemId: 'item-1',
                field: null,
                version: null,
                actorId: JORDAN.id,
                actorName: JORDAN.name,
                at: '2026-11-24T10:05:00Z',
                typing: null,
                update: null,
              },
            },
          };
        },
        delay: 50,
      },
      {
        request: { query: AgendaItemWithActionsQuery, variables: () => true },
        result: (v: { id: string }) => {
          asked.push(v.id);
          return {
            data: {
              agendaItem: {
                ...buildItem({ id: v.id, outcome: added ? 'DISCUSSED' : 'PENDING' }),
                actions: added
                  ? [
                      {
                        __typename: 'Action',
                        id: 'action-2',
                        title: 'Find a hostel place that takes dogs',
                        status: 'OPEN',
                        dueDate: '2026-11-30',
                        dueWindow: null,
                        overdue: false,
                        personRestricted: false,
                        owner: JORDAN,
                      },
                    ]
                  : [],
              },
            },
          };
        },
        maxUsageCount: Infinity,
      },
      ...meetingRoomMocks(meeting),
    ]);

    await screen.findByRole('heading', { level: 2, name: 'Aar: New referral' }, LOAD);
    expect(await screen.findByRole('link', { name: 'Find a hostel place that takes dogs' }, LOAD)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Actions (1)' })).toBeTruthy();
    // Read for the item in view (when it came into view and for the event), never for the restricted item.
    expect(new Set(asked)).toEqual(new Set(['item-1']));
  });
});

describe('closed meeting minutes', () => {
  it('are read-only, with attendance, decisions, actions and a print button', async () => {
    const meeting = buildMeeting({
      status: 'CLOSED',
      closedAt: '2026-11-24T11:30:00Z',
      attendance: [
        { __typename: 'Attendance', present: true, apologies: false, user: SAM },
        { __typename: 'Attendance', present: true, apologies: false, user: JORDAN },
      ],
      items: [
        buildItem({
          outcome: 'DISCUSSED',
          notes: 'Engaging well.',
          decisions: 'Keep on caseload; review in two weeks.',
          discussed: true,
          notesVersion: 0,
          decisionsVersion: 0,
        }),
        buildRestrictedItem({ outcome: 'CARRIED_OVER' }),
      ],
    });
    renderMeetingWithActions(meeting, {
      'item-1': [
        {
          __typename: 'Action',
          id: 'action-1',
          title: 'Confirm first probation appointment',
          status: 'DONE',
          dueDate: '2026-11-27',
          dueWindow: null,
          overdue: false,
          personRestricted: false,
          owner: JORDAN,
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Minutes of the meeting on 24 Nov 2026' }, LOAD)).toBeTruthy();
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Close meeting' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Print minutes' })).toBeTruthy();
    expect(screen.getByText('Jordan Lee, Northvale Probation Delivery Unit')).toBeTruthy();
    expect(screen.getByText('Keep on caseload; review in two weeks.')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Confirm first probation appointment' })).toBeTruthy();
    expect(screen.getByText('2. Person discussed (details restricted) – Not discussed: carried over to the next meeting')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Minutes of the meeting on 24 Nov 2026 – CaseHuddle'));
  });
});
