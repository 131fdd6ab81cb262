import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

const ME = `{ me { id name email role active organisation { name kind } } }`;

/** Asks `me` until the client is signed out, failing if that takes longer than `ms`. */
async function signedOutWithin(client: GqlClient, ms: number) {
  const since = Date.now();
  for (;;) {
    if (((await client.request(ME)).data as { me: unknown }).me === null) return;
    expect(Date.now() - since).toBeLessThan(ms);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('signing in and out', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { LOGIN_MAX_FAILURES: '3' } });
  });
  afterAll(() => app.stop());

  it('answers me with null when nobody is signed in', async () => {
    const result = await new GqlClient(app.url).request(ME);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ me: null });
  });

  it('signs in with the right password and sets an httpOnly, SameSite cookie', async () => {
    const user = await buildUser(app.dataSource, { role: 'COORDINATOR' });
    const client = new GqlClient(app.url);
    const result = await client.login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ login: { id: user.id, role: 'COORDINATOR' } });
    const cookie = result.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^casehuddle_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    const me = await client.ok<{ me: { id: string; role: string } }>(ME);
    expect(me.me).toMatchObject({ id: user.id, email: user.email, role: 'COORDINATOR', active: true });
  });

  it('stores only a hash of the session token', async () => {
    const user = await buildUser(app.dataSource);
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    const token = client.cookie!.split('=')[1]!;
    const stored: Array<{ id: string }> = await app.dataSource.query(`SELECT id FROM session WHERE user_id = $1`, [user.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.id).not.toContain(token);
    expect(stored[0]!.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a wrong password and an unknown email with the same message', async () => {
    const user = await buildUser(app.dataSource);
    const wrong = await new GqlClient(app.url).login(user.email, 'not-the-password');
    const unknown = await new GqlClient(app.url).login('nobody@example.test', TEST_PASSWORD);
    for (const result of [wrong, unknown]) {
      expect(errorCode(result)).toBe('INVALID_CREDENTIALS');
      expect(result.errors?.[0]?.message).toBe('The email address or password is not right.');
      expect(result.headers.getSetCookie()).toEqual([]);
    }
  });

  it('rate-limits repeated failures, even when the right password follows', async () => {
    const user = await buildUser(app.dataSource);
    const client = new GqlClient(app.url);
    for (let i = 0; i < 3; i++) expect(errorCode(await client.login(user.email, `wrong-${i}-password`))).toBe('INVALID_CREDENTIALS');
    const blocked = await client.login(user.email, TEST_PASSWORD);
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.message).toMatch(/^Too many failed sign-in attempts\. Wait \d+ minutes? and try again\.$/);
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('refuses a deactivated user, and users of a deactivated organisation', async () => {
    const inactive = await buildUser(app.dataSource, { active: false });
    const result = await new GqlClient(app.url).login(inactive.email, TEST_PASSWORD);
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toMatch(/deactivated/);
    const org = await buildOrganisation(app.dataSource, { active: false });
    const member = await buildUser(app.dataSource, { organisationId: org.id });
    expect(errorCode(await new GqlClient(app.url).login(member.email, TEST_PASSWORD))).toBe('FORBIDDEN');
  });

  it('signs out: the cookie is cleared and the old token no longer works', async () => {
    const user = await buildUser(app.dataSource);
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    const oldCookie = client.cookie!;
    const result = await client.request(`mutation { logout }`);
    expect(result.data).toEqual({ logout: true });
    expect(result.headers.getSetCookie()[0]).toMatch(/^casehuddle_session=;.*Expires=Thu, 01 Jan 1970/);
    const replay = new GqlClient(app.url);
    replay.cookie = oldCookie;
    expect((await replay.request(ME)).data).toEqual({ me: null });
    expect(errorCode(await replay.request(`mutation { logout }`))).toBe('UNAUTHENTICATED');
  });

  it('ends a session on every process at once, though each process remembers sessions it has seen', async () => {
    const other = await startTestApp({ databaseUrl: app.databaseUrl });
    try {
      const user = await buildUser(app.dataSource);
      const here = new GqlClient(app.url);
      await here.login(user.email, TEST_PASSWORD);
      const there = new GqlClient(other.url);
      there.cookie = here.cookie;
      // Both processes have now looked the session up, and remember it.
      expect((await here.request(ME)).data).toMatchObject({ me: { id: user.id } });
      expect((await there.request(ME)).data).toMatchObject({ me: { id: user.id } });
      await here.request(`mutation { logout }`);
      // The other process hears of it through the event bus, well within the memory's 30 seconds.
      await signedOutWithin(there, 2_000);
      // Deactivating the user does the same for a session remembered on both processes.
      const admin = await buildUser(app.dataSource, { role: 'ADMIN' });
      const adminClient = new GqlClient(app.url);
      await adminClient.login(admin.email, TEST_PASSWORD);
      const again = new GqlClient(app.url);
      await again.login(user.email, TEST_PASSWORD);
      const elsewhere = new GqlClient(other.url);
      elsewhere.cookie = again.cookie;
      expect((await elsewhere.request(ME)).data).toMatchObject({ me: { id: user.id } });
      await adminClient.ok(`mutation ($id: ID!) { deactivateUser(id: $id) { id } }`, { id: user.id });
      await signedOutWithin(elsewhere, 2_000);
    } finally {
      await other.stop();
    }
  });
});

describe('cookies in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { COOKIE_SECURE: 'true' } });
  });
  afterAll(() => app.stop());

  it('marks the cookie Secure and pins it to the host', async () => {
    const user = await buildUser(app.dataSource);
    const result = await new GqlClient(app.url).login(user.email, TEST_PASSWORD);
    const cookie = result.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^__Host-casehuddle_session=/);
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('HttpOnly');
  });
});

