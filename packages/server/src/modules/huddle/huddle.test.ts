import { COORDINATOR_CASELOAD_LIMIT } from '@casehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD, type BuiltUser } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

const CREATE_HUDDLE = `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id name chairs { id } memberOrganisations { id } } }`;
const ADD = `mutation ($input: AddToCaseloadInput!) { addToCaseload(input: $input) { warning huddle { caseload { id person { id } } coordinatorLoads { coordinator { id } count overLimit } } } }`;
const REMOVE = `mutation ($id: ID!) { removeFromCaseload(entryId: $id) { caseload { id person { id } } coordinatorLoads { coordinator { id } count overLimit } } }`;
const OUTCOMES = `query ($id: ID!) { caseloadOutcomes(huddleId: $id) { huddleId measureKey peopleAssessed peopleWithChange averageAtEntry averageLatest averageChange } }`;

interface Loads {
  caseload: Array<{ id: string; person: { id: string } | null }>;
  coordinatorLoads: Array<{ coordinator: { id: string }; count: number; overLimit: boolean }>;
}

describe('huddles and their caseload', () => {
  let app: TestApp;
  let orgId: string;
  let otherOrgId: string;
  const users: Record<string, BuiltUser> = {};
  const clients: Record<string, GqlClient> = {};
  let huddleId: string;

  const createPerson = async (client: GqlClient, legalName: string) =>
    (
      await client.ok<{ createPerson: { id: string } }>(`mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
        input: { legalName, councilArea: 'Northvale' },
      })
    ).createPerson.id;

  beforeAll(async () => {
    app = await startTestApp();
    orgId = (await buildOrganisation(app.dataSource, { kind: 'CHARITY', name: 'Northvale Charity' })).id;
    otherOrgId = (await buildOrganisation(app.dataSource, { kind: 'PROBATION', name: 'Northvale Probation' })).id;
    for (const [key, role, org] of [
      ['coordinator', 'COORDINATOR', orgId],
      ['secondCoordinator', 'COORDINATOR', orgId],
      ['manager', 'MANAGER', orgId],
      ['practitioner', 'PRACTITIONER', orgId],
      ['admin', 'ADMIN', orgId],
      ['probation', 'PRACTITIONER', otherOrgId],
    ] as const) {
      users[key] = await buildUser(app.dataSource, { organisationId: org, role, name: `${key} user` });
      clients[key] = new GqlClient(app.url);
      await clients[key]!.login(users[key]!.email, TEST_PASSWORD);
    }
  });
  afterAll(() => app.stop());

  it('is set up only by coordinators and managers, with active coordinators as chairs', async () => {
    const input = {
      name: 'Northvale MEAM',
      councilArea: 'Northvale',
      memberOrganisationIds: [orgId, otherOrgId],
      chairIds: [users.coordinator!.id],
    };
    for (const key of ['practitioner', 'admin', 'probation']) {
      const refused = await clients[key]!.request(CREATE_HUDDLE, { input });
      expect(errorCode(refused), key).toBe('FORBIDDEN');
    }
    expect(errorCode(await new GqlClient(app.url).request(CREATE_HUDDLE, { input }))).toBe('UNAUTHENTICATED');

    const practitionerChair = await clients.coordinator!.request(CREATE_HUDDLE, {
      input: { ...input, chairIds: [users.practitioner!.id] },
    });
    expect(errorCode(practitionerChair)).toBe('VALIDATION_FAILED');
    expect(practitionerChair.errors?.[0]?.extensions?.fields).toEqual({ chairIds: 'Chairs must be active coordinators.' });

    const byManager = await clients.manager!.ok<{ createHuddle: { chairs: Array<{ id: string }> } }>(CREATE_HUDDLE, {
      input: { ...input, name: 'Managed huddle' },
    });
    expect(byManager.createHuddle.chairs.map((c) => c.id)).toEqual([users.coordinator!.id]);
    const created = await clients.coordinator!.ok<{
      createHuddle: { id: string; name: string; memberOrganisations: Array<{ id: string }> };
    }>(CREATE_HUDDLE, { input });
    expect(created.createHuddle.name).toBe('Northvale MEAM');
    expect(created.createHuddle.memberOrganisations.map((o) => o.id).sort()).toEqual([orgId, otherOrgId].sort());
    huddleId = created.createHuddle.id;
  });

  it(`warns when a coordinator would hold more than ${COORDINATOR_CASELOAD_LIMIT} people, and only then`, async () => {
    const add = (personId: string, coordinatorId = users.coordinator!.id) =>
      clients.coordinator!.ok<{ addToCaseload: { warning: string | null; huddle: Loads } }>(ADD, {
        input: { huddleId, personId, referringOrganisationId: orgId, offerOfHelp: 'Weekly key work', coordinatorId },
      });
    let last: { warning: string | null; huddle: Loads } | undefined;
    for (let i = 1; i <= COORDINATOR_CASELOAD_LIMIT; i++) {
      last = (await add(await createPerson(clients.coordinator!, `Caseload Person ${i}`))).addToCaseload;
      expect(last.warning, `person ${i}`).toBeNull();
    }
    expect(last!.huddle.coordinatorLoads).toEqual([
      { coordinator: { id: users.coordinator!.id }, count: COORDINATOR_CASELOAD_LIMIT, overLimit: false },
    ]);
    const over = (await add(await createPerson(clients.coordinator!, 'Caseload Person 16'))).addToCaseload;
    expect(over.warning).toBe(
      `coordinator user now coordinates for ${COORDINATOR_CASELOAD_LIMIT + 1} people, more than the ${COORDINATOR_CASELOAD_LIMIT} a coordinator can usually hold.`,
    );
    expect(over.huddle.coordinatorLoads).toEqual([
      { coordinator: { id: users.coordinator!.id }, count: COORDINATOR_CASELOAD_LIMIT + 1, overLimit: true },
    ]);
    // The warning is about that coordinator: another with one person gets none.
    const another = (await add(await createPerson(clients.coordinator!, 'Caseload Person 17'), users.secondCoordinator!.id)).addToCaseload;
    expect(another.warning).toBeNull();
  });

  it('lets the chairs and managers take a person off the caseload, and nobody else', async () => {
    const { huddle } = await clients.coordinator!.ok<{
      huddle: { caseload: Array<{ id: string; person: { id: string }; coordinator: { id: string } }> };
    }>(`query ($id: ID!) { huddle(id: $id) { caseload { id person { id } coordinator { id } } } }`, { id: huddleId });
    const [first, second] = huddle.caseload.filter((e) => e.coordinator.id === users.coordinator!.id);
    for (const key of ['practitioner', 'probation'])
      expect(errorCode(await clients[key]!.request(REMOVE, { id: first!.id })), key).toBe('FORBIDDEN');
    // A coordinator of a member organisation who does not chair this huddle is refused too.
    const notChair = await clients.secondCoordinator!.request(REMOVE, { id: first!.id });
    expect(errorCode(notChair)).toBe('FORBIDDEN');
    expect(notChair.errors?.[0]?.message).toBe('The huddle’s chairs agree the caseload.');
    const afterChair = (await clients.coordinator!.ok<{ removeFromCaseload: Loads }>(REMOVE, { id: first!.id })).removeFromCaseload;
    expect(afterChair.caseload.map((e) => e.id)).not.toContain(first!.id);
    expect(afterChair.caseload).toHaveLength(huddle.caseload.length - 1);
    // Back to 15: no longer over the limit.
    expect(afterChair.coordinatorLoads.find((l) => l.coordinator.id === users.coordinator!.id)).toEqual({
      coordinator: { id: users.coordinator!.id },
      count: COORDINATOR_CASELOAD_LIMIT,
      overLimit: false,
    });
    const afterManager = (await clients.manager!.ok<{ removeFromCaseload: Loads }>(REMOVE, { id: second!.id })).removeFromCaseload;
    expect(afterManager.caseload.map((e) => e.id)).not.toContain(second!.id);
    const again = await clients.coordinator!.request(REMOVE, { id: first!.id });
    expect(errorCode(again)).toBe('NOT_FOUND');
    // The person can be referred again.
    const readded = await clients.coordinator!.ok<{ addToCaseload: { huddle: Loads } }>(ADD, {
      input: {
        huddleId,
        personId: first!.person!.id,
        referringOrganisationId: orgId,
        offerOfHelp: 'Back again',
        coordinatorId: users.coordinator!.id,
      },
    });
    expect(readded.addToCaseload.huddle.caseload.map((e) => e.person?.id)).toContain(first!.person!.id);
  });

  it('sums outcome change across the current caseload, for members only', async () => {
    const empty = await clients.coordinator!.ok<{ caseloadOutcomes: Record<string, unknown> }>(OUTCOMES, { id: huddleId });
    expect(empty.caseloadOutcomes).toEqual({
      huddleId,
      measureKey: 'NDTA',
      peopleAssessed: 0,
      peopleWithChange: 0,
      averageAtEntry: null,
      averageLatest: null,
      averageChange: null,
    });
    const { huddle } = await clients.coordinator!.ok<{ huddle: Loads }>(
      `query ($id: ID!) { huddle(id: $id) { caseload { id person { id } } } }`,
      {
        id: huddleId,
      },
    );
    const [a, b, c] = huddle.caseload.map((e) => e.person!.id);
    const { outcomeMeasures } = await clients.coordinator!.ok<{ outcomeMeasures: Array<{ key: string; domains: Array<{ key: string }> }> }>(
      `{ outcomeMeasures { key domains { key } } }`,
    );
    const domains = outcomeMeasures.find((m) => m.key === 'NDTA')!.domains;
    // Every domain at `score`: with two domains counting double, the total is score × 12.
    const assess = (personId: string, score: number, assessedOn: string) =>
      clients.coordinator!.ok(`mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { measure { key } } }`, {
        input: { personId, assessedOn, scores: domains.map((d) => ({ domain: d.key, score })) },
      });
    // a: 36 → 24 (change −12); b: 48 → 36 (change −12); c: one assessment of 12, so no change yet.
    await assess(a!, 3, '2026-01-10');
    await assess(a!, 2, '2026-04-10');
    await assess(b!, 4, '2026-01-10');
    await assess(b!, 3, '2026-04-10');
    await assess(c!, 1, '2026-02-10');
    const summary = await clients.coordinator!.ok<{ caseloadOutcomes: Record<string, unknown> }>(OUTCOMES, { id: huddleId });
    expect(summary.caseloadOutcomes).toEqual({
      huddleId,
      measureKey: 'NDTA',
      peopleAssessed: 3,
      peopleWithChange: 2,
      averageAtEntry: 32, // (36 + 48 + 12) / 3
      averageLatest: 24, // (24 + 36 + 12) / 3
      averageChange: -12,
    });
    // Someone taken off the caseload no longer counts.
    const entryOfC = huddle.caseload.find((e) => e.person?.id === c)!.id;
    await clients.coordinator!.ok(REMOVE, { id: entryOfC });
    const without = await clients.coordinator!.ok<{ caseloadOutcomes: { peopleAssessed: number; averageAtEntry: number } }>(OUTCOMES, {
      id: huddleId,
    });
    expect(without.caseloadOutcomes).toMatchObject({ peopleAssessed: 2, averageAtEntry: 42 });

    const outsider = await buildUser(app.dataSource, { role: 'MANAGER' });
    const outsiderClient = new GqlClient(app.url);
    await outsiderClient.login(outsider.email, TEST_PASSWORD);
    expect(errorCode(await outsiderClient.request(OUTCOMES, { id: huddleId }))).toBe('FORBIDDEN');
  });
});
