import type { ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { GqlClient } from '../../../test/client.js';
import { buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { buildHuddleMeeting } from '../../../test/meetings.js';
import { startServerProcess, waitUntil } from '../../../test/process.js';
import { freePort } from '../../core/embedded-db.js';

const EVENTS = `subscription ($id: ID!) { meetingEvents(meetingId: $id) { seq type actorId actorName } }`;
interface Seen {
  seq: number | null;
  type: string;
  actorId: string | null;
  actorName: string | null;
}
/** The deadline: others see someone leave within 5 seconds of their connection going. */
const WITHIN_MS = 5_000;

/** One browser tab in the meeting room: a real graphql-ws client whose raw socket the test can break. */
function openRoom(cookie: string, wsUrl: string, meetingId: string) {
  const sockets: WebSocket[] = [];
  class RecordedSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
      sockets.push(this);
    }
  }
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: RecordedSocket,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
  const seen: Seen[] = [];
  client.subscribe<{ meetingEvents: Seen }>(
    { query: EVENTS, variables: { id: meetingId } },
    { next: (e) => e.data && seen.push(e.data.meetingEvents), error: () => undefined, complete: () => undefined },
  );
  /** The underlying TCP socket, to tear down without a close frame. */
  const raw = () => (sockets[0] as unknown as { _socket: Socket })._socket;
  return { client, seen, raw };
}

