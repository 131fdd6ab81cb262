import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, errorCode, GqlClient } from '../../test/client.js';
import { buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { createAppDataSource } from './data-source.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../core/embedded-db.js';

/** Its own PostgreSQL, so stopping it cannot disturb other test files. */
describe('when PostgreSQL restarts under load', () => {
  let dir: string;
  let db: EmbeddedDatabase;
  let app: TestApp;
  let client: GqlClient;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'casehuddle-restart-'));
    chmodSync(dir, 0o755);
    db = await startEmbeddedDatabase(path.join(dir, 'pg'));
    await db.ensureDatabase('casehuddle');
    const ds = createAppDataSource({ url: db.urlFor('casehuddle'), poolSize: 2 });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
    app = await startTestApp({ databaseUrl: db.urlFor('casehuddle') });
    const user = await buildUser(app.dataSource);
    client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await app?.stop();
    await db?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers with a clear, typed error while it is down, and recovers by itself', async () => {
    const me = (await client.ok<{ me: { id: string } }>(`{ me { id } }`)).me;
    expect(me.id).toBeTruthy();
    const ws = client.ws(app.wsUrl);
    const events = collect<{ data: { meChanged: { id: string } } }>(ws, `subscription { meChanged { id } }`);
    const deliverOne = async (until: number) => {
      while (Date.now() < until) {
        await app.server.services.bus.publish('USER_CHANGED', { userId: me.id });
        if (
          await events.next(500).then(
            () => true,
            () => false,
          )
        )
          return true;
      }
      return false;
    };
    expect(await deliverOne(Date.now() + 5_000)).toBe(true); // the subscription is live
    // Load: a steady stream of requests throughout.
    let running = true;
    const seen = new Set<string>();
    const load = (async () => {
      while (running) {
        const result = await client.request(`{ me { id } }`).catch(() => null);
        seen.add(result ? (errorCode(result) ?? 'OK') : 'NETWORK');
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    await db.stop();
    const down = await client.request(`{ me { id } }`);
    expect(errorCode(down)).toBe('DATABASE_UNAVAILABLE');
    expect(down.errors?.[0]?.message).toBe(
      'The database is not answering just now. Your change was not saved; please try again in a moment.',
    );
    expect((await fetch(`${app.url}/healthz`)).status).toBe(503);

    db = await startEmbeddedDatabase(path.join(dir, 'pg'), undefined, { port: db.port });
    // No restart of the server: the pool makes new connections, the event listener reconnects.
    const deadline = Date.now() + 20_000;
    let healthy = false;
    while (!healthy && Date.now() < deadline) {
      healthy = (await fetch(`${app.url}/healthz`)).status === 200;
      if (!healthy) await new Promise((r) => setTimeout(r, 200));
    }
    expect(healthy).toBe(true);
    const after = await client.ok<{ me: { id: string } }>(`{ me { id } }`);
    expect(after.me.id).toBeTruthy();
    // Live events flow again once the listener has reconnected by itself (it backs off up to 5 s).
    expect(await deliverOne(Date.now() + 15_000)).toBe(true);
    await ws.dispose();
    running = false;
    await load;
    expect([...seen].sort()).toEqual(expect.arrayContaining(['DATABASE_UNAVAILABLE', 'OK']));
    expect(seen.has('INTERNAL_SERVER_ERROR')).toBe(false);
    expect(seen.has('NETWORK')).toBe(false);
  }, 60_000);
});
