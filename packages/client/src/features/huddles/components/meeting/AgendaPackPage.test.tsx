import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/renderApp';
import { buildItem, buildMeeting, buildRestrictedItem, JORDAN, meetingMock, meetingRoomMocks, SAM } from '../../testing';

const LOAD = { timeout: 5000 };

beforeAll(async () => {
  await import('./AgendaPackPage');
}, 30_000);

afterEach(() => {
  vi.restoreAllMocks();
});

const planned = buildMeeting({
  status: 'PLANNED',
  place: 'The Hub, room 2',
  chair: SAM,
  items: [
    buildItem(),
    // As the server sends an item whose reason the reader may not see (the agenda's own view).
    buildRestrictedItem({ kind: 'PERSON_DISCUSSED' }),
    buildItem({
      id: 'item-3',
      position: 3,
      kind: 'CARRIED_OVER',
      title: 'Peer mentor rota',
      person: null,
      reason: 'Not reached at the meeting on 17 Nov 2026',
    }),
  ],
});

function renderPack(meeting = planned, as: { id: string; name: string } = JORDAN) {
  const role = as.id === SAM.id ? 'COORDINATOR' : 'PRACTITIONER';
  return renderApp(`/meetings/${meeting.id}/pack`, [
    meMock(buildCurrentUser(role, { id: as.id, name: as.name })),
    quietMeChangedMock(),
    meetingMock(meeting),
    ...meetingRoomMocks(meeting),
  ]);
}

describe('the agenda pack', () => {
  it('lists when and where, the chair, and the items in order with why each is there, under the marking', async () => {
    renderPack();
    await screen.findByRole('heading', { level: 1, name: 'Agenda pack: meeting on 24 Nov 2026' }, LOAD);
    expect(screen.getAllByText('OFFICIAL-SENSITIVE')).toHaveLength(2);
    const details = screen.getByRole('region', { name: 'Meeting details' });
    const value = (key: string) => within(details).getByText(key).nextElementSibling!.textContent;
    expect([value('Date'), value('Time'), value('Place'), value('Chair')]).toEqual([
      '24 Nov 2026',
      '10:00',
      'The Hub, room 2',
      'Sam Okafor (Open Door Northvale)',
    ]);
    const agenda = screen.getByRole('region', { name: 'Agenda' });
    const items = within(agenda).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual([
      '1. Aar: New referral',
      '2. Person discussed (details restricted)',
      '3. Peer mentor rota',
    ]);
    expect(within(items[0]!).getByText('Added to the caseload since the last meeting')).toBeTruthy();
    expect(within(items[2]!).getByText('Carried over from last time')).toBeTruthy();
    expect(within(items[2]!).getByText('Not reached at the meeting on 17 Nov 2026')).toBeTruthy();
  });

  it('shows a reader without the section only what the agenda shows them', async () => {
    renderPack();
    const agenda = await screen.findByRole('region', { name: 'Agenda' }, LOAD);
    const restricted = within(agenda).getByRole('listitem', { name: '2. Person discussed (details restricted)' });
    expect(restricted.textContent).toContain('This person’s details are not shared with your organisation.');
    expect(within(restricted).getByText('Person on the caseload')).toBeTruthy();
    expect(restricted.textContent).not.toMatch(/Release|Aar/);
  });

  it('prints from its Print button, and offers the details form only to the chair', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderPack();
    await user.click(await screen.findByRole('button', { name: 'Print agenda pack' }, LOAD));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('form', { name: 'Place and chair' })).toBeNull();
  });

  it('lets the chair set the place and chair', async () => {
    renderPack(buildMeeting({ ...planned, isChair: true, chair: null, place: null }), SAM);
    const form = await screen.findByRole('form', { name: 'Place and chair' }, LOAD);
    expect(within(form).getByRole('textbox', { name: 'Place' })).toBeTruthy();
    expect(within(form).getByRole('combobox', { name: 'Chair' })).toBeTruthy();
    const details = screen.getByRole('region', { name: 'Meeting details' });
    expect(within(details).getByText('Place').nextElementSibling!.textContent).toBe('Not yet set');
    expect(within(details).getByText('Chair').nextElementSibling!.textContent).toBe('Sam Okafor');
  });
});
