import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NDTA } from '@casehuddle/shared';
import { getMetadataStorage as getClassValidatorMetadata } from 'class-validator';
import { GraphQLError } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, errorCode, GqlClient } from '../../test/client.js';
import { buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { createFullPerson, readPerson, TEST_LAWFUL_BASIS } from '../../test/people.js';
import { toClientError } from '../core/errors.js';
import { UNSTORABLE_TEXT_MESSAGE } from '../core/security.js';

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

/**
 * A corpus of bad input, each item once found to reach PostgreSQL or Express unchecked. Every
 * request must be answered with a typed error, never INTERNAL_SERVER_ERROR or HTTP 500, and
 * no answer may quote a large input back.
 */
describe('a corpus of bad input', () => {
  let app: TestApp;
  let owner: GqlClient;
  let coordinator: GqlClient;
  let ownerId: string;
  let coordinatorId: string;
  let ownOrganisationId: string;
  let personId: string;
  let huddleId: string;
  let clientDist: string;
  const unknownOrganisation = '5b0c7f4e-3a1d-4c6b-9e2f-8d7a6b5c4d3e';

  beforeAll(async () => {
    clientDist = mkdtempSync(path.join(tmpdir(), 'casehuddle-client-'));
    mkdirSync(path.join(clientDist, 'assets'));
    writeFileSync(path.join(clientDist, 'index.html'), '<!doctype html><title>CaseHuddle</title>');
    app = await startTestApp({ env: { CLIENT_DIST: clientDist } });
    const o = await buildUser(app.dataSource, { role: 'PRACTITIONER' });
    ownerId = o.id;
    ownOrganisationId = o.organisationId;
    owner = new GqlClient(app.url);
    await owner.login(o.email, TEST_PASSWORD);
    const c = await buildUser(app.dataSource, { role: 'COORDINATOR', organisationId: o.organisationId });
    coordinatorId = c.id;
    coordinator = new GqlClient(app.url);
    await coordinator.login(c.email, TEST_PASSWORD);
    personId = await createFullPerson(owner);
    huddleId = (
      await coordinator.ok<{ createHuddle: { id: string } }>(
        `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
        {
          input: { name: 'Corpus huddle', councilArea: 'Testshire', memberOrganisationIds: [ownOrganisationId], chairIds: [coordinatorId] },
        },
      )
    ).createHuddle.id;
  });
  afterAll(async () => {
    await app.stop();
    rmSync(clientDist, { recursive: true, force: true });
  });

  const year0 = '0000-01-01';
  const nul = 'before\u0000after';
  const lone = 'before\ud800after';
  const long = (n: number) => 'x'.repeat(n);
  type Outcome = { status: number; code?: string; fields?: unknown; bytes: number };
  const gql = async (client: GqlClient, query: string, variables?: Record<string, unknown>): Promise<Outcome> => {
    const r = await client.request(query, variables);
    return {
      status: r.status,
      code: errorCode(r),
      fields: r.errors?.[0]?.extensions?.fields,
      bytes: JSON.stringify(r.errors ?? r.data).length,
    };
  };
  const http = async (pathname: string, init?: RequestInit): Promise<Outcome> => {
    const r = await fetch(`${app.url}${pathname}`, init);
    const text = await r.text();
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;
    } catch {
      // not JSON
    }
    return { status: r.status, code, bytes: text.length };
  };
  const STORY = `mutation ($input: UpdatePersonStoryInput!) { updatePersonStory(input: $input) { id } }`;
  const BOOK = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } } }`;
  const ITEM = `mutation ($input: UpdateReleasePlanItemInput!) { updateReleasePlanItem(input: $input) { personId } }`;
  const HUDDLE = `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`;
  const PROFILE = `mutation ($input: UpdatePersonProfileInput!) { updatePersonProfile(input: $input) { id } }`;
  const SITUATION = `mutation ($input: UpdatePersonSituationInput!) { updatePersonSituation(input: $input) { id } }`;
  const CREATE_PERSON = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
  const profile = { legalName: 'Corpus Person', councilArea: 'Testshire' };

  const corpus: Array<[string, () => Promise<Outcome>]> = [
    // Dates the scalar accepted but PostgreSQL does not.
    ['year 0 in a search', () => gql(owner, `query ($d: LocalDate) { people(search: { dateOfBirth: $d }) { id } }`, { d: year0 })],
    ['year 0 in an action filter', () => gql(owner, `query ($d: LocalDate) { actions(filter: { dueFrom: $d }) { id } }`, { d: year0 })],
    [
      'year 0 in appointments',
      () => gql(owner, `query ($p: ID!, $d: LocalDate) { appointments(personId: $p, from: $d) { id } }`, { p: personId, d: year0 }),
    ],
    ['year 0 in a booking', () => gql(owner, BOOK, { input: { personId, purpose: 'x', date: year0, window: 'MORNING' } })],
    [
      'year 0 in an assessment',
      () =>
        gql(owner, `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { rescoreDue } }`, {
          input: { personId, assessedOn: year0, scores: NDTA.domains.map((d) => ({ domain: d.key, score: d.min })) },
        }),
    ],
    [
      'year 0 in an agreement',
      () =>
        gql(owner, `mutation ($input: RecordSharingAgreementInput!) { recordSharingAgreement(input: $input) { id } }`, {
          input: {
            personId,
            organisationIds: [ownOrganisationId],
            sections: ['STORY'],
            agreedOn: year0,
            expiresOn: '2099-01-01',
            lawfulBasis: TEST_LAWFUL_BASIS,
          },
        }),
    ],
    [
      'year 0 in a release item',
      () => gql(owner, ITEM, { input: { personId, expectedVersion: 0, item: 'ID', status: 'DONE', onDate: year0 } }),
    ],
    [
      'year 0 in a meeting time',
      () =>
        gql(coordinator, `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { id } }`, {
          h: huddleId,
          at: '0000-01-01T10:00:00Z',
        }),
    ],
    // Organisations that do not exist.
    [
      'an unknown huddle member',
      () =>
        gql(coordinator, HUDDLE, {
          input: { name: 'x', councilArea: 'Testshire', memberOrganisationIds: [unknownOrganisation], chairIds: [coordinatorId] },
        }),
    ],
    [
      'an unknown booking organisation',
      () =>
        gql(owner, BOOK, { input: { personId, purpose: 'x', date: '2027-01-01', window: 'MORNING', organisationId: unknownOrganisation } }),
    ],
    [
      'an unknown owning organisation',
      () =>
        gql(owner, ITEM, {
          input: { personId, expectedVersion: 0, item: 'BANK_ACCOUNT', status: 'IN_PROGRESS', owningOrganisationId: unknownOrganisation },
        }),
    ],
    [
      'an unknown referring organisation',
      () =>
        gql(coordinator, `mutation ($input: AddToCaseloadInput!) { addToCaseload(input: $input) { warning } }`, {
          input: { huddleId, personId, referringOrganisationId: unknownOrganisation, offerOfHelp: 'x', coordinatorId },
        }),
    ],
    // NUL bytes and lone surrogates.
    ['NUL in a story', () => gql(owner, STORY, { input: { personId, expectedVersion: 2, text: nul, personAgreed: true } })],
    ['a lone surrogate in a story', () => gql(owner, STORY, { input: { personId, expectedVersion: 2, text: lone, personAgreed: true } })],
    [
      'NUL in a story, as a literal',
      () =>
        gql(
          owner,
          `mutation { updatePersonStory(input: { personId: "${personId}", expectedVersion: 2, text: "a\\u0000b", personAgreed: true }) { id } }`,
        ),
    ],
    [
      'NUL in a timeline note',
      () => gql(owner, `mutation ($p: ID!, $t: String!) { addTimelineNote(personId: $p, text: $t) { id } }`, { p: personId, t: nul }),
    ],
    [
      'NUL in an action title',
      () =>
        gql(owner, `mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
          input: { title: nul, ownerId, dueDate: '2027-01-01' },
        }),
    ],
    ['NUL in a search', () => gql(owner, `query ($n: String) { people(search: { name: $n }) { id } }`, { n: nul })],
    [
      'NUL in a sign-in email',
      () =>
        gql(new GqlClient(app.url), `mutation ($e: String!) { login(email: $e, password: "whatever-it-is") { id } }`, {
          e: `a${nul}@example.test`,
        }),
    ],
    // Text in nested inputs and plain arguments, longer than the database allows.
    [
      'a long pronoun in a profile',
      () => gql(owner, PROFILE, { input: { personId, expectedVersion: 1, profile: { ...profile, pronouns: long(41) } } }),
    ],
    [
      'a long establishment in a situation',
      () => gql(owner, SITUATION, { input: { personId, expectedVersion: 1, situation: { kind: 'CUSTODY', establishment: long(301) } } }),
    ],
    [
      'long notes in a situation',
      () => gql(owner, SITUATION, { input: { personId, expectedVersion: 1, situation: { kind: 'CUSTODY', notes: long(5001) } } }),
    ],
    [
      'long notes in a new person',
      () => gql(owner, CREATE_PERSON, { input: { ...profile, situation: { kind: 'COMMUNITY', notes: long(5001) } } }),
    ],
    [
      'a long withdrawal reason',
      async () => {
        const recorded = await owner.ok<{ recordSharingAgreement: { sharingAgreements: Array<{ id: string }> } }>(
          `mutation ($input: RecordSharingAgreementInput!) { recordSharingAgreement(input: $input) { sharingAgreements { id } } }`,
          {
            input: {
              personId,
              organisationIds: [ownOrganisationId],
              sections: ['STORY'],
              agreedOn: '2026-01-01',
              expiresOn: '2099-01-01',
              lawfulBasis: TEST_LAWFUL_BASIS,
            },
          },
        );
        const id = recorded.recordSharingAgreement.sharingAgreements[0]!.id;
        return gql(owner, `mutation ($id: ID!, $r: String) { withdrawSharingAgreement(id: $id, reason: $r) { id } }`, {
          id,
          r: long(5001),
        });
      },
    ],
    // Plain text arguments, far too long, and numbers out of range.
    [
      'a long timeline note',
      () =>
        gql(owner, `mutation ($p: ID!, $t: String!) { addTimelineNote(personId: $p, text: $t) { id } }`, { p: personId, t: long(6000) }),
    ],
    [
      'a long break-glass reason',
      () =>
        gql(coordinator, `mutation ($p: ID!, $r: String!) { breakGlass(personId: $p, reason: $r) { expiresAt } }`, {
          p: personId,
          r: long(6000),
        }),
    ],
    [
      'a long restriction reason',
      () => gql(owner, `mutation ($p: ID!, $r: String!) { restrictPerson(personId: $p, reason: $r) }`, { p: personId, r: long(6000) }),
    ],
    [
      'a long unrestriction reason',
      () => gql(owner, `mutation ($p: ID!, $r: String!) { unrestrictPerson(personId: $p, reason: $r) }`, { p: personId, r: long(6000) }),
    ],
    [
      'a long lock-down reason',
      () =>
        gql(owner, `mutation ($p: ID!, $r: String!) { setPersonLockdown(personId: $p, lockedDown: true, reason: $r) { id } }`, {
          p: personId,
          r: long(6000),
        }),
    ],
    [
      'a long erasure reason',
      () => gql(owner, `mutation ($p: ID!, $r: String!) { erasePerson(personId: $p, reason: $r) }`, { p: personId, r: long(6000) }),
    ],
    [
      'a long measure key',
      () =>
        gql(coordinator, `query ($h: ID!, $m: String!) { caseloadOutcomes(huddleId: $h, measureKey: $m) { huddleId } }`, {
          h: huddleId,
          m: long(6000),
        }),
    ],
    [
      'a long council area',
      () => gql(coordinator, `query ($c: String) { releaseForecast(councilArea: $c) { months } }`, { c: long(6000) }),
    ],
    [
      'a malformed forecast month',
      () =>
        gql(coordinator, `query ($c: String!, $m: String!) { releaseForecastPeople(councilArea: $c, month: $m) { releaseDate } }`, {
          c: 'Testshire',
          m: '0000-13',
        }),
    ],
    ['a forecast of 2 billion months', () => gql(coordinator, `{ releaseForecast(months: 2147483647) { months } }`)],
    ['releases within minus 2 billion days', () => gql(coordinator, `{ upcomingReleases(withinDays: -2147483647) { releaseDate } }`)],
    ['a negative offset', () => gql(owner, `{ actions(limit: -1, offset: -5) { id } }`)],
    ['a huge offset', () => gql(owner, `{ actions(offset: 2147483647) { id } }`)],
    ['a number too large for Int', () => gql(owner, `{ actions(limit: 99999999999) { id } }`)],
    // Echoes and suggestions.
    [
      'a huge value for an enum',
      () => gql(owner, `query ($s: [ActionStatus!]) { actions(filter: { statuses: $s }) { id } }`, { s: [long(900_000)] }),
    ],
    // HTTP that Express could not read.
    ['a malformed URL', () => http('/%E0%A4%A')],
    ['a malformed URL under /assets', () => http('/assets/%E0%A4%A')],
    [
      'an unknown content encoding',
      () =>
        http('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-encoding': 'x-unknown' },
          body: '{"query":"{ me { id } }"}',
        }),
    ],
    [
      'a corrupt gzip body',
      () =>
        http('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
          body: Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6]),
        }),
    ],
  ];

  it('answers every item with a typed error, never an internal error, and never quotes a large input', async () => {
    const failures: string[] = [];
    const outcomes: Record<string, Outcome> = {};
    for (const [name, attempt] of corpus) {
      const outcome = await attempt();
      outcomes[name] = outcome;
      if (outcome.status >= 500 || outcome.code === 'INTERNAL_SERVER_ERROR' || outcome.bytes > 4_000)
        failures.push(`${name}: ${JSON.stringify(outcome)}`);
    }
    expect(failures).toEqual([]);
    // Dates before year 1 are refused by the scalar, as any malformed date is.
    for (const name of Object.keys(outcomes).filter((n) => n.startsWith('year 0')))
      expect(outcomes[name], name).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    // Organisations that do not exist are named.
    expect(outcomes['an unknown huddle member']).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { organisationId: 'The organisation given was not found.' },
    });
    expect(outcomes['an unknown booking organisation']).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { organisationId: 'The organisation given was not found.' },
    });
    expect(outcomes['an unknown owning organisation']).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { owningOrganisationId: 'The organisation given was not found.' },
    });
    expect(outcomes['an unknown referring organisation']).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { referringOrganisationId: 'The organisation given was not found.' },
    });
    // Text that cannot be stored is refused before any resolver runs, naming the field.
    const unstorable = { status: 400, code: 'VALIDATION_FAILED' };
    expect(outcomes['NUL in a story']).toMatchObject({ ...unstorable, fields: { text: UNSTORABLE_TEXT_MESSAGE } });
    expect(outcomes['a lone surrogate in a story']).toMatchObject({ ...unstorable, fields: { text: UNSTORABLE_TEXT_MESSAGE } });
    expect(outcomes['NUL in a story, as a literal']).toMatchObject({ ...unstorable, fields: { text: UNSTORABLE_TEXT_MESSAGE } });
    expect(outcomes['NUL in a timeline note']).toMatchObject({ ...unstorable, fields: { text: UNSTORABLE_TEXT_MESSAGE } });
    expect(outcomes['NUL in an action title']).toMatchObject({ ...unstorable, fields: { title: UNSTORABLE_TEXT_MESSAGE } });
    expect(outcomes['NUL in a search']).toMatchObject({ ...unstorable, fields: { name: UNSTORABLE_TEXT_MESSAGE } });
    expect(outcomes['NUL in a sign-in email']).toMatchObject({ ...unstorable, fields: { email: UNSTORABLE_TEXT_MESSAGE } });
    // Nested inputs are checked with the same rules as top-level ones, by the API, not the database.
    expect(outcomes['a long pronoun in a profile']).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { 'profile.pronouns': 'Keep pronouns to 40 characters or fewer.' },
    });
    expect(outcomes['a long establishment in a situation']).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { 'situation.establishment': 'Keep this to 300 characters or fewer.' },
    });
    expect(outcomes['long notes in a situation']).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { 'situation.notes': 'Keep this to 5,000 characters or fewer.' },
    });
    expect(outcomes['long notes in a new person']).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { 'situation.notes': 'Keep this to 5,000 characters or fewer.' },
    });
    expect(outcomes['a long withdrawal reason']).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { reason: 'Keep the reason to 5,000 characters or fewer.' },
    });
    // Requests Express could not read.
    expect(outcomes['a malformed URL']!.status).toBe(400);
    expect(outcomes['an unknown content encoding']).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(outcomes['a corrupt gzip body']).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  }, 60_000);

  it('turns what PostgreSQL refuses for its data into VALIDATION_FAILED, naming the field it can', async () => {
    const refusal = async (sql: string, params: unknown[] = []) => {
      const error = await app.dataSource.query(sql, params).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, sql).toBeDefined();
      return toClientError({ message: 'raw' }, new GraphQLError('raw', { originalError: error as Error }));
    };
    expect(await refusal(`UPDATE person SET pronouns = repeat('x', 41) WHERE id = $1`, [personId])).toMatchObject({
      message: 'Some of the information given is too long or not allowed.',
      extensions: { code: 'VALIDATION_FAILED', fields: { pronouns: 'This is too long or not allowed.' } },
    });
    expect(await refusal(`UPDATE person SET owning_organisation_id = $2 WHERE id = $1`, [personId, unknownOrganisation])).toMatchObject({
      extensions: { code: 'VALIDATION_FAILED', fields: { owningOrganisationId: 'The organisation given was not found.' } },
    });
    expect(await refusal(`SELECT $1::text`, ['a\u0000b'])).toMatchObject({ extensions: { code: 'VALIDATION_FAILED' } });
    expect(await refusal(`SELECT '0000-01-01'::date`)).toMatchObject({ message: 'A date or time given is not valid.' });
    expect(await refusal(`SELECT 'not-a-uuid'::uuid`)).toMatchObject({ extensions: { code: 'VALIDATION_FAILED' } });
    // A fault of the code stays an internal error, and its detail stays on the server.
    expect(await refusal(`SELECT * FROM no_such_table`)).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(await refusal(`SELECT 1 / 0`)).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('refuses text that cannot be stored over the WebSocket too', async () => {
    const ws = owner.ws(app.wsUrl);
    try {
      const sub = collect(ws, `subscription ($p: ID!) { personChanged(personId: $p) { personId } }`, { p: `${personId}\u0000` });
      const ended = (await sub.ended) as Array<{ message: string; extensions?: { code?: string; fields?: unknown } }>;
      expect(ended[0]).toMatchObject({ extensions: { code: 'VALIDATION_FAILED', fields: { personId: UNSTORABLE_TEXT_MESSAGE } } });
    } finally {
      await ws.dispose();
    }
  });

  it('quotes at most a short excerpt of a value it refuses', async () => {
    const r = await owner.request(`query ($s: [ActionStatus!]) { actions(filter: { statuses: $s }) { id } }`, {
      s: [`${'y'.repeat(900_000)}z`],
    });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toContain(`"${'y'.repeat(60)}…"`);
    expect(r.errors![0]!.message.length).toBeLessThan(400);
  });

  it('treats % and _ in a short name search as themselves, not as wildcards', async () => {
    for (const name of ['%%', '__', '%_', '\\%']) {
      const r = await owner.request<{ people: unknown[] }>(`query ($n: String) { people(search: { name: $n }) { id } }`, { n: name });
      expect(r.errors, name).toBeUndefined();
      expect(r.data!.people, name).toEqual([]);
    }
    // A real two-letter search still finds by substring.
    const found = await owner.ok<{ people: Array<{ id: string }> }>(`query { people(search: { name: "es" }) { id } }`);
    expect(found.people.map((p) => p.id)).toContain(personId);
  });

  it('marks every GraphQL answer as not to be stored by any cache', async () => {
    const anonymous = await new GqlClient(app.url).request(`{ me { id } }`);
    const signedIn = await owner.request(`{ me { id } }`);
    const failed = await owner.request(`{ nothing }`);
    const refused = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    for (const headers of [anonymous.headers, signedIn.headers, failed.headers, refused.headers])
      expect(headers.get('cache-control')).toBe('no-store');
  });

  it('checks every nested input with its own rules (class-validator needs @ValidateNested to look inside)', () => {
    const inputs = getMetadataStorage().inputTypes;
    const inputClasses = new Set<unknown>(inputs.map((i) => i.target));
    const unchecked: string[] = [];
    for (const input of inputs) {
      const nested = getClassValidatorMetadata()
        .getTargetValidationMetadatas(input.target, '', true, false)
        .filter((m) => m.type === 'nestedValidation')
        .map((m) => m.propertyName);
      for (const field of input.fields ?? []) {
        if (inputClasses.has(field.getType()) && !nested.includes(field.name)) unchecked.push(`${input.name}.${field.name}`);
      }
    }
    expect(unchecked).toEqual([]);
  });
});
