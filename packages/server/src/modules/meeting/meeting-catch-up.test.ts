import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, type GqlClient } from '../../../test/client.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { buildHuddleMeeting } from '../../../test/meetings.js';
import { CATCH_UP_PAGE } from './meeting-stream.js';

const EVENTS = `subscription ($id: ID!, $after: Int) { meetingEvents(meetingId: $id, afterSeq: $after) { seq type } }`;
type EventData = { data: { meetingEvents: { seq: number; type: string } } };

/** More than any one read of the log returns, and more than the old single read's limit of 5,000. */
const STORED = 6_200;

describe('catching up on a long meeting log', () => {
  let app: TestApp;
  let chair: GqlClient;
  let meetingId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const built = await buildHuddleMeeting(app, 'Long log');
    ({ chair, meetingId } = built);
    const chairUser = built.chairUser;
    // The log as a long meeting leaves it, written straight to the event log's table.
    await app.dataSource.transaction(async (tx) => {
      const [meeting] = (await tx.query(`SELECT seq FROM meeting WHERE id = $1 FOR UPDATE`, [meetingId])) as Array<{ seq: string }>;
      await tx.query(
        `INSERT INTO meeting_event (meeting_id, seq, type, actor_id, payload)
         SELECT $1, $2::bigint + n, 'ATTENDANCE', $3, '{"field":null,"version":null}'::jsonb FROM generate_series(1, $4::int) AS n`,
        [meetingId, meeting!.seq, chairUser.id, STORED],
      );
      await tx.query(`UPDATE meeting SET seq = seq + $2 WHERE id = $1`, [meetingId, STORED]);
    });
  });
  afterAll(() => app.stop());

  it('replays every stored event after afterSeq, in order and without gaps, though no new event arrives', async () => {
    expect(STORED).toBeGreaterThan(5_000);
    expect(STORED).toBeGreaterThan(CATCH_UP_PAGE * 5);
    const { meeting } = await chair.ok<{ meeting: { seq: number } }>(`query ($id: ID!) { meeting(id: $id) { seq } }`, { id: meetingId });
    expect(meeting.seq).toBeGreaterThanOrEqual(STORED);
    const ws = chair.ws(app.wsUrl);
    const events = collect<EventData>(ws, EVENTS, { id: meetingId, after: 0 });
    const seqs: number[] = [];
    while (seqs.length < meeting.seq) seqs.push((await events.next()).data.meetingEvents.seq);
    expect(seqs).toEqual(Array.from({ length: meeting.seq }, (_, i) => i + 1));
    await ws.dispose();
  });
});
