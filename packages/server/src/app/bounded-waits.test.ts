import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type GqlClient } from '../../test/client.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { buildHuddleMeeting } from '../../test/meetings.js';

const LOCK_TIMEOUT_SECONDS = 2;
const UPDATE_ITEM = `mutation ($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id notesVersion } }`;
const MEETING = `query ($id: ID!) { meeting(id: $id) { seq items { id notes notesVersion } } }`;
type MeetingData = { meeting: { seq: number; items: Array<{ id: string; notes: string; notesVersion: number }> } };

describe('when another connection holds a lock for too long', () => {
  let app: TestApp;
  let chair: GqlClient;
  let meetingId: string;
  let itemId: string;
  let blocker: pg.Client;

  beforeAll(async () => {
    app = await startTestApp({ env: { DATABASE_LOCK_TIMEOUT_SECONDS: String(LOCK_TIMEOUT_SECONDS) } });
    const built = await buildHuddleMeeting(app, 'Locks');
    ({ chair, meetingId } = built);
    await chair.ok(`mutation ($id: ID!) { startMeeting(meetingId: $id) { status } }`, { id: meetingId });
    itemId = (
      await chair.ok<{ addAgendaItem: { id: string } }>(`mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`, {
        input: { meetingId, title: 'Held up' },
      })
    ).addAgendaItem.id;
    blocker = new pg.Client({ connectionString: app.databaseUrl });
    await blocker.connect();
  });
  afterAll(async () => {
    await blocker?.end();
    await app?.stop();
  });

  it('refuses an edit with DATABASE_BUSY once the lock wait runs out, and writes none of it', async () => {
    const before = (await chair.ok<MeetingData>(MEETING, { id: meetingId })).meeting;
    const item = before.items.find((i) => i.id === itemId)!;
    await blocker.query('BEGIN');
    await blocker.query('SELECT id FROM meeting WHERE id = $1 FOR UPDATE', [meetingId]);

    const started = Date.now();
    const refused = await chair.request(UPDATE_ITEM, {
      input: { itemId, field: 'NOTES', text: 'Never saved', expectedVersion: item.notesVersion },
    });
    const waited = Date.now() - started;
    expect(errorCode(refused)).toBe('DATABASE_BUSY');
    expect(refused.errors?.[0]?.message).toBe('The database took too long to answer. Nothing was saved; please try again.');
    expect(waited).toBeLessThan((LOCK_TIMEOUT_SECONDS + 1) * 1000);

    await blocker.query('ROLLBACK');
    const after = (await chair.ok<MeetingData>(MEETING, { id: meetingId })).meeting;
    expect(after.seq).toBe(before.seq);
    expect(after.items.find((i) => i.id === itemId)).toEqual(item);
    const stored = await app.dataSource.query(`SELECT count(*)::int AS n FROM meeting_event WHERE meeting_id = $1 AND seq > $2`, [
      meetingId,
      before.seq,
    ]);
    expect(stored).toEqual([{ n: 0 }]);

    // The same edit goes through once the lock is gone: the pooled connection was not spoilt.
    const saved = await chair.ok<{ updateAgendaItem: { notesVersion: number } }>(UPDATE_ITEM, {
      input: { itemId, field: 'NOTES', text: 'Saved later', expectedVersion: item.notesVersion },
    });
    expect(saved.updateAgendaItem.notesVersion).toBe(item.notesVersion + 1);
  });

  it('says a read could not be loaded when it waits too long behind a lock', async () => {
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE agenda_item IN ACCESS EXCLUSIVE MODE');
    try {
      const refused = await chair.request(MEETING, { id: meetingId });
      expect(errorCode(refused)).toBe('DATABASE_BUSY');
      expect(refused.errors?.[0]?.message).toBe('The database took too long to answer, so this could not be loaded. Please try again.');
    } finally {
      await blocker.query('ROLLBACK');
    }
    expect((await chair.ok<MeetingData>(MEETING, { id: meetingId })).meeting.items.map((i) => i.id)).toContain(itemId);
  });
});
