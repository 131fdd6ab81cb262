import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, readPerson, recordAgreement } from '../../../test/people.js';

/**
 * A search by date of birth or identifier is one statement (PersonService.search,
 * `searchRequestSql`): the search, the people found with their access facts, and, for a result
 * list's fields, their audit rows; a name is searched first by a statement of its own. These
 * tests hold the count whatever the number of results, and check the audit rows written and the
 * search keys' disclosure rules applied in SQL.
 */
describe('person search statements', () => {
  let app: TestApp;
  let owner: GqlClient;
  let partner: GqlClient;
  let partnerId: string;
  const people: string[] = [];
  const surname = `Statementon${Math.random().toString(36).slice(2, 6)}`;

  const signIn = async (organisationId: string) => {
    const user = await buildUser(app.dataSource, { organisationId, role: 'PRACTITIONER' });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    return { client, id: user.id };
  };
  /** The people found, and the statements the search ran (after the session is remembered). */
  const search = async (client: GqlClient, input: Record<string, unknown>, fields = 'id displayName') => {
    await client.ok(`{ me { id } }`);
    app.sqlLog.length = 0;
    const result = await client.ok<{ people: Array<{ id: string }> }>(
      `query ($s: PeopleSearchInput!) { people(search: $s, limit: 50) { ${fields} } }`,
      { s: input },
    );
    return {
      ids: result.people.map((p) => p.id),
      statements: app.sqlLog.filter((s) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(s)).length,
    };
  };
  const searchRows = async (actorId: string) =>
    (await app.dataSource.query(
      `SELECT person_id, sections, purpose, break_glass FROM audit_event WHERE actor_id = $1 AND action = 'SEARCH' ORDER BY id`,
      [actorId],
    )) as Array<{ person_id: string; sections: string[]; purpose: string; break_glass: boolean }>;

  beforeAll(async () => {
    app = await startTestApp();
    const probation = await buildOrganisation(app.dataSource, { kind: 'PROBATION' });
    const charity = await buildOrganisation(app.dataSource, { kind: 'CHARITY' });
    owner = (await signIn(probation.id)).client;
    const p = await signIn(charity.id);
    partner = p.client;
    partnerId = p.id;
    for (const given of ['Alma', 'Bryn', 'Cato', 'Dara']) people.push(await createFullPerson(owner, `${given} ${surname}`));
    // The charity knows two of them: one by an agreement for the story, one for health as well.
    await recordAgreement(owner, people[0]!, [charity.id], ['STORY']);
    await recordAgreement(owner, people[1]!, [charity.id], ['STORY', 'HEALTH']);
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('runs one statement by date of birth or identifier, two by name, whatever the number found', async () => {
    const one = await search(owner, { name: `Alma ${surname}` });
    const all = await search(owner, { name: surname });
    expect(one.ids[0]).toBe(people[0]);
    expect([...all.ids].sort()).toEqual([...people].sort());
    expect(one.statements).toBe(2);
    expect(all.statements).toBe(2);
    expect((await search(owner, { dateOfBirth: '1988-04-12', name: surname })).statements).toBe(2);
    const byDate = await search(owner, { dateOfBirth: '1988-04-12' });
    expect(byDate.ids).toEqual(expect.arrayContaining(people));
    expect(byDate.statements).toBe(1);
    // A name that finds no one stops after its search.
    expect(await search(owner, { name: 'Qxzvwk Jjjqqq' })).toEqual({ ids: [], statements: 1 });
    const nhs = (await readPerson(owner, people[2]!)).data!.person.profile!.nhsNumber!;
    expect(await search(owner, { identifier: nhs })).toEqual({ ids: [people[2]], statements: 1 });
    // Fields that disclose more than the identity section are audited by a statement of their own.
    expect((await search(owner, { identifier: nhs }, 'id profile { dateOfBirth }')).statements).toBe(2);
    expect((await search(owner, { name: surname }, 'id profile { dateOfBirth }')).statements).toBe(3);
  }, 60_000);

  it('writes one SEARCH row per person shown, and applies the search keys’ rules', async () => {
    const found = await search(partner, { name: surname });
    expect([...found.ids].sort()).toEqual([people[0], people[1]].sort());
    const written = await searchRows(partnerId);
    expect(written.map((r) => r.person_id).sort()).toEqual([people[0], people[1]].sort());
    for (const row of written) expect(row).toMatchObject({ sections: ['IDENTITY'], purpose: 'Search', break_glass: false });

    // An NHS number finds a record only where the health section is shared; a CRN needs the
    // offending section, which neither agreement gives. Nothing else is audited.
    const profiles = await Promise.all([0, 1].map(async (i) => (await readPerson(owner, people[i]!)).data!.person.profile!));
    expect((await search(partner, { identifier: profiles[0]!.nhsNumber })).ids).toEqual([]);
    expect((await search(partner, { identifier: profiles[1]!.nhsNumber })).ids).toEqual([people[1]]);
    expect((await search(partner, { identifier: profiles[1]!.crn })).ids).toEqual([]);
    // A date of birth needs more than the name: both agreements give it.
    expect([...(await search(partner, { dateOfBirth: '1988-04-12', name: surname })).ids].sort()).toEqual([people[0], people[1]].sort());
    // Repeats within a few minutes fold into the first row (as every read does).
    expect((await searchRows(partnerId)).length).toBe(2);
  }, 60_000);
});
