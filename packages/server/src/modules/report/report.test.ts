import { addDays } from '@casehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD, type BuiltUser } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

const REPORT = `query ($id: ID!) { caseloadReport(huddleId: $id) {
  huddleId
  serviceUseBefore { people personQuarters evictions arrests nightsInPrison aeAttendances mentalHealthInpatientDays suppressed }
  serviceUseAfter { people personQuarters evictions arrests nightsInPrison aeAttendances mentalHealthInpatientDays suppressed }
  actionsByMonth { month completed overdue }
  timelinessByOwner { id name organisationName due onTime late overdue blocked onTimeRate }
  timelinessByOrganisation { id name organisationName due onTime late overdue blocked onTimeRate }
  barrierThemes { theme label count reasons }
} }`;

interface Period {
  people: number;
  personQuarters: number;
  evictions: number | null;
  arrests: number | null;
  nightsInPrison: number | null;
  aeAttendances: number | null;
  mentalHealthInpatientDays: number | null;
  suppressed: boolean;
}
interface Report {
  huddleId: string;
  serviceUseBefore: Period;
  serviceUseAfter: Period;
  actionsByMonth: Array<{ month: string; completed: number; overdue: number }>;
  timelinessByOwner: Array<Record<string, unknown>>;
  timelinessByOrganisation: Array<Record<string, unknown>>;
  barrierThemes: Array<{ theme: string; label: string; count: number; reasons: string[] }>;
}

const todayLondon = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
const day = (offset: number) => addDays(todayLondon(), offset);

