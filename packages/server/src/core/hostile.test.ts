import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../test/client.js';
import { buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { createFullPerson, readPerson } from '../../test/people.js';

/** Hostile input gets a typed error and leaves nothing half-written, while others carry on. */
describe('hostile input', () => {
  let app: TestApp;
  let attacker: GqlClient;
  let colleague: GqlClient;
  let personId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const a = await buildUser(app.dataSource, { role: 'PRACTITIONER' });
    attacker = new GqlClient(app.url);
    await attacker.login(a.email, TEST_PASSWORD);
    const c = await buildUser(app.dataSource, { role: 'PRACTITIONER' });
    colleague = new GqlClient(app.url);
    await colleague.login(c.email, TEST_PASSWORD);
    personId = await createFullPerson(attacker);
  });
  afterAll(() => app.stop());

  const STORY = `mutation ($input: UpdatePersonStoryInput!) { updatePersonStory(input: $input) { story { version } } }`;

  const attacks: Array<[string, () => Promise<{ status: number; code?: string; fields?: unknown }>]> = [
    [
      'a depth bomb',
      async () => {
        const r = await attacker.request(`{ me { ${'organisation { '.repeat(40)}id${' }'.repeat(40)} } }`);
        return { status: r.status, code: String(r.errors?.[0]?.extensions?.code) };
      },
    ],
    [
      'an alias flood',
      async () => {
        const r = await attacker.request(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
        return { status: r.status, code: String(r.errors?.[0]?.extensions?.code) };
      },
    ],
    [
      'a batch flood',
      async () => {
        const r = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: attacker.cookie! },
          body: JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ me { id } }' }))),
        });
        return { status: r.status };
      },
    ],
    [
      'a huge string',
      async () => {
        const r = await attacker.request(STORY, { input: { personId, expectedVersion: 2, text: 'x'.repeat(900_000), personAgreed: true } });
        return { status: r.status, code: errorCode(r) };
      },
    ],
    [
      'a huge list',
      async () => {
        // Well-formed ids, so that only the list's length can refuse them.
        const r = await attacker.request(`mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, {
          ids: Array.from({ length: 20_000 }, () => randomUUID()),
        });
        return { status: r.status, code: errorCode(r), fields: r.errors?.[0]?.extensions?.fields };
      },
    ],
    [
      'a wrong type',
      async () => {
        const r = await attacker.request(STORY, { input: { personId, expectedVersion: 'two', text: 'x', personAgreed: true } });
        return { status: r.status, code: errorCode(r) };
      },
    ],
    [
      'an invalid UUID',
      async () => {
        const r = await attacker.request(STORY, { input: { personId: "1' OR '1'='1", expectedVersion: 2, text: 'x', personAgreed: true } });
        return { status: r.status, code: errorCode(r) };
      },
    ],
    [
      'an unknown enum value',
      async () => {
        const r = await attacker.request(
          `mutation { updatePersonNeed(input: { personId: "${personId}", expectedVersion: 1, domain: HOUSING_BENEFIT, status: DONE }) { id } }`,
        );
        return { status: r.status, code: errorCode(r) };
      },
    ],
    [
      'an oversized body',
      async () => {
        const r = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"' + 'a'.repeat(3_000_000) + '"}',
        });
        return { status: r.status };
      },
    ],
    [
      'malformed JSON',
      async () => {
        const r = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query": "{ me { id } }"',
        });
        return { status: r.status };
      },
    ],
  ];

  it('turns each attack away with a typed error, while a colleague is served throughout', async () => {
    const before = (await readPerson(attacker, personId)).data!.person.story;
    let serving = true;
    const colleagueResults: string[] = [];
    const steady = (async () => {
      while (serving) {
        const r = await colleague.request(`{ me { id } }`);
        colleagueResults.push(r.errors ? String(errorCode(r)) : 'OK');
      }
    })();
    const outcomes = await Promise.all(attacks.map(async ([name, attack]) => [name, await attack()] as const));
    serving = false;
    await steady;
    const byName = Object.fromEntries(outcomes);
    expect(byName['a depth bomb']).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(byName['an alias flood']!.status).toBe(400);
    expect(byName['a batch flood']!.status).toBe(400);
    expect(byName['a huge string']).toEqual({ status: 200, code: 'VALIDATION_FAILED' });
    expect(byName['a huge list']).toEqual({
      status: 200,
      code: 'VALIDATION_FAILED',
      fields: { ids: 'Mark 200 notifications or fewer at a time.' },
    });
    expect(byName['a wrong type']!.status).toBe(400);
    expect(byName['an invalid UUID']).toEqual({ status: 200, code: 'VALIDATION_FAILED' });
    expect(byName['an unknown enum value']!.status).toBe(400);
    expect(byName['an oversized body']!.status).toBe(413);
    expect(byName['malformed JSON']!.status).toBe(400);
    // Nothing was half-written, and the colleague never saw an error.
    expect((await readPerson(attacker, personId)).data!.person.story).toEqual(before);
    expect(colleagueResults.length).toBeGreaterThan(0);
    expect(colleagueResults.every((r) => r === 'OK')).toBe(true);
  }, 60_000);
});
