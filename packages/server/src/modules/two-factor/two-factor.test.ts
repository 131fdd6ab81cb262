import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD, type BuiltUser } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

const ME = `{ me { id } }`;
const STATUS = `{ twoFactorStatus { enabled enabledAt recoveryCodesLeft requiredByOrganisation } }`;
const START = `mutation { startTwoFactorEnrolment { secret otpauthUri qrCodeDataUrl } }`;
const CONFIRM = `mutation ($code: String!) { confirmTwoFactorEnrolment(code: $code) }`;
const COMPLETE = `mutation ($code: String!) { completeSignIn(code: $code) { id } }`;

/** The code an authenticator app shows for this secret, `stepsAhead` 30-second steps from now. */
function codeFor(secret: string, stepsAhead = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

/** A code that is certainly wrong for this secret now (none of the accepted steps gives it). */
function wrongCodeFor(secret: string): string {
  const near = new Set([-1, 0, 1].map((s) => codeFor(secret, s)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, '0');
    if (!near.has(candidate)) return candidate;
  }
}

describe('two-factor sign-in', () => {
  let app: TestApp;
  let admin: GqlClient;
  beforeAll(async () => {
    app = await startTestApp({ env: { LOGIN_MAX_FAILURES: '3', TWO_FACTOR_ENCRYPTION_KEY: 'a'.repeat(64) } });
    const adminUser = await buildUser(app.dataSource, { role: 'ADMIN' });
    admin = new GqlClient(app.url);
    await admin.login(adminUser.email, TEST_PASSWORD);
  });
  afterAll(() => app.stop());

  async function signedIn(user: BuiltUser): Promise<GqlClient> {
    const client = new GqlClient(app.url);
    expect((await client.login(user.email, TEST_PASSWORD)).errors).toBeUndefined();
    return client;
  }

  /** A user who has set up two-factor sign-in; the code for the current step has been used. */
  async function enrolled(organisationId?: string) {
    const user = await buildUser(app.dataSource, organisationId ? { organisationId } : {});
    const client = await signedIn(user);
    const { startTwoFactorEnrolment: enrolment } = await client.ok<{ startTwoFactorEnrolment: { secret: string } }>(START);
    const { confirmTwoFactorEnrolment: recoveryCodes } = await client.ok<{ confirmTwoFactorEnrolment: string[] }>(CONFIRM, {
      code: codeFor(enrolment.secret),
    });
    return { user, client, secret: enrolment.secret, recoveryCodes };
  }

  it('enrols with a QR code and a confirming code; the secret is stored encrypted and never shown again', async () => {
    const user = await buildUser(app.dataSource);
    const client = await signedIn(user);
    expect((await client.ok<{ twoFactorStatus: unknown }>(STATUS)).twoFactorStatus).toEqual({
      enabled: false,
      enabledAt: null,
      recoveryCodesLeft: 0,
      requiredByOrganisation: false,
    });
    const { startTwoFactorEnrolment: enrolment } = await client.ok<{
      startTwoFactorEnrolment: { secret: string; otpauthUri: string; qrCodeDataUrl: string };
    }>(START);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/CaseHuddle:/);
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);

    // Not in effect until confirmed: a wrong code changes nothing.
    const wrong = await client.request(CONFIRM, { code: wrongCodeFor(enrolment.secret) });
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect((await client.ok<{ twoFactorStatus: { enabled: boolean } }>(STATUS)).twoFactorStatus.enabled).toBe(false);
    expect((await new GqlClient(app.url).login(user.email, TEST_PASSWORD)).errors).toBeUndefined();

    const { confirmTwoFactorEnrolment: codes } = await client.ok<{ confirmTwoFactorEnrolment: string[] }>(CONFIRM, {
      code: codeFor(enrolment.secret),
    });
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect((await client.ok<{ twoFactorStatus: unknown }>(STATUS)).twoFactorStatus).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });

    const [stored] = await app.dataSource.query(`SELECT secret_encrypted FROM two_factor WHERE user_id = $1`, [user.id]);
    expect(stored.secret_encrypted).not.toContain(enrolment.secret);
    const hashes: Array<{ code_hash: string }> = await app.dataSource.query(
      `SELECT code_hash FROM two_factor_recovery_code WHERE user_id = $1`,
      [user.id],
    );
    expect(hashes).toHaveLength(10);
    for (const { code_hash } of hashes) {
      expect(code_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(codes.some((c) => code_hash.includes(c.replace('-', '')))).toBe(false);
    }
    // Once set up, the secret cannot be asked for again.
    expect(errorCode(await client.request(START))).toBe('ALREADY_EXISTS');
  });

  it('asks for the code after the password; until then the browser is signed in to nothing', async () => {
    const { user, secret } = await enrolled();
    const client = new GqlClient(app.url);
    const first = await client.login(user.email, TEST_PASSWORD);
    expect(errorCode(first)).toBe('TWO_FACTOR_REQUIRED');
    const cookie = first.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^casehuddle_sign_in=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(first.headers.getSetCookie().some((c) => c.startsWith('casehuddle_session='))).toBe(false);
    const sessions = await app.dataSource.query(`SELECT 1 FROM session WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
    const before = sessions.length;

    // Half signed in: nothing answers as this user, over HTTP or WebSocket.
    expect((await client.request(ME)).data).toEqual({ me: null });
    expect(errorCode(await client.request(`{ people(search: { name: "a" }) { id } }`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await client.request(STATUS))).toBe('UNAUTHENTICATED');
    expect(errorCode(await client.request(`{ notifications { id } }`))).toBe('UNAUTHENTICATED');
    // The sign-in cookie is not a session cookie either, under the session cookie's name.
    const forged = new GqlClient(app.url);
    forged.cookie = client.cookie!.replace('casehuddle_sign_in=', 'casehuddle_session=');
    expect((await forged.request(ME)).data).toEqual({ me: null });

    // A wrong code is refused and opens nothing.
    expect(errorCode(await client.request(COMPLETE, { code: wrongCodeFor(secret) }))).toBe('INVALID_CREDENTIALS');
    expect((await client.request(ME)).data).toEqual({ me: null });

    // The right code (the next step: the current one was used to enrol) opens the session.
    const done = await client.request<{ completeSignIn: { id: string } }>(COMPLETE, { code: codeFor(secret, 1) });
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeSignIn.id).toBe(user.id);
    expect(done.headers.getSetCookie().at(-1)).toMatch(/^casehuddle_session=[A-Za-z0-9_-]{43};.*HttpOnly/);
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    const after = await app.dataSource.query(`SELECT 1 FROM session WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
    expect(after.length).toBe(before + 1);

    // The same code cannot be used twice, and the used challenge cannot be replayed.
    const again = new GqlClient(app.url);
    expect(errorCode(await again.login(user.email, TEST_PASSWORD))).toBe('TWO_FACTOR_REQUIRED');
    expect(errorCode(await again.request(COMPLETE, { code: codeFor(secret, 1) }))).toBe('INVALID_CREDENTIALS');
    const replay = new GqlClient(app.url);
    replay.cookie = first.headers.getSetCookie()[0]!.split(';')[0];
    expect(errorCode(await replay.request(COMPLETE, { code: codeFor(secret, 1) }))).toBe('UNAUTHENTICATED');
  });

  it('accepts each recovery code once', async () => {
    const { user, recoveryCodes } = await enrolled();
    const first = new GqlClient(app.url);
    await first.login(user.email, TEST_PASSWORD);
    expect((await first.request(COMPLETE, { code: recoveryCodes[0] })).errors).toBeUndefined();
    expect((await first.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);

    const second = new GqlClient(app.url);
    await second.login(user.email, TEST_PASSWORD);
    expect(errorCode(await second.request(COMPLETE, { code: recoveryCodes[0] }))).toBe('INVALID_CREDENTIALS');
    // Typed in capitals with a space instead of the hyphen, another code still works.
    expect((await second.request(COMPLETE, { code: recoveryCodes[1]!.toUpperCase().replace('-', ' ') })).errors).toBeUndefined();
    expect((await second.ok<{ twoFactorStatus: { recoveryCodesLeft: number } }>(STATUS)).twoFactorStatus.recoveryCodesLeft).toBe(8);
  });

  it('limits wrong codes like wrong passwords', async () => {
    const { user, secret } = await enrolled();
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    for (let i = 0; i < 3; i++)
      expect(errorCode(await client.request(COMPLETE, { code: wrongCodeFor(secret) }))).toBe('INVALID_CREDENTIALS');
    const blocked = await client.request(COMPLETE, { code: codeFor(secret, 1) });
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.message).toMatch(/^Too many wrong codes\. Wait \d+ minutes? and try again\.$/);
    expect((await client.request(ME)).data).toEqual({ me: null });
  });

  it('is enforced per organisation: its users without it must set it up after the password, and can do nothing else', async () => {
    const required = await buildOrganisation(app.dataSource);
    const other = await buildOrganisation(app.dataSource);
    const member = await buildUser(app.dataSource, { organisationId: required.id });
    const outsider = await buildUser(app.dataSource, { organisationId: other.id });
    const earlier = await signedIn(member);

    const practitioner = await signedIn(outsider);
    const refused = await practitioner.request(`mutation ($id: ID!) { setTwoFactorRequired(organisationId: $id, required: true) { id } }`, {
      id: required.id,
    });
    expect(errorCode(refused)).toBe('FORBIDDEN');

    const set = await admin.ok<{ setTwoFactorRequired: { requireTwoFactor: boolean } }>(
      `mutation ($id: ID!) { setTwoFactorRequired(organisationId: $id, required: true) { requireTwoFactor } }`,
      { id: required.id },
    );
    expect(set.setTwoFactorRequired.requireTwoFactor).toBe(true);
    const audit = await app.dataSource.query(
      `SELECT detail FROM audit_event WHERE action = 'TWO_FACTOR_REQUIREMENT_CHANGED' AND detail->>'organisationId' = $1`,
      [required.id],
    );
    expect(audit).toEqual([{ detail: { organisationId: required.id, required: true } }]);
    // The member's existing session has ended.
    expect((await earlier.request(ME)).data).toEqual({ me: null });

    // Other organisations are untouched.
    expect((await new GqlClient(app.url).login(outsider.email, TEST_PASSWORD)).errors).toBeUndefined();

    const client = new GqlClient(app.url);
    expect(errorCode(await client.login(member.email, TEST_PASSWORD))).toBe('TWO_FACTOR_SETUP_REQUIRED');
    expect((await client.request(ME)).data).toEqual({ me: null });
    expect(errorCode(await client.request(`{ people(search: { name: "a" }) { id } }`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await client.request(START))).toBe('UNAUTHENTICATED');
    expect(errorCode(await client.request(COMPLETE, { code: '123456' }))).toBe('UNAUTHENTICATED');

    const { startSignInEnrolment: enrolment } = await client.ok<{ startSignInEnrolment: { secret: string; qrCodeDataUrl: string } }>(
      `mutation { startSignInEnrolment { secret qrCodeDataUrl } }`,
    );
    expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const confirm = `mutation ($code: String!) { confirmSignInEnrolment(code: $code) { user { id } recoveryCodes } }`;
    expect(errorCode(await client.request(confirm, { code: wrongCodeFor(enrolment.secret) }))).toBe('INVALID_CREDENTIALS');
    expect((await client.request(ME)).data).toEqual({ me: null });
    const done = await client.ok<{ confirmSignInEnrolment: { user: { id: string }; recoveryCodes: string[] } }>(confirm, {
      code: codeFor(enrolment.secret),
    });
    expect(done.confirmSignInEnrolment.user.id).toBe(member.id);
    expect(done.confirmSignInEnrolment.recoveryCodes).toHaveLength(10);
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(member.id);
    expect((await client.ok<{ twoFactorStatus: unknown }>(STATUS)).twoFactorStatus).toMatchObject({
      enabled: true,
      requiredByOrganisation: true,
    });
    // From now on the member signs in with a code.
    expect(errorCode(await new GqlClient(app.url).login(member.email, TEST_PASSWORD))).toBe('TWO_FACTOR_REQUIRED');
  });

  it('lets an administrator reset a user’s two-factor sign-in, audited, ending their sessions', async () => {
    const { user, client } = await enrolled();
    const listed = await admin.ok<{ users: Array<{ id: string; twoFactorEnabled: boolean }> }>(`{ users { id twoFactorEnabled } }`);
    expect(listed.users.find((u) => u.id === user.id)?.twoFactorEnabled).toBe(true);

    const colleague = await signedIn(await buildUser(app.dataSource, { role: 'MANAGER', organisationId: user.organisationId }));
    const reset = `mutation ($id: ID!) { resetTwoFactor(userId: $id) }`;
    expect(errorCode(await colleague.request(reset, { id: user.id }))).toBe('FORBIDDEN');
    expect((await colleague.ok<{ users?: unknown; me: { id: string } }>(`{ me { id twoFactorEnabled } }`)).me).toMatchObject({
      twoFactorEnabled: false,
    });

    expect(await admin.ok(reset, { id: user.id })).toEqual({ resetTwoFactor: true });
    expect((await client.request(ME)).data).toEqual({ me: null });
    const audit = await app.dataSource.query(
      `SELECT a.actor_name, a.actor_role, a.detail, a.person_id FROM audit_event a WHERE a.action = 'TWO_FACTOR_RESET' AND a.detail->>'userId' = $1`,
      [user.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_role: 'ADMIN', person_id: null, detail: { userId: user.id, hadTwoFactor: true } });
    expect(await app.dataSource.query(`SELECT 1 FROM two_factor_recovery_code WHERE user_id = $1`, [user.id])).toEqual([]);
    // The user signs in with the password alone again (their organisation does not require two-factor).
    expect((await new GqlClient(app.url).login(user.email, TEST_PASSWORD)).errors).toBeUndefined();
  });
});
