import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

const CREATE_ORG = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name kind councilArea active } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id name email role active organisation { id } } }`;

describe('administration of organisations and users', () => {
  let app: TestApp;
  let admin: GqlClient;
  let adminId: string;
  const signedIn = async (role: 'PRACTITIONER' | 'COORDINATOR' | 'MANAGER' | 'ADMIN') => {
    const user = await buildUser(app.dataSource, { role });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    return { client, user };
  };

  beforeAll(async () => {
    app = await startTestApp();
    const signed = await signedIn('ADMIN');
    admin = signed.client;
    adminId = signed.user.id;
  });
  afterAll(() => app.stop());
  const adminOrganisation = async () =>
    (await admin.ok<{ me: { organisation: { id: string } } }>(`{ me { organisation { id } } }`)).me.organisation;

  it('walks 401 → 403 → 400 → 200 for creating an organisation', async () => {
    const input = { name: 'Northvale Women’s Centre', kind: 'CHARITY', councilArea: 'Northvale' };
    const anonymous = await new GqlClient(app.url).request(CREATE_ORG, { input });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0]?.message).toBe('You need to sign in.');

    for (const role of ['PRACTITIONER', 'COORDINATOR', 'MANAGER'] as const) {
      const { client } = await signedIn(role);
      const refused = await client.request(CREATE_ORG, { input });
      expect(errorCode(refused), role).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.message).toBe('You do not have permission to do that.');
    }

    const invalid = await admin.request(CREATE_ORG, { input: { ...input, name: '' } });
    expect(errorCode(invalid)).toBe('VALIDATION_FAILED');
    expect(invalid.errors?.[0]?.extensions?.fields).toEqual({ name: 'Enter a name of 120 characters or fewer.' });

    const badKind = await admin.request(CREATE_ORG, { input: { ...input, kind: 'SPACESHIP' } });
    expect(badKind.errors?.[0]?.message).toMatch(/SPACESHIP/);
    expect(badKind.status).toBe(400);

    const created = await admin.ok<{ createOrganisation: Record<string, unknown> }>(CREATE_ORG, { input });
    expect(created.createOrganisation).toMatchObject({ ...input, active: true });

    const duplicate = await admin.request(CREATE_ORG, { input: { ...input, name: input.name.toUpperCase() } });
    expect(errorCode(duplicate)).toBe('ALREADY_EXISTS');
    expect(duplicate.errors?.[0]?.extensions?.fields).toEqual({ name: 'An organisation with this name already exists.' });
  });

  it('lists organisations and users to administrators only', async () => {
    const { client } = await signedIn('MANAGER');
    expect(errorCode(await client.request(`{ users { id } }`))).toBe('FORBIDDEN');
    expect(errorCode(await client.request(`{ organisations { id } }`))).toBe('FORBIDDEN');
    const listed = await admin.ok<{ users: Array<{ id: string }>; organisations: Array<{ id: string }> }>(
      `{ users { id } organisations { id } }`,
    );
    expect(listed.users.map((u) => u.id)).toContain(adminId);
    expect(listed.organisations.length).toBeGreaterThan(0);
  });

  it('creates a user who can then sign in, and validates every field', async () => {
    const org = await buildOrganisation(app.dataSource, { kind: 'PROBATION' });
    const input = {
      name: 'Robin Hale',
      email: 'Robin.Hale@Example.test',
      organisationId: org.id,
      role: 'PRACTITIONER',
      password: 'a-long-enough-password',
    };

    const invalid = await admin.request(CREATE_USER, { input: { ...input, email: 'not-an-email', password: 'short' } });
    expect(errorCode(invalid)).toBe('VALIDATION_FAILED');
    expect(invalid.errors?.[0]?.extensions?.fields).toEqual({
      email: 'Enter an email address in the right format, like name@example.org.',
      password: 'Enter a password of at least 12 characters.',
    });

    const badOrg = await admin.request(CREATE_USER, { input: { ...input, organisationId: 'not-a-uuid' } });
    expect(errorCode(badOrg)).toBe('VALIDATION_FAILED');
    expect(badOrg.errors?.[0]?.extensions?.fields).toEqual({ organisationId: '"not-a-uuid" is not a valid id.' });

    const created = await admin.ok<{ createUser: { id: string; email: string; organisation: { id: string } } }>(CREATE_USER, { input });
    expect(created.createUser).toMatchObject({
      email: 'robin.hale@example.test',
      role: 'PRACTITIONER',
      active: true,
      organisation: { id: org.id },
    });

    const duplicate = await admin.request(CREATE_USER, { input });
    expect(errorCode(duplicate)).toBe('ALREADY_EXISTS');

    const robin = new GqlClient(app.url);
    expect((await robin.login('robin.hale@example.test', input.password)).errors).toBeUndefined();
    // A password hash never leaves the server, whatever is asked for.
    const leak = await robin.request(`{ me { passwordHash } }`);
    expect(leak.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('deactivating a user signs them out at once, and reactivating lets them back in', async () => {
    const { client, user } = await signedIn('PRACTITIONER');
    const deactivated = await admin.ok<{ deactivateUser: { active: boolean } }>(
      `mutation ($id: ID!) { deactivateUser(id: $id) { active } }`,
      { id: user.id },
    );
    expect(deactivated.deactivateUser.active).toBe(false);
    expect((await client.request(`{ me { id } }`)).data).toEqual({ me: null });
    expect(errorCode(await new GqlClient(app.url).login(user.email, TEST_PASSWORD))).toBe('FORBIDDEN');

    await admin.ok(`mutation ($id: ID!) { reactivateUser(id: $id) { active } }`, { id: user.id });
    expect((await new GqlClient(app.url).login(user.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('deactivating an organisation signs out all of its users, in every session, and nobody else', async () => {
    const org = await buildOrganisation(app.dataSource);
    const members = [];
    for (let i = 0; i < 3; i++) members.push(await buildUser(app.dataSource, { organisationId: org.id }));
    const outsider = await buildUser(app.dataSource);
    const me = async (client: GqlClient) => (await client.request<{ me: { id: string } | null }>(`{ me { id } }`)).data?.me?.id ?? null;
    // Every member is signed in, the first in two browsers; each session has been served once,
    // so the server remembers it.
    const sessions: Array<{ client: GqlClient; userId: string }> = [];
    for (const user of [...members, members[0]!, outsider]) {
      const client = new GqlClient(app.url);
      await client.login(user.email, TEST_PASSWORD);
      expect(await me(client)).toBe(user.id);
      sessions.push({ client, userId: user.id });
    }
    const outsiderSession = sessions.pop()!;

    await admin.ok(`mutation ($id: ID!) { deactivateOrganisation(id: $id) { active } }`, { id: org.id });
    for (const { client } of sessions) expect(await me(client)).toBeNull();
    expect(await me(outsiderSession.client)).toBe(outsider.id);
    const refused = await new GqlClient(app.url).login(members[1]!.email, TEST_PASSWORD);
    expect(errorCode(refused)).toBe('FORBIDDEN');

    const again = await admin.ok<{ reactivateOrganisation: { active: boolean } }>(
      `mutation ($id: ID!) { reactivateOrganisation(id: $id) { active } }`,
      { id: org.id },
    );
    expect(again.reactivateOrganisation.active).toBe(true);
    // The sessions were ended, not hidden while the organisation was inactive: they stay signed
    // out, and every member signs in afresh.
    for (const { client } of sessions) expect(await me(client)).toBeNull();
    for (const user of members) expect((await new GqlClient(app.url).login(user.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('refuses bad ids, unknown ids and self-deactivation with clear errors', async () => {
    const bad = await admin.request(`mutation { deactivateUser(id: "1; DROP TABLE app_user") { id } }`);
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    const unknown = await admin.request(`mutation { deactivateUser(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toBe('The user was not found.');
    const self = await admin.request(`mutation ($id: ID!) { deactivateUser(id: $id) { id } }`, { id: adminId });
    expect(errorCode(self)).toBe('FORBIDDEN');
    expect(self.errors?.[0]?.message).toBe('You cannot deactivate your own account. Ask another administrator.');
  });

  it('refuses passwords that are short once trimmed or easy to guess, with no rules about kinds of character', async () => {
    const org = await buildOrganisation(app.dataSource);
    const input = { name: 'Casey Fern', email: 'casey.fern@example.test', organisationId: org.id, role: 'PRACTITIONER' };
    const refusal = async (password: string) =>
      ((await admin.request(CREATE_USER, { input: { ...input, password } })).errors?.[0]?.extensions?.fields as Record<string, string>)
        ?.password;
    expect(await refusal(' '.repeat(12))).toBe('Enter a password of at least 12 characters.');
    expect(await refusal('   short    ')).toBe('Enter a password of at least 12 characters.');
    for (const guessable of ['password1234', 'qwertyuiop123', 'Summer2024!!', 'casey.fern@example.test', 'caseyfern2026']) {
      expect(await refusal(guessable), guessable).toMatch(/^This password is too easy to guess/);
    }
    // The demo password, and a few random words without digits or symbols, are fine.
    expect(await refusal('huddle-demo-2026')).toBeUndefined();
    const created = await admin.ok<{ createUser: { id: string } }>(CREATE_USER, {
      input: { ...input, email: 'casey.fern2@example.test', password: 'kettle orbit meadow' },
    });
    expect(created.createUser.id).toBeTruthy();
  });

  it('will not let an administrator deactivate their own organisation, which would sign them out', async () => {
    const { user } = await signedIn('PRACTITIONER');
    const own = await admin.request(`mutation ($id: ID!) { deactivateOrganisation(id: $id) { id } }`, {
      id: (await adminOrganisation()).id,
    });
    expect(errorCode(own)).toBe('FORBIDDEN');
    expect(own.errors?.[0]?.message).toMatch(/^You cannot deactivate your own organisation/);
    expect((await admin.ok<{ me: { id: string } }>(`{ me { id } }`)).me.id).toBe(adminId);
    // Another organisation can be deactivated.
    const other = await admin.ok<{ deactivateOrganisation: { active: boolean } }>(
      `mutation ($id: ID!) { deactivateOrganisation(id: $id) { active } }`,
      { id: user.organisationId },
    );
    expect(other.deactivateOrganisation.active).toBe(false);
  });

  it('refuses every admin mutation to non-administrators', async () => {
    const { client } = await signedIn('COORDINATOR');
    const id = '00000000-0000-4000-8000-000000000000';
    for (const mutation of ['deactivateUser', 'reactivateUser', 'deactivateOrganisation', 'reactivateOrganisation']) {
      expect(errorCode(await client.request(`mutation { ${mutation}(id: "${id}") { id } }`)), mutation).toBe('FORBIDDEN');
    }
    const input = { name: 'X', email: 'x@example.test', organisationId: id, role: 'ADMIN', password: 'a-long-enough-password' };
    expect(errorCode(await client.request(CREATE_USER, { input }))).toBe('FORBIDDEN');
  });
});