describe('who is in the meeting room, told by the server across processes', () => {
  let a: TestApp;
  let b: TestApp;
  let meetingId: string;
  let chair: GqlClient;
  let organisationId: string;
  const children: ChildProcess[] = [];
  const rooms: Client[] = [];

  const person = async (name: string) => {
    const user = await buildUser(a.dataSource, { organisationId, name });
    const client = new GqlClient(a.url);
    await client.login(user.email, TEST_PASSWORD);
    return { id: user.id, cookie: client.cookie! };
  };
  const enter = (who: { cookie: string }, wsUrl: string) => {
    const room = openRoom(who.cookie, wsUrl, meetingId);
    rooms.push(room.client);
    return room;
  };
  const arrived = (room: { seen: Seen[] }, id: string) => room.seen.some((e) => e.type === 'PRESENCE' && e.actorId === id);
  const leases = async (userId: string) =>
    ((await a.dataSource.query(`SELECT count(*)::int AS n FROM meeting_presence WHERE user_id = $1`, [userId])) as Array<{ n: number }>)[0]!
      .n;
  /** Someone opens the meeting room: they follow its events, and say they are here (as the browser does on opening it). */
  const enterAndSayHello = async (who: { cookie: string; id: string }, wsUrl: string, httpUrl: string) => {
    const room = enter(who, wsUrl);
    const deadline = Date.now() + WITHIN_MS;
    while ((await leases(who.id)) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const client = new GqlClient(httpUrl);
    client.cookie = who.cookie;
    await client.ok(`mutation ($m: ID!) { reportPresence(meetingId: $m) }`, { m: meetingId });
    return room;
  };
  const left = (room: { seen: Seen[] }, id: string) => room.seen.some((e) => e.type === 'LEFT' && e.actorId === id);

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ databaseUrl: a.databaseUrl });
    const built = await buildHuddleMeeting(a, 'Presence huddle');
    ({ chair, meetingId, organisationId } = built);
    await chair.ok(`mutation ($id: ID!) { startMeeting(meetingId: $id) { status } }`, { id: meetingId });
  });
  afterAll(async () => {
    for (const room of rooms) await room.dispose();
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await b.stop();
    await a.stop();
  });

  it('tells people on the other process within 5 s when someone’s connection is torn down without a word', async () => {
    const ann = await person('Ann Abrupt');
    const ben = await person('Ben Watching');
    const benRoom = enter(ben, b.wsUrl);
    const annRoom = await enterAndSayHello(ann, a.wsUrl, a.url);
    // Ben, on process B, hears Ann arrive on process A.
    await waitUntil(() => arrived(benRoom, ann.id), WITHIN_MS, 'Ben sees Ann arrive');
    expect(benRoom.seen.find((e) => e.actorId === ann.id)!.actorName).toBe('Ann Abrupt');

    // Ann's laptop drops off the network: the socket goes with no close frame.
    annRoom.raw().destroy();
    await waitUntil(() => left(benRoom, ann.id), WITHIN_MS, 'Ben sees Ann leave');
    const leaving = benRoom.seen.find((e) => e.type === 'LEFT')!;
    expect(leaving).toEqual({ seq: null, type: 'LEFT', actorId: ann.id, actorName: 'Ann Abrupt' });
    // Nothing is left behind about her.
    const [rowsLeft] = (await a.dataSource.query(`SELECT count(*)::int AS n FROM meeting_presence WHERE user_id = $1`, [ann.id])) as Array<{
      n: number;
    }>;
    expect(rowsLeft!.n).toBe(0);
  });

  it('notices a socket that stops answering pings, and tells the room within 5 s', async () => {
    const dev = await person('Dev Silent');
    const ben = await person('Ben Still Watching');
    const benRoom = enter(ben, b.wsUrl);
    const devRoom = await enterAndSayHello(dev, a.wsUrl, a.url);
    await waitUntil(() => arrived(benRoom, dev.id), WITHIN_MS, 'Ben sees Dev arrive');
    // The connection stays open but nothing comes back (a network that silently dropped it).
    devRoom.raw().pause();
    await waitUntil(() => left(benRoom, dev.id), WITHIN_MS, 'Ben sees Dev leave');
    devRoom.raw().destroy();
  });

  it('keeps someone in the room while another of their tabs is open, on either process', async () => {
    const eve = await person('Eve Two Tabs');
    const ben = await person('Ben Observing');
    const benRoom = enter(ben, b.wsUrl);
    const firstTab = await enterAndSayHello(eve, a.wsUrl, a.url);
    await waitUntil(() => arrived(benRoom, eve.id), WITHIN_MS, 'Ben sees Eve arrive');
    const secondTab = enter(eve, b.wsUrl);
    let held = 0;
    const deadline = Date.now() + WITHIN_MS;
    while ((held = await leases(eve.id)) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(held).toBe(2);

    // She closes the first tab: her lease there goes, and the room is not told she left.
    await firstTab.client.dispose();
    while ((held = await leases(eve.id)) > 1 && Date.now() < deadline + WITHIN_MS) await new Promise((r) => setTimeout(r, 20));
    expect(held).toBe(1);
    // Any departure would have been announced with that delete: a later event comes after it.
    await chair.ok(`mutation ($m: ID!) { recordAttendance(meetingId: $m, present: true) }`, { m: meetingId });
    await waitUntil(() => benRoom.seen.some((e) => e.type === 'ATTENDANCE'), WITHIN_MS, 'Ben sees the attendance');
    expect(left(benRoom, eve.id)).toBe(false);

    // She closes the second: now she has left.
    secondTab.raw().destroy();
    await waitUntil(() => left(benRoom, eve.id), WITHIN_MS, 'Ben sees Eve leave');
  });

  it('tells the room once that people are back when their process finds its leases swept, unless another tab kept them here', async () => {
    const [fay, gus, hal, ida] = await Promise.all(['Fay Stalled', 'Gus Stalled', 'Hal Two Tabs', 'Ida Observing'].map(person));
    const idaRoom = enter(ida!, b.wsUrl);
    for (const who of [fay!, gus!, hal!]) await enterAndSayHello(who, a.wsUrl, a.url);
    enter(hal!, b.wsUrl);
    let held = 0;
    const deadline = Date.now() + WITHIN_MS;
    while ((held = await leases(hal!.id)) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(held).toBe(2);
    // As if process a had stalled and the other had swept its leases.
    const seenBefore = idaRoom.seen.length;
    await a.dataSource.query(
      `DELETE FROM meeting_presence WHERE process_id IN (SELECT process_id FROM meeting_presence WHERE user_id = $1)`,
      [fay!.id],
    );
    const back = (id: string) => idaRoom.seen.slice(seenBefore).filter((e) => e.type === 'PRESENCE' && e.actorId === id).length;
    await waitUntil(() => back(fay!.id) > 0 && back(gus!.id) > 0, WITHIN_MS, 'Ida hears Fay and Gus are back');
    expect(await Promise.all([fay!, gus!, hal!].map((who) => leases(who.id)))).toEqual([1, 1, 2]);
    // Any further announcement would have been made with those claims: a later event comes after it.
    await chair.ok(`mutation ($m: ID!) { recordAttendance(meetingId: $m, present: true) }`, { m: meetingId });
    await waitUntil(() => idaRoom.seen.slice(seenBefore).some((e) => e.type === 'ATTENDANCE'), WITHIN_MS, 'Ida sees the attendance');
    expect([back(fay!.id), back(gus!.id), back(hal!.id)]).toEqual([1, 1, 0]);
  });

  it('tells the room within 5 s about everyone on a server process that was killed', { timeout: 120_000 }, async () => {
    const port = await freePort();
    children.push(await startServerProcess(a.databaseUrl, port));
    const cal = await person('Cal On The Dying Process');
    const ben = await person('Ben Survivor');
    const benRoom = enter(ben, b.wsUrl);
    await enterAndSayHello(cal, `ws://127.0.0.1:${port}/graphql`, `http://127.0.0.1:${port}`);
    await waitUntil(() => arrived(benRoom, cal.id), WITHIN_MS, 'Ben sees Cal arrive');

    children[0]!.kill('SIGKILL');
    await waitUntil(() => left(benRoom, cal.id), WITHIN_MS, 'Ben sees Cal leave after the process died');
    expect(benRoom.seen.filter((e) => e.type === 'LEFT' && e.actorId === cal.id)).toHaveLength(1);
  });
});
