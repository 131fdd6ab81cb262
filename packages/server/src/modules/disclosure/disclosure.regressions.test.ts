import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient, type GqlResult } from '../../../test/client.js';
import { buildOrganisation, buildUser, nextNhsNumber, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, readPerson, recordAgreement } from '../../../test/people.js';

/**
 * The disclosures found by testing the features built on the person record, each as a named
 * regression test. The record is held by probation (custody, release in 5 days); housing has
 * STORY, NEEDS and CONTACT; the charity chairs the huddle and has STORY and NEEDS.
 */
describe('the disclosure gate: regressions', () => {
  let app: TestApp;
  const orgs: Record<string, string> = {};
  const c: Record<string, GqlClient> = {};
  const users: Record<string, { id: string }> = {};
  let personId: string;
  let huddleId: string;
  let meetingId: string;

  const signIn = async (key: string, org: string, role: 'PRACTITIONER' | 'COORDINATOR' | 'MANAGER' | 'ADMIN') => {
    const user = await buildUser(app.dataSource, { organisationId: orgs[org]!, role, name: `User ${key}` });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    c[key] = client;
    users[key] = user;
  };
  const count = async (sql: string, params: unknown[]) => ((await app.dataSource.query(sql, params)) as Array<{ n: number }>)[0]!.n;
  const readAudit = (id: string) =>
    app.dataSource.query(`SELECT action, actor_id, sections, purpose FROM audit_event WHERE person_id = $1 ORDER BY id`, [id]) as Promise<
      Array<{ action: string; actor_id: string; sections: string[]; purpose: string | null }>
    >;
  const itemsOf = async (client: GqlClient, id: string) =>
    (
      await client.ok<{ meeting: { items: Array<{ kind: string; title: string; reason: string | null; person: { id: string } | null }> } }>(
        `query ($id: ID!) { meeting(id: $id) { items { kind title reason person { id } } } }`,
        { id },
      )
    ).meeting.items;

  beforeAll(async () => {
    app = await startTestApp();
    for (const [key, kind] of [
      ['probation', 'PROBATION'],
      ['housing', 'COUNCIL_HOUSING'],
      ['charity', 'CHARITY'],
      ['police', 'POLICE'],
    ] as const) {
      orgs[key] = (await buildOrganisation(app.dataSource, { kind, name: `Org ${key}` })).id;
    }
    await signIn('probation', 'probation', 'PRACTITIONER');
    await signIn('probationManager', 'probation', 'MANAGER');
    await signIn('housing', 'housing', 'PRACTITIONER');
    await signIn('chair', 'charity', 'COORDINATOR');
    await signIn('police', 'police', 'PRACTITIONER');
    await signIn('admin', 'police', 'ADMIN');
    personId = await createFullPerson(c.probation!, 'Aaron Testworth');
    await app.dataSource.query(`UPDATE person SET release_date = current_date + 5 WHERE id = $1`, [personId]);
    await recordAgreement(c.probation!, personId, [orgs.housing!], ['STORY', 'NEEDS', 'CONTACT']);
    await recordAgreement(c.probation!, personId, [orgs.charity!], ['STORY', 'NEEDS']);
    huddleId = (
      await c.chair!.ok<{ createHuddle: { id: string } }>(`mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`, {
        input: {
          name: 'Testvale MEAM',
          councilArea: 'Testshire',
          memberOrganisationIds: [orgs.charity, orgs.probation, orgs.housing],
          chairIds: [users.chair!.id],
        },
      })
    ).createHuddle.id;
    await c.chair!.ok(`mutation ($input: AddToCaseloadInput!) { addToCaseload(input: $input) { warning } }`, {
      input: { huddleId, personId, referringOrganisationId: orgs.probation, offerOfHelp: 'Weekly contact', coordinatorId: users.chair!.id },
    });
    const scheduled = await c.chair!.ok<{ scheduleMeeting: { meetings: Array<{ id: string }> } }>(
      `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { meetings { id } } }`,
      { h: huddleId, at: new Date(Date.now() + 3_600_000).toISOString() },
    );
    meetingId = scheduled.scheduleMeeting.meetings[0]!.id;
  });
  afterAll(() => app.stop());

  it('1. a release coming shows no date, no release wording and no kind to members without OFFENDING, live, carried over and in the minutes', async () => {
    const probationItem = (await itemsOf(c.probation!, meetingId)).find((i) => i.person?.id === personId)!;
    expect(probationItem.kind).toBe('RELEASE_SOON');
    expect(probationItem.title).toMatch(/^Release due \d{1,2} [A-Z][a-z]{2} \d{4}$/);

    const seen = async (client: GqlClient, id: string) => {
      const items = await itemsOf(client, id);
      const item = items.find((i) => i.person?.id === personId)!;
      expect(item.kind).toBe('PERSON_DISCUSSED');
      expect(item.title).toBe('Person discussed (details restricted)');
      expect(item.reason).toBeNull();
      expect(JSON.stringify(items)).not.toMatch(/release|discharge|OFFENDING|HEALTH/i);
    };
    await seen(c.housing!, meetingId);
    await seen(c.chair!, meetingId);

    // Closed without reaching the item: the minutes and the next meeting's carried-over item.
    await c.chair!.ok(`mutation ($id: ID!) { startMeeting(meetingId: $id) { id } }`, { id: meetingId });
    await c.chair!.ok(`mutation ($id: ID!) { closeMeeting(meetingId: $id) { id } }`, { id: meetingId });
    await seen(c.housing!, meetingId);
    const [next] = await app.dataSource.query(`SELECT id FROM meeting WHERE huddle_id = $1 AND status = 'PLANNED'`, [huddleId]);
    const carried = (await itemsOf(c.probation!, next.id)).find((i) => i.person?.id === personId)!;
    expect(carried.kind).toBe('CARRIED_OVER');
    expect(carried.title).toMatch(/^Release due/);
    await seen(c.housing!, next.id);
  });

  it('2. refusals name no section and are the same whatever the person’s situation', async () => {
    const community = await createFullPerson(c.probation!, 'Casey Community');
    await app.dataSource.query(`UPDATE person SET situation_kind = 'COMMUNITY', establishment = NULL, release_date = NULL WHERE id = $1`, [
      community,
    ]);
    await recordAgreement(c.probation!, community, [orgs.housing!], ['STORY', 'CONTACT']);
    const plan = (id: string) => c.housing!.request(`query ($id: ID!) { releasePlan(personId: $id) { releaseDate } }`, { id });
    const custodyAnswer = (await plan(personId)).errors![0]!;
    const communityAnswer = (await plan(community)).errors![0]!;
    expect(custodyAnswer.extensions).toEqual(communityAnswer.extensions);
    expect(custodyAnswer.message).toBe(communityAnswer.message);
    expect(JSON.stringify(custodyAnswer)).not.toMatch(/OFFENDING|HEALTH|NEEDS|section|custody|hospital/i);
    const situation = await c.housing!.request(
      `mutation ($input: UpdatePersonSituationInput!) { updatePersonSituation(input: $input) { id } }`,
      { input: { personId, expectedVersion: 1, situation: { kind: 'COMMUNITY' } } },
    );
    expect(errorCode(situation)).toBe('FORBIDDEN');
    expect(JSON.stringify(situation.errors)).not.toMatch(/OFFENDING|HEALTH|section/i);
  });

  it('3. a date-of-birth search finds no locked-down or restricted record for a names-only viewer', async () => {
    const locked = await createFullPerson(c.probation!, 'Lee Locked');
    await recordAgreement(c.probation!, locked, [orgs.housing!], ['STORY']);
    const search = (client: GqlClient) =>
      client.ok<{ people: Array<{ id: string }> }>(`query { people(search: { dateOfBirth: "1988-04-12" }) { id } }`);
    expect((await search(c.housing!)).people.map((p) => p.id)).toContain(locked);
    await c.probation!.ok(
      `mutation ($id: ID!) { setPersonLockdown(personId: $id, lockedDown: true, reason: "Risk from a known associate") { id } }`,
      {
        id: locked,
      },
    );
    expect((await search(c.housing!)).people.map((p) => p.id)).not.toContain(locked);
    expect((await search(c.probation!)).people.map((p) => p.id)).toContain(locked);
  });

  it('4. caseload outcomes over fewer than 5 people are withheld from a member who cannot see every score', async () => {
    const measures = await c.probation!.ok<{ outcomeMeasures: Array<{ key: string; domains: Array<{ key: string }> }> }>(
      `{ outcomeMeasures { key domains { key } } }`,
    );
    const ndta = measures.outcomeMeasures.find((m) => m.key === 'NDTA')!;
    await c.probation!.ok(`mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { rescoreDue } }`, {
      input: { personId, assessedOn: '2026-11-01', scores: ndta.domains.map((d) => ({ domain: d.key, score: 3 })) },
    });
    const summary = (client: GqlClient) =>
      client.ok<{ caseloadOutcomes: { peopleAssessed: number; averageLatest: number | null; suppressed: boolean } }>(
        `query ($h: ID!) { caseloadOutcomes(huddleId: $h) { peopleAssessed averageLatest suppressed } }`,
        { h: huddleId },
      );
    expect((await summary(c.housing!)).caseloadOutcomes).toEqual({ peopleAssessed: 1, averageLatest: null, suppressed: true });
    expect((await summary(c.probation!)).caseloadOutcomes).toMatchObject({ peopleAssessed: 1, suppressed: false });
    expect((await summary(c.probation!)).caseloadOutcomes.averageLatest).toBeGreaterThan(0);
  });

  it('5. a first probation appointment does not show as such to a viewer without OFFENDING', async () => {
    await c.probation!.ok(`mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } } }`, {
      input: { personId, purpose: 'First probation appointment', date: '2026-12-08', window: 'MORNING', firstProbation: true },
    });
    const list = (client: GqlClient) =>
      client.ok<{ appointments: Array<{ purpose: string; firstProbation: boolean; date: string }> }>(
        `query ($id: ID!) { appointments(personId: $id) { purpose firstProbation date } }`,
        { id: personId },
      );
    const housing = (await list(c.housing!)).appointments.find((a) => a.date === '2026-12-08')!;
    expect(housing).toEqual({ purpose: 'Appointment', firstProbation: false, date: '2026-12-08' });
    const probation = (await list(c.probation!)).appointments.find((a) => a.date === '2026-12-08')!;
    expect(probation).toMatchObject({ purpose: 'First probation appointment', firstProbation: true });
  });

  it('6. a duplicate NHS number at creation is refused without confirming the match, and the holder’s record notes the attempt', async () => {
    const nhsNumber = nextNhsNumber();
    const holder = await c.probation!.ok<{ createPerson: { id: string } }>(
      `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { legalName: 'Held Elsewhere', councilArea: 'Testshire', nhsNumber } },
    );
    const attempt = await c.housing!.request(`mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
      input: { legalName: 'Someone New', councilArea: 'Testshire', nhsNumber },
    });
    expect(errorCode(attempt)).toBe('VALIDATION_FAILED');
    expect(attempt.errors![0]!.message).toBe(
      'This number cannot be used. If you think this person already has a record, ask your coordinator.',
    );
    expect(JSON.stringify(attempt)).not.toMatch(/already exists|Held Elsewhere|Org probation/);
    const audit = await readAudit(holder.createPerson.id);
    expect(audit.find((a) => a.action === 'DUPLICATE_REFUSED')).toMatchObject({ actor_id: users.housing!.id, sections: ['HEALTH'] });
    expect(await count(`SELECT count(*)::int AS n FROM person WHERE legal_name = 'Someone New'`, [])).toBe(0);
  });

  it('7. no such person and not allowed get the same answer on every path', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const hidden = await createFullPerson(c.probation!, 'Nobody Shared');
    const paths = [
      `query ($id: ID!) { person(id: $id) { id } }`,
      `query ($id: ID!) { releasePlan(personId: $id) { releaseDate } }`,
      `query ($id: ID!) { appointments(personId: $id) { id } }`,
      `query ($id: ID!) { assessments(personId: $id) { rescoreDue } }`,
      `query ($id: ID!) { serviceUse(personId: $id) { quarterStart } }`,
      `query ($id: ID!) { personAccessLog(personId: $id) { id } }`,
    ];
    for (const query of paths) {
      const a = (await c.police!.request(query, { id: unknown })) as GqlResult;
      const b = (await c.police!.request(query, { id: hidden })) as GqlResult;
      expect({ message: a.errors?.[0]?.message, extensions: a.errors?.[0]?.extensions }, query).toEqual({
        message: b.errors?.[0]?.message,
        extensions: b.errors?.[0]?.extensions,
      });
      expect(a.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
  });

  describe('8 and 9. writes the rules forbid: break-glass is read-only, a restricted record changes nowhere', () => {
    const writes = async (client: GqlClient, id: string, ndtaDomains: string[]) => [
      await client.request(`mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } } }`, {
        input: { personId: id, purpose: 'Check-in', date: '2026-12-09', window: 'AFTERNOON' },
      }),
      await client.request(`mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { rescoreDue } }`, {
        input: { personId: id, assessedOn: '2026-11-02', scores: ndtaDomains.map((d) => ({ domain: d, score: 1 })) },
      }),
      await client.request(`mutation ($input: RecordServiceUseInput!) { recordServiceUse(input: $input) { quarterStart } }`, {
        input: {
          personId: id,
          quarterStart: '2026-10-01',
          evictions: 0,
          arrests: 1,
          nightsInPrison: 0,
          aeAttendances: 0,
          mentalHealthInpatientDays: 0,
        },
      }),
      await client.request(`mutation ($input: UpdateReleasePlanInput!) { updateReleasePlan(input: $input) { version } }`, {
        input: { personId: id, expectedVersion: 0, destinationCouncilArea: 'Elsewhere' },
      }),
      await client.request(`mutation ($input: UpdateReleasePlanItemInput!) { updateReleasePlanItem(input: $input) { version } }`, {
        input: { personId: id, expectedVersion: 0, item: 'ID', status: 'DONE' },
      }),
    ];
    const stored = (id: string) =>
      count(
        `SELECT (SELECT count(*) FROM appointment WHERE person_id = $1) + (SELECT count(*) FROM assessment WHERE person_id = $1)
              + (SELECT count(*) FROM service_use WHERE person_id = $1) + (SELECT count(*) FROM release_plan WHERE person_id = $1)
              + (SELECT count(*) FROM release_plan_item WHERE person_id = $1) AS n`,
        [id],
      );
    let domains: string[];
    beforeAll(async () => {
      const measures = await c.probation!.ok<{ outcomeMeasures: Array<{ key: string; domains: Array<{ key: string }> }> }>(
        `{ outcomeMeasures { key domains { key } } }`,
      );
      domains = measures.outcomeMeasures.find((m) => m.key === 'NDTA')!.domains.map((d) => d.key);
    });

    it('8. with a break-glass grant, none of the five writes succeeds', async () => {
      const id = await createFullPerson(c.probation!, 'Glass Reader');
      await c.police!.ok(
        `mutation ($id: ID!) { breakGlass(personId: $id, reason: "Found unwell at the station, need contacts") { expiresAt } }`,
        {
          id,
        },
      );
      const before = await stored(id);
      for (const result of await writes(c.police!, id, domains)) expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await stored(id)).toBe(before);
    });

    it('9. on a restricted record, the owner can do none of the five writes', async () => {
      const id = await createFullPerson(c.probation!, 'Rita Restricted');
      await c.admin!.ok(`mutation ($id: ID!) { restrictPerson(personId: $id, reason: "Accuracy contested by the person") }`, { id });
      const before = await stored(id);
      for (const result of await writes(c.probation!, id, domains)) expect(errorCode(result)).toBe('RECORD_RESTRICTED');
      expect(await stored(id)).toBe(before);
    });
  });

  it('10. reading a release plan, appointments, assessments and service use is audited with the parts shown', async () => {
    const id = await createFullPerson(c.probation!, 'Audited Reads');
    await c.probation!.ok(`query ($id: ID!) { releasePlan(personId: $id) { releaseDate } }`, { id });
    await c.probation!.ok(`query ($id: ID!) { appointments(personId: $id) { id } }`, { id });
    await c.probation!.ok(`query ($id: ID!) { assessments(personId: $id) { rescoreDue } }`, { id });
    await c.probation!.ok(`query ($id: ID!) { serviceUse(personId: $id) { quarterStart } }`, { id });
    const reads = (await readAudit(id)).filter((a) => a.action === 'READ' && a.actor_id === users.probation!.id && a.purpose !== null);
    expect(reads.map((r) => [r.purpose, [...r.sections].sort()])).toEqual([
      ['Release plan', ['OFFENDING']],
      ['Appointments', ['CONTACT', 'OFFENDING']],
      ['Outcome scores', ['RISK']],
      ['Service use', ['HEALTH', 'NEEDS', 'OFFENDING', 'PROFILE']],
    ]);
  });

  it('11. a person shown with an action names no lead professional unless that is audited', async () => {
    const created = await c.probation!.ok<{ createAction: { id: string } }>(
      `mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`,
      { input: { personId, title: 'Book a GP registration', ownerId: users.probation!.id, dueDate: '2026-12-20' } },
    );
    const read = await c.probation!.ok<{ action: { person: { leadProfessionals: Array<{ user: { name: string } | null }> } } }>(
      `query ($id: ID!) { action(id: $id) { person { leadProfessionals { user { name } } } } }`,
      { id: created.createAction.id },
    );
    const names = read.action.person.leadProfessionals.map((l) => l.user?.name ?? null).filter(Boolean);
    const [row] = (await readAudit(personId)).filter((a) => a.action === 'READ' && a.purpose === 'Actions').slice(-1);
    // Either the names are not shown, or the audit row says they were.
    expect(names.length === 0 || row!.sections.includes('LEAD_PROFESSIONALS')).toBe(true);
  });

  it('12. three tabs make one row, following live updates makes none, and a search records only what it showed', async () => {
    const id = await createFullPerson(c.probation!, 'Tabs Person');
    const rowsNow = async () => (await readAudit(id)).filter((a) => a.actor_id === users.housing!.id);
    await recordAgreement(c.probation!, id, [orgs.housing!], ['STORY', 'NEEDS', 'CONTACT']);
    const before = (await rowsNow()).length;
    for (let tab = 0; tab < 3; tab++) await c.housing!.ok(`query ($id: ID!) { person(id: $id) { id story { text } } }`, { id });
    expect((await rowsNow()).length - before).toBe(1);
    await c.housing!.ok(`query { people(search: { name: "Tabs Person" }) { id displayName profile { dateOfBirth } } }`);
    const search = (await rowsNow()).filter((a) => a.action === 'SEARCH').at(-1)!;
    expect(search.sections.sort()).toEqual(['IDENTITY', 'PROFILE']);
    const person = await readPerson(c.housing!, id);
    expect(person.errors).toBeUndefined();
  });
});
