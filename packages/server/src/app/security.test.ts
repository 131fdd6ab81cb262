import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../test/client.js';
import { buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

describe('the security baseline over HTTP', () => {
  let app: TestApp;
  let client: GqlClient;
  beforeAll(async () => {
    app = await startTestApp();
    const user = await buildUser(app.dataSource, { role: 'ADMIN' });
    client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
  });
  afterAll(() => app.stop());

  it('answers /healthz when the database answers and live events are heard', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', checks: { database: 'ok', eventListener: 'ok' } });
  });

  it('sends security headers', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('blocks simple (CSRF-able) requests', async () => {
    const form = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: client.cookie! },
      body: JSON.stringify({ query: '{ users { email } }' }),
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/CSRF/);
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ users { email } }')}`, {
      headers: { cookie: client.cookie! },
    });
    expect(get.status).toBe(400);
  });

  it('refuses queries that are too deep, too aliased or too long', async () => {
    const deep = await client.request(`{ me { ${'organisation { '.repeat(12)}id${' }'.repeat(12)} } }`);
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]?.message).toMatch(/depth limit of 10 exceeded/);
    const aliases = await client.request(`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
    expect(aliases.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
    const tokens = await client.request(`{ me { ${'id '.repeat(3000)} } }`);
    expect(tokens.errors?.[0]?.message).toMatch(/contains more th\w+ 2000 tokens/);
    // Ten copies of a full agenda, each cheap alone, together cost more than the limit.
    const agenda = `meeting(id: "00000000-0000-4000-8000-000000000000") { id items { id notes person { id displayName access { basis sections } profile { councilArea } }
      actions { id title owner { id name organisation { id name kind } } createdBy { id name organisation { id name } } } } attendance { user { id name organisation { id name } } } }`;
    const costly = await client.request(`{ ${Array.from({ length: 10 }, (_, i) => `m${i}: ${agenda}`).join(' ')} }`);
    expect(costly.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('refuses batched requests and oversized bodies with a typed error', async () => {
    const batch = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: client.cookie! },
      body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ me { id } }' }))),
    });
    expect(batch.status).toBe(400);
    const huge = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({
      errors: [{ message: 'The request is too large (the limit is 1 MB).', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('keeps introspection on outside production', async () => {
    const result = await client.request(`{ __schema { queryType { name } } }`);
    expect(result.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('the security baseline in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { NODE_ENV: 'production', COOKIE_SECURE: 'false' } });
  });
  afterAll(() => app.stop());

  it('turns introspection and field suggestions off', async () => {
    const client = new GqlClient(app.url);
    const introspection = await client.request(`{ __schema { queryType { name } } }`);
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await client.request(`{ mee { id } }`);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('gives no suggestions for variables and enum values either', async () => {
    const client = new GqlClient(app.url);
    const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`;
    const input = { name: 'X', email: 'x@example.test', organisationId: 'x', role: 'ADMIN', password: 'x' };
    const misspeltField = await client.request(CREATE_USER, { input: { ...input, nmae: 'X' } });
    const misspeltEnum = await client.request(CREATE_USER, { input: { ...input, role: 'ADMN' } });
    const misspeltLiteral = await client.request(`{ people(search: { nmae: "x" }) { id } }`);
    for (const result of [misspeltField, misspeltEnum, misspeltLiteral]) {
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.message).toBeTruthy();
      expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|"name"|"ADMIN"/);
    }
  });

  it('hides the detail of unexpected errors', async () => {
    // Break the database connection for one statement by asking for a table that is gone.
    await app.dataSource.query(`ALTER TABLE organisation RENAME TO organisation_moved`);
    try {
      const user = await buildUser(app.dataSource, { role: 'ADMIN' }).catch(() => null);
      expect(user).toBeNull();
      const client = new GqlClient(app.url);
      const result = await client.login('someone@example.test', 'a-long-enough-password');
      expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
      expect(result.errors?.[0]?.message).toBe(
        'Something went wrong on our side. Please try again; if it keeps happening, contact your administrator.',
      );
      expect(JSON.stringify(result)).not.toMatch(/organisation|relation|stack/i);
    } finally {
      await app.dataSource.query(`ALTER TABLE organisation_moved RENAME TO organisation`);
    }
  });
});