describe('the caseload report for managers', () => {
  let app: TestApp;
  let huddleId: string;
  const orgs: Record<string, string> = {};
  const users: Record<string, BuiltUser> = {};
  const clients: Record<string, GqlClient> = {};
  const people: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    orgs.a = (await buildOrganisation(app.dataSource, { kind: 'CHARITY', name: 'Report Charity' })).id;
    orgs.b = (await buildOrganisation(app.dataSource, { kind: 'PROBATION', name: 'Report Probation' })).id;
    orgs.c = (await buildOrganisation(app.dataSource, { kind: 'POLICE', name: 'Report Police' })).id;
    for (const [key, role, org] of [
      ['coordinator', 'COORDINATOR', 'a'],
      ['worker', 'PRACTITIONER', 'a'],
      ['manager', 'MANAGER', 'a'],
      ['officer', 'PRACTITIONER', 'b'],
      ['partnerManager', 'MANAGER', 'b'],
      ['outsider', 'MANAGER', 'c'],
    ] as const) {
      users[key] = await buildUser(app.dataSource, { organisationId: orgs[org]!, role, name: `${key} user` });
      clients[key] = new GqlClient(app.url);
      await clients[key]!.login(users[key]!.email, TEST_PASSWORD);
    }
    const created = await clients.coordinator!.ok<{ createHuddle: { id: string } }>(
      `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
      {
        input: {
          name: 'Report huddle',
          councilArea: 'Testshire',
          memberOrganisationIds: [orgs.a, orgs.b],
          chairIds: [users.coordinator!.id],
        },
      },
    );
    huddleId = created.createHuddle.id;
    // Six people, held by the charity and not shared with probation, all on the caseload.
    for (let i = 0; i < 6; i++) {
      const person = await clients.worker!.ok<{ createPerson: { id: string } }>(
        `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
        { input: { legalName: `Report Person ${i}`, councilArea: 'Testshire' } },
      );
      people.push(person.createPerson.id);
      await clients.coordinator!.ok(`mutation ($input: AddToCaseloadInput!) { addToCaseload(input: $input) { warning } }`, {
        input: {
          huddleId,
          personId: person.createPerson.id,
          referringOrganisationId: orgs.a,
          offerOfHelp: 'Key worker',
          coordinatorId: users.coordinator!.id,
        },
      });
    }
  });
  afterAll(() => app.stop());

  it('is for managers of the huddle’s member organisations only', async () => {
    for (const key of ['coordinator', 'worker', 'officer'])
      expect(errorCode(await clients[key]!.request(REPORT, { id: huddleId })), key).toBe('FORBIDDEN');
    expect(errorCode(await clients.outsider!.request(REPORT, { id: huddleId }))).toBe('FORBIDDEN');
    expect(errorCode(await new GqlClient(app.url).request(REPORT, { id: huddleId }))).toBe('UNAUTHENTICATED');
    const empty = await clients.manager!.ok<{ caseloadReport: Report }>(REPORT, { id: huddleId });
    expect(empty.caseloadReport.serviceUseBefore).toEqual({
      people: 0,
      personQuarters: 0,
      evictions: null,
      arrests: null,
      nightsInPrison: null,
      aeAttendances: null,
      mentalHealthInpatientDays: null,
      suppressed: false,
    });
    expect(empty.caseloadReport.actionsByMonth).toHaveLength(12);
    expect(empty.caseloadReport.actionsByMonth.every((m) => m.completed === 0 && m.overdue === 0)).toBe(true);
    expect(empty.caseloadReport.actionsByMonth.at(-1)!.month).toBe(todayLondon().slice(0, 7));
    expect(empty.caseloadReport.timelinessByOwner).toEqual([]);
    expect(empty.caseloadReport.barrierThemes).toEqual([]);
  });

  it('averages service use per person per quarter before and after joining, withholding small numbers from those who cannot see them all', async () => {
    // Everyone joined in July: January and April are before, July after.
    await app.dataSource.query(`UPDATE caseload_entry SET added_on = '2026-07-15' WHERE huddle_id = $1`, [huddleId]);
    const record = (personId: string, quarterStart: string, n: number) =>
      clients.worker!.ok(`mutation ($input: RecordServiceUseInput!) { recordServiceUse(input: $input) { quarterStart } }`, {
        input: {
          personId,
          quarterStart,
          evictions: n,
          arrests: 2 * n,
          nightsInPrison: 0,
          aeAttendances: 3 * n,
          mentalHealthInpatientDays: 0,
        },
      });
    for (const id of people) {
      await record(id, '2026-01-01', 1);
      await record(id, '2026-04-01', 2);
    }
    for (const id of people.slice(0, 3)) await record(id, '2026-07-01', 1);

    const own = (await clients.manager!.ok<{ caseloadReport: Report }>(REPORT, { id: huddleId })).caseloadReport;
    // Before: 6 people × 2 quarters; evictions 6 × (1 + 2) = 18 over 12 quarters.
    expect(own.serviceUseBefore).toEqual({
      people: 6,
      personQuarters: 12,
      evictions: 1.5,
      arrests: 3,
      nightsInPrison: 0,
      aeAttendances: 4.5,
      mentalHealthInpatientDays: 0,
      suppressed: false,
    });
    // After: 3 people, fewer than 5, but the charity's manager sees all their records.
    expect(own.serviceUseAfter).toEqual({
      people: 3,
      personQuarters: 3,
      evictions: 1,
      arrests: 2,
      nightsInPrison: 0,
      aeAttendances: 3,
      mentalHealthInpatientDays: 0,
      suppressed: false,
    });

    const partner = (await clients.partnerManager!.ok<{ caseloadReport: Report }>(REPORT, { id: huddleId })).caseloadReport;
    expect(partner.serviceUseBefore).toMatchObject({ people: 6, evictions: 1.5, suppressed: false });
    expect(partner.serviceUseAfter).toEqual({
      people: 3,
      personQuarters: 3,
      evictions: null,
      arrests: null,
      nightsInPrison: null,
      aeAttendances: null,
      mentalHealthInpatientDays: null,
      suppressed: true,
    });
  });

  it('counts actions completed and overdue by month, timeliness by owner and organisation, and barriers by theme', async () => {
    const scheduled = await clients.coordinator!.ok<{ scheduleMeeting: { meetings: Array<{ id: string }> } }>(
      `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { meetings { id } } }`,
      { h: huddleId, at: new Date(Date.now() + 3_600_000).toISOString() },
    );
    const meetingId = scheduled.scheduleMeeting.meetings[0]!.id;
    const { meeting } = await clients.coordinator!.ok<{ meeting: { items: Array<{ id: string; person: { id: string } | null }> } }>(
      `query ($id: ID!) { meeting(id: $id) { items { id person { id } } } }`,
      { id: meetingId },
    );
    const itemId = meeting.items.find((i) => i.person)!.id;
    const create = async (title: string, owner: BuiltUser, dueDate: string) =>
      (
        await clients.coordinator!.ok<{ createAction: { id: string } }>(
          `mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`,
          { input: { title, ownerId: owner.id, dueDate, agendaItemId: itemId } },
        )
      ).createAction.id;
    const setStatus = (client: GqlClient, id: string, status: string, statusReason?: string) =>
      client.ok(`mutation ($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, {
        input: { id, expectedVersion: 1, status, statusReason },
      });
    // Completed on a given UK day (time has passed since it was marked done).
    const completedOn = (id: string, date: string) =>
      app.dataSource.query(`UPDATE action SET completed_at = ($2::date + time '12:00') AT TIME ZONE 'Europe/London' WHERE id = $1`, [
        id,
        date,
      ]);

    const onTime = await create('Book housing options appointment', users.worker!, day(-40));
    await setStatus(clients.worker!, onTime, 'DONE');
    await completedOn(onTime, day(-45));
    const late = await create('Open a bank account', users.worker!, day(-40));
    await setStatus(clients.worker!, late, 'DONE');
    await completedOn(late, day(-30));
    await create('Confirm first probation appointment', users.officer!, day(-10));
    const dogs = await create('Find a hostel that takes dogs', users.officer!, day(-10));
    await setStatus(clients.officer!, dogs, 'NOT_POSSIBLE', 'No hostel in the area takes people with dogs');
    const hostel = await create('Find a hostel place', users.officer!, day(-5));
    await setStatus(clients.officer!, hostel, 'NOT_POSSIBLE', 'Hostel waiting list is closed');
    const gp = await create('Register with a GP', users.worker!, day(10));
    await setStatus(clients.worker!, gp, 'NOT_POSSIBLE', 'GP practice list closed to new patients without ID');
    const cancelled = await create('Cancelled step', users.worker!, day(-20));
    await setStatus(clients.worker!, cancelled, 'CANCELLED');

    const report = (await clients.manager!.ok<{ caseloadReport: Report }>(REPORT, { id: huddleId })).caseloadReport;

    const expected = new Map<string, { completed: number; overdue: number }>();
    const bump = (date: string, key: 'completed' | 'overdue') => {
      const month = date.slice(0, 7);
      const entry = expected.get(month) ?? { completed: 0, overdue: 0 };
      entry[key]++;
      expected.set(month, entry);
    };
    bump(day(-45), 'completed');
    bump(day(-30), 'completed');
    bump(day(-40), 'overdue'); // done late
    bump(day(-10), 'overdue'); // still open
    for (const m of report.actionsByMonth)
      expect(m, m.month).toEqual({ month: m.month, ...(expected.get(m.month) ?? { completed: 0, overdue: 0 }) });
    expect([...expected.keys()].every((k) => report.actionsByMonth.some((m) => m.month === k))).toBe(true);

    // The GP action is not due yet and the cancelled one does not count.
    expect(report.timelinessByOwner).toEqual([
      {
        id: users.officer!.id,
        name: 'officer user',
        organisationName: 'Report Probation',
        due: 3,
        onTime: 0,
        late: 0,
        overdue: 1,
        blocked: 2,
        onTimeRate: 0,
      },
      {
        id: users.worker!.id,
        name: 'worker user',
        organisationName: 'Report Charity',
        due: 2,
        onTime: 1,
        late: 1,
        overdue: 0,
        blocked: 0,
        onTimeRate: 0.5,
      },
    ]);
    expect(report.timelinessByOrganisation).toEqual([
      { id: orgs.b, name: 'Report Probation', organisationName: null, due: 3, onTime: 0, late: 0, overdue: 1, blocked: 2, onTimeRate: 0 },
      { id: orgs.a, name: 'Report Charity', organisationName: null, due: 2, onTime: 1, late: 1, overdue: 0, blocked: 0, onTimeRate: 0.5 },
    ]);
    expect(report.barrierThemes).toEqual([
      {
        theme: 'ACCOMMODATION',
        label: 'Accommodation',
        count: 2,
        reasons: ['Hostel waiting list is closed', 'No hostel in the area takes people with dogs'],
      },
      { theme: 'HEALTH', label: 'Health (physical and mental)', count: 1, reasons: ['GP practice list closed to new patients without ID'] },
    ]);
    // Partner managers see the same action figures: actions carry no person details here.
    const partner = (await clients.partnerManager!.ok<{ caseloadReport: Report }>(REPORT, { id: huddleId })).caseloadReport;
    expect(partner.timelinessByOwner).toEqual(report.timelinessByOwner);
    expect(partner.barrierThemes).toEqual(report.barrierThemes);
  });
});
