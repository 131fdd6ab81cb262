import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collect, GqlClient } from '../../test/client.js';
import { buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

const ME_CHANGED = `subscription { meChanged { id active } }`;

/** Resolves with the close code of a raw socket, or 'open' once graphql-ws acknowledges it. */
function rawConnect(url: string, headers: Record<string, string>): Promise<number | 'open' | 'refused'> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { headers });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') {
        resolve('open');
        socket.close();
      }
    });
    socket.on('close', (code) => resolve(code));
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode === 403 ? 'refused' : res.statusCode!));
    socket.on('error', () => undefined);
  });
}

describe('GraphQL over WebSocket', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp();
    // A second server process on the same database, as behind a load balancer.
    b = await startTestApp({ databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  it('refuses a connection without a session (4403), and with a forged cookie', async () => {
    expect(await rawConnect(a.wsUrl, {})).toBe(4403);
    expect(await rawConnect(a.wsUrl, { cookie: 'casehuddle_session=forged-token-forged-token-forged' })).toBe(4403);
  });

  it('refuses a cross-site upgrade (Origin check) even with a valid cookie', async () => {
    const user = await buildUser(a.dataSource);
    const client = new GqlClient(a.url);
    await client.login(user.email, TEST_PASSWORD);
    expect(await rawConnect(a.wsUrl, { cookie: client.cookie!, origin: 'https://evil.example' })).toBe('refused');
    expect(await rawConnect(a.wsUrl, { cookie: client.cookie!, origin: a.url })).toBe('open');
  });

  it('applies the same depth and token limits as HTTP', async () => {
    const user = await buildUser(a.dataSource);
    const client = new GqlClient(a.url);
    await client.login(user.email, TEST_PASSWORD);
    const ws = client.ws(a.wsUrl);
    const deep = `subscription { meChanged { ${'organisation { '.repeat(12)}id${' }'.repeat(12)} } }`;
    const sub = collect(ws, deep);
    const ended = (await sub.ended) as Array<{ message: string }>;
    expect(ended[0]!.message).toMatch(/depth/i);
    const huge = collect(ws, `subscription { meChanged { ${'id '.repeat(3000)} } }`);
    const tooBig = (await huge.ended) as Array<{ message: string }>;
    expect(tooBig[0]!.message).toMatch(/token/i);
    await ws.dispose();
  });

  it('delivers events across server processes to every subscriber, and ends revoked sessions', async () => {
    const admin = await buildUser(a.dataSource, { role: 'ADMIN' });
    const target = await buildUser(a.dataSource);
    const adminClient = new GqlClient(a.url);
    await adminClient.login(admin.email, TEST_PASSWORD);
    // The same user has two windows open, one on each process.
    const windowOnA = new GqlClient(a.url);
    await windowOnA.login(target.email, TEST_PASSWORD);
    const windowOnB = new GqlClient(b.url);
    await windowOnB.login(target.email, TEST_PASSWORD);
    const wsA = windowOnA.ws(a.wsUrl);
    const wsB = windowOnB.ws(b.wsUrl);
    const onA = collect<{ data: { meChanged: { id: string; active: boolean } } }>(wsA, ME_CHANGED);
    const onB = collect<{ data: { meChanged: { id: string; active: boolean } } }>(wsB, ME_CHANGED);
    // Someone else's subscription must not receive this user's event.
    const bystander = await buildUser(a.dataSource);
    const bystanderClient = new GqlClient(b.url);
    await bystanderClient.login(bystander.email, TEST_PASSWORD);
    const wsBystander = bystanderClient.ws(b.wsUrl);
    const onBystander = collect(wsBystander, ME_CHANGED);
    await new Promise((r) => setTimeout(r, 300)); // let the subscriptions register

    await adminClient.ok(`mutation ($id: ID!) { reactivateUser(id: $id) { id } }`, { id: target.id });
    expect((await onA.next()).data.meChanged).toEqual({ id: target.id, active: true });
    expect((await onB.next()).data.meChanged).toEqual({ id: target.id, active: true });

    // Deactivation revokes both sessions: each process closes its socket with 4401.
    const closes = [wsA, wsB].map(
      (ws) => new Promise<number>((resolve) => ws.on('closed', (event) => resolve((event as { code: number }).code))),
    );
    await adminClient.ok(`mutation ($id: ID!) { deactivateUser(id: $id) { id } }`, { id: target.id });
    expect(await Promise.all(closes)).toEqual([4401, 4401]);
    // A positive control: an event for the bystander, published after all of the target's, reaches
    // them, and it is the first thing they receive. Events reach a process in the order they were
    // published, so anything of the target's leaked to the bystander would have come before it.
    const bystanderChanged = onBystander.next();
    await adminClient.ok(`mutation ($id: ID!) { reactivateUser(id: $id) { id } }`, { id: bystander.id });
    expect(await bystanderChanged).toEqual({ data: { meChanged: { id: bystander.id, active: true } } });
    expect(onBystander.events).toEqual([]);
    await wsBystander.dispose();
  });

  it('ends the subscriptions of a session that signs out', async () => {
    const user = await buildUser(a.dataSource);
    const client = new GqlClient(a.url);
    await client.login(user.email, TEST_PASSWORD);
    const ws = client.ws(b.wsUrl);
    collect(ws, ME_CHANGED);
    const closed = new Promise<number>((resolve) => ws.on('closed', (event) => resolve((event as { code: number }).code)));
    await new Promise((r) => setTimeout(r, 200));
    await client.ok(`mutation { logout }`);
    expect(await closed).toBe(4401);
  });
});
