import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

const ME = `{ me { id } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;
const me = async (client: GqlClient) => (await client.request<{ me: { id: string } | null }>(ME)).data?.me?.id ?? null;

describe('sessions expire', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Sessions last 0.002 hours (7.2 seconds) here, so expiry can be seen.
    app = await startTestApp({ env: { SESSION_TTL_HOURS: '0.002' } });
  });
  afterAll(() => app.stop());

  it('refuses a session past its expiry, though the server remembers it', async () => {
    const user = await buildUser(app.dataSource);
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    const [session] = (await app.dataSource.query(`SELECT expires_at FROM session WHERE user_id = $1`, [user.id])) as Array<{
      expires_at: Date;
    }>;
    // Served (and so remembered) while the session lasts...
    expect(await me(client)).toBe(user.id);
    // ...and signed out once it has expired, not 30 seconds later when the memory lapses.
    await vi.waitFor(async () => expect(await me(client)).toBeNull(), { timeout: 20_000, interval: 100 });
    expect(Date.now()).toBeGreaterThanOrEqual(session!.expires_at.getTime());
    expect(Date.now()).toBeLessThan(session!.expires_at.getTime() + 15_000);
  });

  it('refuses a session whose expiry has passed before it is first used', async () => {
    const user = await buildUser(app.dataSource);
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    await app.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect(await me(client)).toBeNull();
  });
});

describe('the per-address sign-in limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    // One failure per email address; ten times that per client address.
    app = await startTestApp({ env: { LOGIN_MAX_FAILURES: '1' } });
  });
  afterAll(() => app.stop());

  it('stops one address guessing across many accounts, and leaves other addresses alone', async () => {
    // The test server trusts the loopback proxy, so X-Forwarded-For stands in for the client's address.
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const attacker = new GqlClient(app.url);
    for (let i = 0; i < 10; i++) {
      const r = await attacker.request(LOGIN, { email: `guess-${i}@example.test`, password: 'not-the-password' }, from('203.0.113.7'));
      expect(errorCode(r), `guess ${i}`).toBe('INVALID_CREDENTIALS');
    }
    // From that address even the right password for an untouched account is refused now...
    const user = await buildUser(app.dataSource);
    const blocked = await attacker.request(LOGIN, { email: user.email, password: TEST_PASSWORD }, from('203.0.113.7'));
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.message).toMatch(/^Too many failed sign-in attempts\. Wait \d+ minutes? and try again\.$/);
    // ...while the same account signs in from another address.
    const elsewhere = new GqlClient(app.url);
    const ok = await elsewhere.request<{ login: { id: string } }>(
      LOGIN,
      { email: user.email, password: TEST_PASSWORD },
      from('203.0.113.8'),
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.login.id).toBe(user.id);
  });
});
