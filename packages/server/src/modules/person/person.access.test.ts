import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, PERSON_FIELDS, readPerson, recordAgreement, type PersonData } from '../../../test/people.js';

type AgreementState = 'none' | 'active' | 'expired' | 'withdrawn' | 'locked-down' | 'break-glass';

/**
 * The access matrix: role × organisation × agreement state × section, over every path that
 * reads a record (query, search, export, subscription). The partner organisation is given
 * STORY, NEEDS and CONTACT when an agreement exists.
 */
describe('who may see what of a person’s record', () => {
  let app: TestApp;
  const orgs: Record<'owner' | 'partner' | 'lead' | 'outsider', string> = {} as never;
  const clients: Record<string, GqlClient> = {};
  const users: Record<string, { id: string }> = {};

  const as = async (key: string, organisationId: string, role: 'PRACTITIONER' | 'COORDINATOR' | 'MANAGER' | 'ADMIN') => {
    const user = await buildUser(app.dataSource, { organisationId, role, name: `User ${key}` });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    clients[key] = client;
    users[key] = user;
  };

  beforeAll(async () => {
    app = await startTestApp();
    orgs.owner = (await buildOrganisation(app.dataSource, { kind: 'PROBATION', name: 'Owner Probation' })).id;
    orgs.partner = (await buildOrganisation(app.dataSource, { kind: 'COUNCIL_HOUSING', name: 'Partner Housing' })).id;
    orgs.lead = (await buildOrganisation(app.dataSource, { kind: 'NHS_MENTAL_HEALTH', name: 'Lead Mental Health' })).id;
    orgs.outsider = (await buildOrganisation(app.dataSource, { kind: 'POLICE', name: 'Outsider Police' })).id;
    await as('owner', orgs.owner, 'PRACTITIONER');
    await as('ownerManager', orgs.owner, 'MANAGER');
    await as('ownerColleague', orgs.owner, 'PRACTITIONER');
    await as('partner', orgs.partner, 'PRACTITIONER');
    await as('partnerCoordinator', orgs.partner, 'COORDINATOR');
    await as('partnerManager', orgs.partner, 'MANAGER');
    await as('lead', orgs.lead, 'PRACTITIONER');
    await as('outsider', orgs.outsider, 'PRACTITIONER');
    await as('admin', orgs.outsider, 'ADMIN');
  });
  afterAll(() => app.stop());

  /** A fresh record in the given state, with the lead organisation's user as lead professional. */
  async function scenario(state: AgreementState): Promise<string> {
    const id = await createFullPerson(clients.owner!);
    await clients.owner!.ok(`mutation ($p: ID!, $u: ID!) { setLeadProfessional(personId: $p, userId: $u) { id } }`, {
      p: id,
      u: users.lead!.id,
    });
    if (state === 'active' || state === 'expired' || state === 'withdrawn' || state === 'locked-down') {
      const agreementId = await recordAgreement(clients.owner!, id, [orgs.partner], ['STORY', 'NEEDS', 'CONTACT']);
      if (state === 'expired') {
        // Time passes: nobody acts, and the agreement lapses by itself.
        await app.dataSource.query(
          `UPDATE sharing_agreement SET agreed_on = current_date - 400, expires_on = current_date - 1 WHERE id = $1`,
          [agreementId],
        );
      }
      if (state === 'withdrawn') {
        await clients.owner!.ok(`mutation ($id: ID!) { withdrawSharingAgreement(id: $id, reason: "Person asked") { id } }`, {
          id: agreementId,
        });
      }
      if (state === 'locked-down') {
        await clients.owner!.ok(
          `mutation ($id: ID!) { setPersonLockdown(personId: $id, lockedDown: true, reason: "Risk of harm from a known associate") { id } }`,
          { id },
        );
      }
    }
    if (state === 'break-glass') {
      const grant = await clients.partner!.ok<{ breakGlass: { expiresAt: string } }>(
        `mutation ($id: ID!) { breakGlass(personId: $id, reason: "Found unconscious at the hostel; need medication details") { expiresAt } }`,
        { id },
      );
      expect(new Date(grant.breakGlass.expiresAt).getTime()).toBeGreaterThan(Date.now() + 3.5 * 3_600_000);
    }
    return id;
  }

  const FULL_SECTIONS = ['HEALTH', 'NEEDS', 'RISK', 'OFFENDING', 'CONTACT', 'STORY'];

  /** What a viewer with full access sees. */
  function expectFull(person: PersonData) {
    expect(person.access.full).toBe(true);
    expect([...person.access.sections].sort()).toEqual([...FULL_SECTIONS].sort());
    expect(person.story?.text).toBe('My story in my own words.');
    expect(person.risk?.summary).toBe('Restricted risk detail.');
    expect(person.profile?.nhsNumber).toMatch(/^999\d{7}$/);
    expect(person.profile?.prisonNumber).toBe('A1234BC');
    expect(person.situation?.kind).toBe('CUSTODY');
    expect(person.needs).toHaveLength(7);
    expect(person.needs.find((n) => n.domain === 'HEALTH')?.notes).toBe('Depot injection fortnightly.');
  }

  /** What the partner sees under an active agreement for STORY, NEEDS and CONTACT. */
  function expectShared(person: PersonData) {
    expect(person.access).toMatchObject({ basis: 'AGREEMENT', full: false, sections: ['STORY', 'NEEDS', 'CONTACT'] });
    expect(person.story?.text).toBe('My story in my own words.');
    expect(person.preferences?.whatHelps).toBe('Text first');
    expect(person.risk).toBeNull();
    expect(person.situation).toBeNull(); // custody details are offending data
    expect(person.profile).toMatchObject({ nhsNumber: null, prisonNumber: null, crn: null, dateOfBirth: '1988-04-12' });
    // Health and drugs-and-alcohol needs are special category: shared only with HEALTH.
    expect(person.needs.map((n) => n.domain).sort()).toEqual([
      'ACCOMMODATION',
      'ATTITUDES_THINKING_BEHAVIOUR',
      'CHILDREN_FAMILIES_COMMUNITIES',
      'EDUCATION_SKILLS_WORK',
      'FINANCE_AND_ID',
    ]);
    expect(JSON.stringify(person)).not.toContain('Depot injection');
    expect(JSON.stringify(person)).not.toContain('Restricted risk detail');
    expect(person.timeline.every((t) => t.section === null || ['STORY', 'NEEDS', 'CONTACT'].includes(t.section))).toBe(true);
  }

  function expectNamesOnly(person: PersonData) {
    expect(person.lockedDown).toBe(true);
    expect(person.access.sections).toEqual([]);
    expect(person).toMatchObject({
      profile: null,
      story: null,
      situation: null,
      preferences: null,
      risk: null,
      needs: [],
      timeline: [],
      sharingAgreements: [],
    });
    expect(person.leadProfessionals.every((l) => l.user === null)).toBe(true);
    expect(person.agenciesInvolved.map((a) => a.name).sort()).toEqual(['Lead Mental Health', 'Owner Probation']);
  }

  const expectNoAccess = (result: Awaited<ReturnType<typeof readPerson>>, canBreakGlass = true) => {
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.extensions?.canBreakGlass).toBe(canBreakGlass);
    expect(result.data).toBeNull();
  };

  const searchHits = async (client: GqlClient, name: string) =>
    (
      await client.ok<{ people: Array<{ id: string; story: { text: string } | null }> }>(
        `query ($n: String!) { people(search: { name: $n }) { id story { text } } }`,
        { n: name },
      )
    ).people;

  describe.each<AgreementState>(['none', 'active', 'expired', 'withdrawn', 'locked-down', 'break-glass'])(
    'with agreement state: %s',
    (state) => {
      let id: string;
      let name: string;
      beforeAll(async () => {
        id = await scenario(state);
        name = (await readPerson(clients.owner!, id)).data!.person.legalName;
      });

      it('the owning organisation, its manager and the lead professional always see everything', async () => {
        for (const key of ['owner', 'ownerColleague', 'ownerManager', 'lead']) {
          const result = await readPerson(clients[key]!, id);
          expect(result.errors, key).toBeUndefined();
          expectFull(result.data!.person);
        }
      });

      it('the partner organisation sees only what the agreement gives, in any role', async () => {
        for (const key of ['partner', 'partnerCoordinator', 'partnerManager']) {
          const result = await readPerson(clients[key]!, id);
          if (state === 'active') expectShared(result.data!.person);
          else if (state === 'locked-down') expectNamesOnly(result.data!.person);
          else if (state === 'break-glass' && key === 'partner') {
            expect(result.data!.person.access.basis).toBe('BREAK_GLASS');
            expect(result.data!.person.access.breakGlassUntil).not.toBeNull();
            expectFull(result.data!.person);
          } else expectNoAccess(result);
        }
      });

      it('an organisation with no agreement, and an administrator, see nothing', async () => {
        expectNoAccess(await readPerson(clients.outsider!, id));
        expectNoAccess(await readPerson(clients.admin!, id), false);
      });

      it('search finds the person only for those who may know of them, and discloses no more', async () => {
        expect((await searchHits(clients.owner!, name)).map((p) => p.id)).toContain(id);
        const partnerHits = await searchHits(clients.partner!, name);
        if (['active', 'locked-down', 'break-glass'].includes(state)) {
          const hit = partnerHits.find((p) => p.id === id);
          expect(hit).toBeDefined();
          expect(hit!.story?.text ?? null).toBe(state === 'locked-down' ? null : 'My story in my own words.');
        } else {
          expect(partnerHits.map((p) => p.id)).not.toContain(id);
        }
        expect((await searchHits(clients.outsider!, name)).map((p) => p.id)).not.toContain(id);
        expect(await searchHits(clients.admin!, name)).toEqual([]);
      });

      it('an identifier finds the person only for those who may see that identifier', async () => {
        const profile = (await readPerson(clients.owner!, id)).data!.person.profile!;
        const byIdentifier = async (client: GqlClient, identifier: string) =>
          (
            await client.ok<{ people: Array<{ id: string }> }>(`query ($i: String!) { people(search: { identifier: $i }) { id } }`, {
              i: identifier,
            })
          ).people.map((p) => p.id);
        for (const identifier of [profile.nhsNumber!, profile.crn!]) {
          expect(await byIdentifier(clients.owner!, identifier)).toEqual([id]);
          // The partner's agreement covers the story, needs and contact: not health or offending.
          expect(await byIdentifier(clients.partner!, identifier)).toEqual(state === 'break-glass' ? [id] : []);
          expect(await byIdentifier(clients.outsider!, identifier)).toEqual([]);
        }
      });

      it('subject access exports are for administrators and the owning organisation’s managers only', async () => {
        const query = `query ($id: ID!) { exportPerson(personId: $id) }`;
        for (const key of ['partnerManager', 'outsider', 'owner']) {
          expect(errorCode(await clients[key]!.request(query, { id })), key).toBe('FORBIDDEN');
        }
        for (const key of ['ownerManager', 'admin']) {
          const data = await clients[key]!.ok<{ exportPerson: { person: { id: string }; auditTrail: unknown[]; needs: unknown[] } }>(
            query,
            { id },
          );
          expect(data.exportPerson.person.id).toBe(id);
          expect(data.exportPerson.needs).toHaveLength(7);
          expect(data.exportPerson.auditTrail.length).toBeGreaterThan(0);
        }
      });
    },
  );

  it('audits every read, with the sections disclosed, and marks break-glass reads', async () => {
    const id = await scenario('active');
    await app.dataSource.query(`SELECT 1`);
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE person_id = $1 AND action = 'READ'`, [id]);
    await readPerson(clients.partner!, id);
    await readPerson(clients.owner!, id);
    await clients.partner!.request(`query ($id: ID!) { person(id: $id) { id } }`, { id });
    const reads: Array<{ actor_name: string; sections: string[]; break_glass: boolean; purpose: string | null }> =
      await app.dataSource.query(
        `SELECT a.actor_name, a.sections, a.break_glass, n.text AS purpose FROM audit_event a LEFT JOIN audit_note n ON n.audit_event_id = a.id
        WHERE a.person_id = $1 AND a.action = 'READ' ORDER BY a.id`,
        [id],
      );
    expect(reads.length - before[0].n).toBe(3);
    const latest = reads.slice(-3);
    expect(latest[0]).toMatchObject({ actor_name: 'User partner', purpose: 'Test', break_glass: false });
    expect(latest[0]!.sections.sort()).toEqual([
      'CONTACT',
      'IDENTITY',
      'LEAD_PROFESSIONALS',
      'NEEDS',
      'PROFILE',
      'SHARING',
      'STORY',
      'TIMELINE',
    ]);
    expect(latest[1]!.sections).toEqual(expect.arrayContaining(['RISK', 'HEALTH', 'OFFENDING']));
    expect(latest[2]!.sections).toEqual(['IDENTITY']);

    const glass = await scenario('break-glass');
    await readPerson(clients.partner!, glass);
    const [grant] = await app.dataSource.query(
      `SELECT a.break_glass, n.text AS purpose FROM audit_event a JOIN audit_note n ON n.audit_event_id = a.id WHERE a.person_id = $1 AND a.action = 'BREAK_GLASS'`,
      [glass],
    );
    expect(grant).toEqual({ break_glass: true, purpose: 'Found unconscious at the hostel; need medication details' });
    const [read] = await app.dataSource.query(
      `SELECT break_glass FROM audit_event WHERE person_id = $1 AND action = 'READ' ORDER BY id DESC LIMIT 1`,
      [glass],
    );
    expect(read.break_glass).toBe(true);

    // Searches are reads too: one row per person found.
    const name = (await readPerson(clients.owner!, id)).data!.person.legalName;
    await searchHits(clients.partner!, name);
    const searches = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE person_id = $1 AND action = 'SEARCH'`, [
      id,
    ]);
    expect(searches[0].n).toBe(1);
    // A refused read is recorded as well.
    await readPerson(clients.outsider!, id);
    const denied = await app.dataSource.query(`SELECT actor_name FROM audit_event WHERE person_id = $1 AND action = 'READ_DENIED'`, [id]);
    expect(denied).toEqual([{ actor_name: 'User outsider' }]);
  });

  it('lets break-glass read but not change, and never offers break-glass to administrators', async () => {
    const id = await scenario('break-glass');
    const edit = await clients.partner!.request(
      `mutation ($id: ID!) { updatePersonRisk(input: { personId: $id, expectedVersion: 2, summary: "changed" }) { id } }`,
      { id },
    );
    expect(errorCode(edit)).toBe('FORBIDDEN');
    expect(edit.errors?.[0]?.message).toBe(
      'Break-glass access lets you read the record in an emergency. Ask the organisation that holds it to make changes.',
    );
    const adminRead = await readPerson(clients.admin!, id);
    expect(adminRead.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', canBreakGlass: false });
  });

  it('answers "who has seen this record" for lead professionals and the owning organisation’s managers', async () => {
    const id = await scenario('active');
    await readPerson(clients.partner!, id);
    const query = `query ($id: ID!) { personAccessLog(personId: $id) { action actorName organisationName sections breakGlass } }`;
    for (const key of ['lead', 'owner', 'ownerManager']) {
      const log = await clients[key]!.ok<{ personAccessLog: Array<{ action: string; actorName: string; organisationName: string }> }>(
        query,
        { id },
      );
      expect(
        log.personAccessLog.some((e) => e.action === 'READ' && e.actorName === 'User partner' && e.organisationName === 'Partner Housing'),
        key,
      ).toBe(true);
    }
    for (const key of ['ownerColleague', 'partner', 'partnerManager', 'outsider']) {
      expect(errorCode(await clients[key]!.request(query, { id })), key).toBe('FORBIDDEN');
    }
  });

  it('sends live changes only to viewers who may see the changed section, re-checking on every event', async () => {
    const id = await scenario('active');
    const ownerWs = clients.owner!.ws(app.wsUrl);
    const partnerWs = clients.partner!.ws(app.wsUrl);
    const outsiderWs = clients.outsider!.ws(app.wsUrl);
    const subscription = `subscription ($id: ID!) { personChanged(personId: $id) { personId part domain version changedBy { name } } }`;
    type Event = { data: { personChanged: { part: string; domain: string | null; version: number } } };
    const ownerEvents = collect<Event>(ownerWs, subscription, { id });
    const partnerEvents = collect<Event>(partnerWs, subscription, { id });
    const outsiderEvents = collect<Event>(outsiderWs, subscription, { id });
    // Refused at subscribe time: one result carrying the error, then the subscription completes.
    const refused = (await outsiderEvents.next()) as unknown as { errors: Array<{ extensions: { code: string } }> };
    expect(refused.errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect(await outsiderEvents.ended).toBe('complete');
    await new Promise((r) => setTimeout(r, 300));

    const edit = (input: Record<string, unknown>, mutation: string, type: string) =>
      clients.owner!.ok(`mutation ($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input: { personId: id, ...input } });
    await edit({ expectedVersion: 2, summary: 'Updated risk' }, 'updatePersonRisk', 'UpdatePersonRiskInput');
    await edit({ expectedVersion: 2, domain: 'HEALTH', status: 'DONE' }, 'updatePersonNeed', 'UpdatePersonNeedInput');
    await edit(
      { expectedVersion: 1, domain: 'ACCOMMODATION', status: 'IN_PROGRESS', notes: 'Bidding on flats' },
      'updatePersonNeed',
      'UpdatePersonNeedInput',
    );

    const ownerSeen = [await ownerEvents.next(), await ownerEvents.next(), await ownerEvents.next()].map((e) => e.data.personChanged);
    expect(ownerSeen.map((e) => [e.part, e.domain])).toEqual([
      ['RISK', null],
      ['NEED', 'HEALTH'],
      ['NEED', 'ACCOMMODATION'],
    ]);
    // The partner hears only about the accommodation need: risk and health are not shared.
    const partnerSeen = await partnerEvents.next();
    expect(partnerSeen.data.personChanged).toMatchObject({
      part: 'NEED',
      domain: 'ACCOMMODATION',
      version: 2,
      changedBy: { name: 'User owner' },
    });

    // Withdraw the agreement: the partner's subscription stays open but receives nothing more.
    const [agreement] = await app.dataSource.query(`SELECT id FROM sharing_agreement WHERE person_id = $1`, [id]);
    await clients.owner!.ok(`mutation ($id: ID!) { withdrawSharingAgreement(id: $id) { id } }`, { id: agreement.id });
    await edit({ expectedVersion: 2, domain: 'ACCOMMODATION', status: 'DONE' }, 'updatePersonNeed', 'UpdatePersonNeedInput');
    const ownerLater = [await ownerEvents.next(), await ownerEvents.next()].map((e) => e.data.personChanged.part);
    expect(ownerLater).toEqual(['SHARING', 'NEED']);
    await new Promise((r) => setTimeout(r, 300));
    expect(partnerEvents.events).toEqual([]);
    await Promise.all([ownerWs.dispose(), partnerWs.dispose(), outsiderWs.dispose()]);
  });

  it('asks nothing of a record in a fixed number of statements: the person page does not grow with its size', async () => {
    const small = await scenario('active');
    const large = await scenario('active');
    for (let i = 0; i < 25; i++) {
      await clients.owner!.ok(`mutation ($id: ID!) { addTimelineNote(personId: $id, text: "Note ${i}", section: NEEDS) { id } }`, {
        id: large,
      });
    }
    for (const org of [orgs.partner, orgs.outsider]) await recordAgreement(clients.owner!, large, [org], ['NEEDS']);
    const count = async (id: string) => {
      app.sqlLog.length = 0;
      await clients.partner!.ok(`query ($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`, { id });
      return app.sqlLog.filter((s) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(s)).length;
    };
    const smallCount = await count(small);
    expect(await count(large)).toBe(smallCount);
    expect(smallCount).toBeLessThanOrEqual(9);
  });
});