describe('sign-in limits', () => {
  let app: TestApp;
  const LIMIT = 5;
  beforeAll(async () => {
    app = await startTestApp({ env: { LOGIN_MAX_FAILURES: String(LIMIT) } });
  });
  afterAll(() => app.stop());

  /** A sign-in from a given client address (the test server trusts X-Forwarded-For from loopback, as behind a proxy). */
  const loginFrom = (address: string, email: string, password: string) =>
    new GqlClient(app.url).request(
      `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`,
      { email, password },
      { 'x-forwarded-for': address },
    );
  const codes = (results: Array<Awaited<ReturnType<typeof loginFrom>>>) =>
    results.map((r) => (r.errors ? String(errorCode(r)) : 'SIGNED_IN'));
  const count = (list: string[], code: string) => list.filter((c) => c === code).length;

  it('checks no more than the limit of 60 wrong passwords sent at once, and then refuses the right one', async () => {
    const user = await buildUser(app.dataSource);
    const results = codes(
      await Promise.all(Array.from({ length: 60 }, (_, i) => loginFrom('198.51.100.1', user.email, `wrong-password-${i}`))),
    );
    expect(count(results, 'INVALID_CREDENTIALS')).toBe(LIMIT);
    expect(count(results, 'RATE_LIMITED')).toBe(60 - LIMIT);
    expect(codes([await loginFrom('198.51.100.1', user.email, TEST_PASSWORD)])).toEqual(['RATE_LIMITED']);
  });

  it('with the right password among 60 sent at once, still checks no more than the limit of wrong ones', async () => {
    const user = await buildUser(app.dataSource);
    const attempts = Array.from({ length: 60 }, (_, i) => (i === 30 ? TEST_PASSWORD : `wrong-password-${i}`));
    const results = codes(await Promise.all(attempts.map((password) => loginFrom('198.51.100.2', user.email, password))));
    expect(count(results, 'INVALID_CREDENTIALS')).toBeLessThanOrEqual(LIMIT);
    // The right password signs in only if it was checked within the limit; otherwise it is refused like the rest.
    expect(['SIGNED_IN', 'RATE_LIMITED']).toContain(results[30]);
    expect(count(results, 'INVALID_CREDENTIALS') + count(results, 'SIGNED_IN')).toBeLessThanOrEqual(LIMIT + 1);
    expect(count(results, 'RATE_LIMITED')).toBeGreaterThanOrEqual(60 - LIMIT - 1);
  });

  it('does not let failures from one address lock the user out from another', async () => {
    const user = await buildUser(app.dataSource);
    for (let i = 0; i < LIMIT; i++)
      expect(codes([await loginFrom('198.51.100.3', user.email, `wrong-password-${i}`)])).toEqual(['INVALID_CREDENTIALS']);
    expect(codes([await loginFrom('198.51.100.3', user.email, TEST_PASSWORD)])).toEqual(['RATE_LIMITED']);
    // The user, elsewhere, signs in (slowed down a little, never refused).
    expect(codes([await loginFrom('192.0.2.10', user.email, TEST_PASSWORD)])).toEqual(['SIGNED_IN']);
    // Other accounts from the attacker's address are not affected by that account's pair limit.
    const other = await buildUser(app.dataSource);
    expect(codes([await loginFrom('198.51.100.3', other.email, TEST_PASSWORD)])).toEqual(['SIGNED_IN']);
  });

  it('gives a correct password its place back, so signing in does not use up the limit', async () => {
    const user = await buildUser(app.dataSource);
    for (let i = 0; i < LIMIT * 2; i++) expect(codes([await loginFrom('198.51.100.4', user.email, TEST_PASSWORD)])).toEqual(['SIGNED_IN']);
    for (let i = 0; i < LIMIT; i++)
      expect(codes([await loginFrom('198.51.100.4', user.email, `wrong-password-${i}`)])).toEqual(['INVALID_CREDENTIALS']);
    expect(codes([await loginFrom('198.51.100.4', user.email, TEST_PASSWORD)])).toEqual(['RATE_LIMITED']);
  });

  it('limits one address across many accounts to ten times the limit', async () => {
    const users = await Promise.all(Array.from({ length: 12 }, () => buildUser(app.dataSource)));
    const results = codes(
      await Promise.all(
        users.flatMap((u) => Array.from({ length: LIMIT }, (_, i) => loginFrom('198.51.100.5', u.email, `wrong-password-${i}`))),
      ),
    );
    expect(count(results, 'INVALID_CREDENTIALS')).toBe(LIMIT * 10);
    expect(count(results, 'RATE_LIMITED')).toBe(12 * LIMIT - LIMIT * 10);
    // The stored counters hold neither email nor client addresses.
    const keys: Array<{ key: string }> = await app.dataSource.query(`SELECT key FROM login_rate_limit`);
    expect(keys.every((k) => /^(pair|address|account):[0-9a-f]{64}$/.test(k.key))).toBe(true);
  });
});
