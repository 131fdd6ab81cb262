import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, readPerson } from '../../../test/people.js';

const CREATE = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id legalName access { basis } needs { domain status version } leadProfessionals { user { name } } } }`;
const STORY = `mutation ($input: UpdatePersonStoryInput!) { updatePersonStory(input: $input) { story { text version } } }`;
const NEED = `mutation ($input: UpdatePersonNeedInput!) { updatePersonNeed(input: $input) { needs { domain status notes version } } }`;

describe('recording and editing a person’s record', () => {
  let app: TestApp;
  let owner: GqlClient;
  let colleague: GqlClient;
  let admin: GqlClient;
  let orgId: string;

  beforeAll(async () => {
    app = await startTestApp();
    orgId = (await buildOrganisation(app.dataSource, { kind: 'PROBATION' })).id;
    const signIn = async (role: 'PRACTITIONER' | 'MANAGER' | 'ADMIN', name: string) => {
      const user = await buildUser(app.dataSource, { organisationId: orgId, role, name });
      const client = new GqlClient(app.url);
      await client.login(user.email, TEST_PASSWORD);
      return client;
    };
    owner = await signIn('PRACTITIONER', 'Sam Owner');
    colleague = await signIn('PRACTITIONER', 'Kim Colleague');
    admin = await signIn('ADMIN', 'Ada Admin');
  });
  afterAll(() => app.stop());

  it('creates a record owned by the creator’s organisation, with the creator as lead and seven needs', async () => {
    const input = {
      legalName: 'Jordan Blake',
      councilArea: 'Testshire',
      nhsNumber: '943 476 5919',
      prisonNumber: 'b1234cd',
      crn: 'x654321',
    };
    const created = await owner.ok<{
      createPerson: { id: string; access: { basis: string }; needs: unknown[]; leadProfessionals: Array<{ user: { name: string } }> };
    }>(CREATE, { input });
    expect(created.createPerson.access.basis).toBe('OWNER');
    expect(created.createPerson.needs).toHaveLength(7);
    expect(created.createPerson.leadProfessionals.map((l) => l.user.name)).toEqual(['Sam Owner']);
    const read = (await readPerson(owner, created.createPerson.id)).data!.person;
    expect(read.profile).toMatchObject({ nhsNumber: '9434765919', prisonNumber: 'B1234CD', crn: 'X654321' });
    expect(read.timeline.map((t) => t.summary)).toContain('Record created');

    // Tell it once: a second record with the same NHS number is refused, without confirming the
    // match (the creator may not be allowed to know whose number it is).
    const again = await owner.request(CREATE, { input: { ...input, crn: null } });
    expect(errorCode(again)).toBe('VALIDATION_FAILED');
    expect(again.errors?.[0]?.extensions?.fields).toEqual({
      nhsNumber: 'This number cannot be used. If you think this person already has a record, ask your coordinator.',
    });
  });

  it('rejects bad identifiers with a clear message for each, and saves nothing', async () => {
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM person`);
    const result = await owner.request(CREATE, {
      input: {
        legalName: 'Casey Moor',
        councilArea: 'Testshire',
        nhsNumber: '943 476 5918',
        prisonNumber: 'AB12345',
        crn: '1234567',
        dateOfBirth: '2999-01-01',
      },
    });
    expect(errorCode(result)).toBe('VALIDATION_FAILED');
    expect(result.errors?.[0]?.extensions?.fields).toEqual({
      nhsNumber: 'This NHS number is not valid: check the digits and try again.',
      prisonNumber: 'Enter a prison number as a letter, 4 digits and 2 letters, like A1234BC.',
      crn: 'Enter a CRN as a letter and 6 digits, like X123456.',
      dateOfBirth: 'The date of birth must be in the past.',
    });
    const badDate = await owner.request(CREATE, {
      input: { legalName: 'Casey Moor', councilArea: 'Testshire', dateOfBirth: '31/12/1990' },
    });
    expect(badDate.status).toBe(400);
    expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM person`)).toEqual(before);
  });

  it('detects a stale version and returns the current value, so nobody’s words are lost', async () => {
    const id = await createFullPerson(owner);
    const mine = await owner.ok<{ updatePersonStory: { story: { version: number } } }>(STORY, {
      input: { personId: id, expectedVersion: 2, text: 'First edit', personAgreed: true },
    });
    expect(mine.updatePersonStory.story.version).toBe(3);
    // The colleague started from version 2 too.
    const stale = await colleague.request(STORY, {
      input: { personId: id, expectedVersion: 2, text: 'Colleague edit', personAgreed: true },
    });
    expect(errorCode(stale)).toBe('VERSION_CONFLICT');
    expect(stale.errors?.[0]?.message).toBe(
      'Someone else saved this section while you were editing it. Check their change, then save again.',
    );
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ text: 'First edit', version: 3, recordedBy: 'Sam Owner' });
    const person = (await readPerson(owner, id)).data!.person;
    expect(person.story).toMatchObject({ text: 'First edit', version: 3 });
    // Merged and saved again from the current version.
    await colleague.ok(STORY, { input: { personId: id, expectedVersion: 3, text: 'First edit. Colleague edit', personAgreed: true } });
  });

  it('never makes different sections, or different needs, conflict', async () => {
    const id = await createFullPerson(owner);
    const RISK = `mutation ($input: UpdatePersonRiskInput!) { updatePersonRisk(input: $input) { risk { summary version } } }`;
    // Versions after createFullPerson: story 2, risk 2, each need 1.
    const versions = { story: 2, risk: 2, ACCOMMODATION: 1, FINANCE_AND_ID: 1 };
    type Saved = {
      updatePersonNeed?: { needs: Array<{ domain: string; version: number }> };
      updatePersonStory?: { story: { version: number } };
      updatePersonRisk?: { risk: { version: number } };
    };
    // Each round, two people save four different parts of one record at once: two sections of the
    // person row and two needs. Many rounds give the writers many chances to meet in the database.
    const ROUNDS = 12;
    const refused: unknown[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const edits: Array<[keyof typeof versions, Promise<{ errors?: unknown; data?: Saved | null }>]> = [
        [
          'ACCOMMODATION',
          owner.request<Saved>(NEED, {
            input: {
              personId: id,
              expectedVersion: versions.ACCOMMODATION,
              domain: 'ACCOMMODATION',
              status: 'IN_PROGRESS',
              notes: `Housing ${round}`,
            },
          }),
        ],
        [
          'FINANCE_AND_ID',
          colleague.request<Saved>(NEED, {
            input: {
              personId: id,
              expectedVersion: versions.FINANCE_AND_ID,
              domain: 'FINANCE_AND_ID',
              status: 'DONE',
              notes: `Passport ${round}`,
            },
          }),
        ],
        [
          'story',
          colleague.request<Saved>(STORY, {
            input: { personId: id, expectedVersion: versions.story, text: `Story ${round}`, personAgreed: true },
          }),
        ],
        ['risk', owner.request<Saved>(RISK, { input: { personId: id, expectedVersion: versions.risk, summary: `Risk ${round}` } })],
      ];
      for (const [part, pending] of edits) {
        const result = await pending;
        if (result.errors) {
          refused.push({ round, part, errors: result.errors });
          continue;
        }
        const saved = result.data!;
        versions[part] =
          saved.updatePersonStory?.story.version ??
          saved.updatePersonRisk?.risk.version ??
          saved.updatePersonNeed!.needs.find((n) => n.domain === part)!.version;
      }
    }
    expect(refused).toEqual([]);
    expect(versions).toEqual({ story: 2 + ROUNDS, risk: 2 + ROUNDS, ACCOMMODATION: 1 + ROUNDS, FINANCE_AND_ID: 1 + ROUNDS });
    const person = (await readPerson(owner, id)).data!.person;
    expect(person.story).toMatchObject({ text: `Story ${ROUNDS - 1}`, version: 2 + ROUNDS });
    expect(person.risk).toMatchObject({ summary: `Risk ${ROUNDS - 1}`, version: 2 + ROUNDS });
    expect(person.needs.find((n) => n.domain === 'ACCOMMODATION')).toMatchObject({ status: 'IN_PROGRESS', notes: `Housing ${ROUNDS - 1}` });
    expect(person.needs.find((n) => n.domain === 'FINANCE_AND_ID')).toMatchObject({ status: 'DONE', notes: `Passport ${ROUNDS - 1}` });
  });

  it('lets exactly one of many simultaneous edits of the same need win; the rest get VERSION_CONFLICT', async () => {
    const id = await createFullPerson(owner);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? owner : colleague).request(NEED, {
          input: { personId: id, expectedVersion: 1, domain: 'HEALTH', status: 'IN_PROGRESS', notes: `edit ${i}` },
        }),
      ),
    );
    // HEALTH is at version 2 after createFullPerson.
    const fresh = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? owner : colleague).request(NEED, {
          input: { personId: id, expectedVersion: 2, domain: 'HEALTH', status: 'IN_PROGRESS', notes: `edit ${i}` },
        }),
      ),
    );
    expect(results.every((r) => errorCode(r) === 'VERSION_CONFLICT')).toBe(true);
    const winners = fresh.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(fresh.filter((r) => errorCode(r) === 'VERSION_CONFLICT')).toHaveLength(7);
    const need = (await readPerson(owner, id)).data!.person.needs.find((n) => n.domain === 'HEALTH')!;
    expect(need.version).toBe(3);
    const changes = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM person_change WHERE person_id = $1 AND part = 'NEED:HEALTH'`,
      [id],
    );
    expect(changes[0].n).toBe(2); // the one from set-up, and the one winner
  });

  it('keeps before and after of every change, and writes the timeline by itself', async () => {
    const id = await createFullPerson(owner);
    await owner.ok(NEED, {
      input: { personId: id, expectedVersion: 1, domain: 'ACCOMMODATION', status: 'SUPPORT_REQUIRED', notes: 'Needs a ground-floor flat' },
    });
    const [change] = await app.dataSource.query(
      `SELECT before, after FROM person_change WHERE person_id = $1 AND part = 'NEED:ACCOMMODATION'`,
      [id],
    );
    expect(change).toEqual({
      before: { status: 'NOT_STARTED', notes: null },
      after: { status: 'SUPPORT_REQUIRED', notes: 'Needs a ground-floor flat' },
    });
    const timeline = (await readPerson(owner, id)).data!.person.timeline;
    expect(timeline[0]).toMatchObject({ kind: 'CHANGE', section: 'NEEDS', summary: 'Accommodation: Not started → Support required' });
  });

  it('records a story only with the person’s agreement', async () => {
    const id = await createFullPerson(owner);
    const refused = await owner.request(STORY, { input: { personId: id, expectedVersion: 2, text: 'x', personAgreed: false } });
    expect(errorCode(refused)).toBe('VALIDATION_FAILED');
    expect(refused.errors?.[0]?.extensions?.fields).toEqual({
      personAgreed: 'Record the story only when the person has agreed to it being recorded and shared.',
    });
  });

  it('returns HTML and SQL metacharacters inert, exactly as typed', async () => {
    const id = await createFullPerson(owner);
    const text = `<script>alert(1)</script> Robert'); DROP TABLE person;-- "quoted" & more`;
    await owner.ok(STORY, { input: { personId: id, expectedVersion: 2, text, personAgreed: true } });
    expect((await readPerson(owner, id)).data!.person.story?.text).toBe(text);
    const tables = await app.dataSource.query(`SELECT count(*)::int AS n FROM person`);
    expect(tables[0].n).toBeGreaterThan(0);
  });

  it('refuses invalid ids and unknown enum values with typed errors', async () => {
    expect(errorCode(await readPerson(owner, 'not-a-uuid'))).toBe('VALIDATION_FAILED');
    // No such person answers exactly as "not allowed" does, so an id confirms nothing.
    expect(errorCode(await readPerson(owner, '00000000-0000-4000-8000-000000000000'))).toBe('FORBIDDEN');
    const badEnum = await owner.request(NEED, {
      input: { personId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, domain: 'PARKING', status: 'DONE' },
    });
    expect(badEnum.status).toBe(400);
    expect(badEnum.errors?.[0]?.message).toMatch(/PARKING/);
  });

  it('keeps the audit append-only: the database refuses to change or delete it', async () => {
    const id = await createFullPerson(owner);
    await readPerson(owner, id);
    await expect(app.dataSource.query(`UPDATE audit_event SET actor_name = 'someone else' WHERE person_id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(app.dataSource.query(`DELETE FROM audit_event WHERE person_id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`TRUNCATE audit_event CASCADE`)).rejects.toThrow(/append-only/);
  });

  it('lets an administrator restrict a record (no changes while restricted) and erase it, leaving a tombstone', async () => {
    const id = await createFullPerson(owner);
    const notAdmin = await owner.request(`mutation ($id: ID!) { erasePerson(personId: $id, reason: "Retention period has ended") }`, {
      id,
    });
    expect(errorCode(notAdmin)).toBe('FORBIDDEN');
    const tooShort = await admin.request(`mutation ($id: ID!) { restrictPerson(personId: $id, reason: "short") }`, { id });
    expect(errorCode(tooShort)).toBe('VALIDATION_FAILED');

    await admin.ok(`mutation ($id: ID!) { restrictPerson(personId: $id, reason: "Accuracy contested by the person (Art. 18)") }`, { id });
    const blocked = await owner.request(STORY, {
      input: { personId: id, expectedVersion: 2, text: 'Change while restricted', personAgreed: true },
    });
    expect(errorCode(blocked)).toBe('RECORD_RESTRICTED');
    expect((await readPerson(owner, id)).data!.person.processingRestricted).toBe(true);

    await admin.ok(`mutation ($id: ID!) { erasePerson(personId: $id, reason: "Retention period has ended") }`, { id });
    expect(errorCode(await readPerson(owner, id))).toBe('FORBIDDEN');
    for (const table of ['person', 'person_need', 'person_timeline', 'person_change', 'person_lead', 'sharing_agreement']) {
      const column = table === 'person' ? 'id' : 'person_id';
      const left = await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [id]);
      expect(left[0].n, table).toBe(0);
    }
    const tombstone = await app.dataSource.query(
      `SELECT actor_name, purpose, detail FROM audit_event WHERE person_id = $1 AND action = 'ERASE'`,
      [id],
    );
    expect(tombstone).toEqual([{ actor_name: 'Ada Admin', purpose: 'Retention period has ended', detail: { tombstone: true } }]);
    // The trail of who saw the record survives, holding no personal data.
    const trail: Array<{ detail: unknown; purpose: string | null }> = await app.dataSource.query(
      `SELECT detail, purpose FROM audit_event WHERE person_id = $1`,
      [id],
    );
    expect(trail.length).toBeGreaterThan(3);
    expect(JSON.stringify(trail)).not.toMatch(/My story|Restricted risk|Test Person/);
  });
});
