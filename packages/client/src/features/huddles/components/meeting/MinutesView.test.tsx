import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/renderApp';
import { todayIso } from '../../../../ui/dates';
import { SignOffMinutesMutation } from '../../graphql/meetings';
import { buildItem, buildMeeting, buildRestrictedItem, JORDAN, MEETING_ID, meetingMock, meetingRoomMocks, SAM } from '../../testing';

const LOAD = { timeout: 5000 };

beforeAll(async () => {
  await import('./MeetingPage');
}, 30_000);

/** Minutes as the server sends them: Jordan and Sam typed notes, nobody clicked "Mark as discussed". */
function closedMeeting(overrides: Parameters<typeof buildMeeting>[0] = {}) {
  return buildMeeting({
    status: 'CLOSED',
    closedAt: '2026-11-24T11:30:00Z',
    protectiveMarking: 'OFFICIAL-SENSITIVE',
    place: 'The Hub, room 2',
    chair: SAM,
    isChair: true,
    attendance: [
      { __typename: 'Attendance', present: true, apologies: false, user: SAM },
      { __typename: 'Attendance', present: false, apologies: true, user: JORDAN },
    ],
    items: [
      buildItem({
        outcome: 'DISCUSSED',
        discussed: false,
        notes: 'Probation: appointment at the hub. Bus pass agreed.',
        decisions: '',
      }),
      buildRestrictedItem({ outcome: 'DISCUSSED' }),
      buildItem({
        id: 'item-3',
        position: 3,
        kind: 'RAISED',
        title: 'Peer mentor rota',
        person: null,
        reason: null,
        outcome: 'CARRIED_OVER',
      }),
      buildItem({
        id: 'item-4',
        position: 4,
        kind: 'INCOMPLETE_ACTIONS_REVIEW',
        title: 'Review of incomplete actions',
        person: null,
        reason: null,
        outcome: 'NOT_DISCUSSED',
      }),
    ],
    ...overrides,
  });
}

function renderMinutes(
  meeting: ReturnType<typeof buildMeeting>,
  as: { id: string; name: string } = SAM,
  ...mocks: Parameters<typeof renderApp>[1]
) {
  const role = as.id === SAM.id ? 'COORDINATOR' : 'PRACTITIONER';
  return renderApp(`/meetings/${meeting.id}`, [
    meMock(buildCurrentUser(role, { id: as.id, name: as.name })),
    quietMeChangedMock(),
    ...mocks,
    meetingMock(meeting),
    ...meetingRoomMocks(meeting),
  ]);
}

describe('the minutes', () => {
  it('name the chair, who was present and who sent apologies, under the protective marking at top and bottom', async () => {
    renderMinutes(closedMeeting());
    await screen.findByRole('heading', { level: 1, name: 'Minutes of the meeting on 24 Nov 2026' }, LOAD);
    const markings = screen.getAllByText('OFFICIAL-SENSITIVE');
    expect(markings).toHaveLength(2);
    expect(markings[0]!.closest('p')!.textContent).toBe('Protective marking: OFFICIAL-SENSITIVE');
    // Printed, every page's margins carry it too.
    expect(document.querySelector('style')?.textContent).toContain('@top-center { content: "OFFICIAL-SENSITIVE"');
    expect(screen.getByText('Chair').nextElementSibling!.textContent).toBe('Sam Okafor (Open Door Northvale)');
    expect(screen.getByText('Place').nextElementSibling!.textContent).toBe('The Hub, room 2');
    const attendance = screen.getByRole('region', { name: 'Attendance' });
    expect(within(attendance).getByText('Sam Okafor, Open Door Northvale')).toBeTruthy();
    const apologies = within(attendance).getByRole('heading', { level: 3, name: 'Apologies' }).nextElementSibling!;
    expect(apologies.textContent).toBe('Jordan Lee, Northvale Probation Delivery Unit');
  });

  it('show an item with notes as discussed, in full, though nobody marked it; the rest one line each', async () => {
    renderMinutes(closedMeeting());
    const discussed = await screen.findByRole('region', { name: 'Items discussed' }, LOAD);
    const first = within(discussed).getByRole('article', { name: '1. Aar: New referral' });
    expect(within(first).getByText('Discussed')).toBeTruthy();
    expect(within(first).getByText('Probation: appointment at the hub. Bus pass agreed.')).toBeTruthy();
    // Nothing written under Decisions: no heading, and no "No decisions were recorded".
    expect(within(first).queryByRole('heading', { name: 'Decisions' })).toBeNull();
    expect(screen.queryByText(/were recorded/)).toBeNull();
    expect(within(discussed).getByRole('article', { name: '2. Person discussed (details restricted)' }).textContent).toContain(
      'not shared with your organisation',
    );
    const rest = screen.getByRole('region', { name: 'Items not discussed' });
    expect(
      within(rest)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['3. Peer mentor rota – Not discussed: carried over to the next meeting', '4. Review of incomplete actions – Not discussed']);
    expect(within(rest).queryAllByRole('article')).toEqual([]);
  });

  it('let the chair sign them off with a date, then say who signed them off and when', async () => {
    const user = userEvent.setup();
    const signed = closedMeeting({
      signOff: { __typename: 'MinutesSignOff', signedOn: '2026-12-03', signedAt: '2026-12-03T09:00:00Z', signedBy: SAM },
    });
    renderMinutes(closedMeeting(), SAM, meetingMock(closedMeeting(), 1), meetingMock(signed), {
      request: { query: SignOffMinutesMutation, variables: { meetingId: MEETING_ID, signedOn: todayIso() } },
      result: {
        data: {
          signOffMinutes: {
            __typename: 'MinutesSignOff',
            signedOn: '2026-12-03',
            signedBy: { __typename: 'UserRef', id: SAM.id, name: SAM.name },
          },
        },
      },
    });
    const form = await screen.findByRole('form', { name: 'Sign off the minutes' }, LOAD);
    const day = within(form).getByRole('textbox', { name: 'Day' }) as HTMLInputElement;
    expect(day.value).toBe(String(Number(todayIso().slice(8))));
    await user.click(within(form).getByRole('button', { name: 'Sign off the minutes' }));
    expect(await screen.findByText('Signed off by Sam Okafor on 3 Dec 2026.', {}, LOAD)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Sign off the minutes' })).toBeNull();
  });

  it('refuse a sign-off date in the future before sending it', async () => {
    const user = userEvent.setup();
    renderMinutes(closedMeeting());
    const form = await screen.findByRole('form', { name: 'Sign off the minutes' }, LOAD);
    const year = within(form).getByRole('textbox', { name: 'Year' });
    await user.clear(year);
    await user.type(year, '2099');
    await user.click(within(form).getByRole('button', { name: 'Sign off the minutes' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('The date of sign-off must be today or in the past');
  });

  it('tell a member who is not the chair whether they are signed off, with no form', async () => {
    renderMinutes(closedMeeting({ isChair: false }), JORDAN);
    await screen.findByRole('heading', { level: 1, name: 'Minutes of the meeting on 24 Nov 2026' }, LOAD);
    expect(screen.getByText('These minutes have not been signed off by the chair yet.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Sign off the minutes' })).toBeNull();
  });

  it('show the marking the server is configured with', async () => {
    renderMinutes(closedMeeting({ protectiveMarking: 'OFFICIAL' }));
    await screen.findByRole('heading', { level: 1, name: 'Minutes of the meeting on 24 Nov 2026' }, LOAD);
    await waitFor(() => expect(screen.getAllByText('OFFICIAL')).toHaveLength(2));
    expect(screen.queryByText('OFFICIAL-SENSITIVE')).toBeNull();
  });
});
