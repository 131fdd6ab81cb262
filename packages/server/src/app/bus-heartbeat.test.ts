import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, type GqlClient } from '../../test/client.js';
import { createTestDatabase, startTestApp, type TestApp } from '../../test/harness.js';
import { buildHuddleMeeting } from '../../test/meetings.js';

/**
 * A loopback TCP proxy that can go silent: it keeps every socket open but stops passing bytes
 * either way, as a NAT or firewall that forgot a connection does. Nothing is closed, so nothing
 * tells the client its connection is dead.
 */
async function startSilenceableProxy(target: { host: string; port: number }) {
  let forwarding = true;
  const sockets = new Set<Socket>();
  const server: Server = createServer((downstream) => {
    const upstream = connect(target.port, target.host);
    for (const [from, to] of [
      [downstream, upstream],
      [upstream, downstream],
    ] as const) {
      sockets.add(from);
      from.on('data', (chunk) => forwarding && to.write(chunk));
      from.on('error', () => to.destroy());
      from.on('close', () => {
        sockets.delete(from);
        to.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    silence: () => (forwarding = false),
    resume: () => (forwarding = true),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const EVENTS = `subscription ($id: ID!, $after: Int) { meetingEvents(meetingId: $id, afterSeq: $after) { seq type } }`;
type EventData = { data: { meetingEvents: { seq: number; type: string } } };
type Health = { status: string; checks: { database: string; eventListener: string }; reason?: string };

describe('an event listener whose connection goes silent', () => {
  let app: TestApp;
  let proxy: Awaited<ReturnType<typeof startSilenceableProxy>>;
  let chair: GqlClient;
  let meetingId: string;

  beforeAll(async () => {
    const database = await createTestDatabase();
    const direct = new URL(database.url);
    proxy = await startSilenceableProxy({ host: direct.hostname, port: Number(direct.port) });
    const viaProxy = new URL(database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    viaProxy.searchParams.delete('host'); // the embedded cluster's socket: the proxy is on TCP
    // Only the listener goes through the proxy; the pool (and so every write) goes straight to PostgreSQL.
    app = await startTestApp({
      databaseUrl: database.url,
      env: { DATABASE_LISTEN_URL: viaProxy.toString(), BUS_HEARTBEAT_SECONDS: '0.5' },
    });
    const built = await buildHuddleMeeting(app, 'Silent network');
    ({ chair, meetingId } = built);
  });
  afterAll(async () => {
    await app?.stop();
    await proxy?.close();
  });

  const health = async () => {
    const response = await fetch(`${app.url}/healthz`);
    return { status: response.status, body: (await response.json()) as Health };
  };
  /** Polls /healthz until it answers `status`, for at most `withinMs`; returns the answer. */
  const healthBecomes = async (status: number, withinMs: number) => {
    const deadline = Date.now() + withinMs;
    let last = await health();
    while (last.status !== status && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      last = await health();
    }
    return last;
  };

  it('notices it is deaf, says so on /healthz, reconnects, and replays what was said meanwhile', async () => {
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', checks: { database: 'ok', eventListener: 'ok' } } });
    const { meeting } = await chair.ok<{ meeting: { seq: number } }>(`query ($id: ID!) { meeting(id: $id) { seq } }`, { id: meetingId });
    const ws = chair.ws(app.wsUrl);
    const events = collect<EventData>(ws, EVENTS, { id: meetingId, after: meeting.seq });
    await chair.ok(`mutation ($m: ID!) { recordAttendance(meetingId: $m, present: true) }`, { m: meetingId });
    expect((await events.next()).data.meetingEvents).toEqual({ seq: meeting.seq + 1, type: 'ATTENDANCE' }); // live

    proxy.silence();
    const silencedAt = Date.now();
    const deaf = await healthBecomes(503, 10_000);
    expect(deaf).toEqual({
      status: 503,
      body: {
        status: 'unavailable',
        checks: { database: 'ok', eventListener: 'down' },
        reason: 'The event listener stopped hearing events and is reconnecting.',
      },
    });
    // Said while the listener hears nothing: stored and announced, but not heard by this process.
    await chair.ok(`mutation ($m: ID!) { recordAttendance(meetingId: $m, present: false) }`, { m: meetingId });

    proxy.resume();
    const healed = await healthBecomes(200, 10_000);
    expect(healed.body.checks).toEqual({ database: 'ok', eventListener: 'ok' });
    expect(Date.now() - silencedAt).toBeLessThan(10_000);
    // The reconnected bus tells every stream to re-read its log: the missed event arrives.
    expect((await events.next()).data.meetingEvents).toEqual({ seq: meeting.seq + 2, type: 'ATTENDANCE' });
    await ws.dispose();
  }, 30_000);
});
