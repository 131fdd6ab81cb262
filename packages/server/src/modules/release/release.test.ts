import { addDays } from '@casehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, PERSON_FIELDS, recordAgreement } from '../../../test/people.js';

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
const monthOf = (day: string) => day.slice(0, 7);
const firstOfMonth = (offset: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 15)).toISOString().slice(0, 10);
};

describe('release planning, appointments and outcomes', () => {
  let app: TestApp;
  let owner: GqlClient;
  let partner: GqlClient;
  let outsider: GqlClient;
  let ownerOrg: string;
  let partnerOrg: string;
  let leadId: string;

  beforeAll(async () => {
    app = await startTestApp();
    ownerOrg = (await buildOrganisation(app.dataSource, { kind: 'PRISON', name: 'HMP Test' })).id;
    partnerOrg = (await buildOrganisation(app.dataSource, { kind: 'COUNCIL_HOUSING', name: 'Test Housing' })).id;
    const outsiderOrg = (await buildOrganisation(app.dataSource, { kind: 'POLICE', name: 'Test Police' })).id;
    const make = async (org: string) => {
      const user = await buildUser(app.dataSource, { organisationId: org, role: 'PRACTITIONER' });
      const client = new GqlClient(app.url);
      await client.login(user.email, TEST_PASSWORD);
      return { client, user };
    };
    const o = await make(ownerOrg);
    owner = o.client;
    leadId = o.user.id;
    partner = (await make(partnerOrg)).client;
    outsider = (await make(outsiderOrg)).client;
  });
  afterAll(() => app.stop());

  /** A person in custody due out on `releaseDate`, going to `area`. */
  async function inCustody(releaseDate: string, area: string): Promise<string> {
    const id = await createFullPerson(owner);
    await owner.ok(`mutation ($input: UpdatePersonSituationInput!) { updatePersonSituation(input: $input) { id } }`, {
      input: { personId: id, expectedVersion: 1, situation: { kind: 'CUSTODY', establishment: 'HMP Test', releaseDate } },
    });
    await owner.ok(`mutation ($input: UpdateReleasePlanInput!) { updateReleasePlan(input: $input) { version } }`, {
      input: { personId: id, expectedVersion: 0, destinationCouncilArea: area, establishmentTown: 'Testford' },
    });
    return id;
  }
  const item = (client: GqlClient, personId: string, input: Record<string, unknown>) =>
    client.request(
      `mutation ($input: UpdateReleasePlanItemInput!) { updateReleasePlanItem(input: $input) { items { item status version } redFlags } }`,
      {
        input: { personId, expectedVersion: 0, ...input },
      },
    );

  it('keeps a checklist with red flags that clear as items are done', async () => {
    const id = await inCustody(addDays(today(), 10), 'Northvale');
    const plan = await owner.ok<{
      releasePlan: { daysToRelease: number; redFlags: string[]; items: Array<{ item: string; status: string }> };
    }>(`query ($id: ID!) { releasePlan(personId: $id) { daysToRelease redFlags items { item status } } }`, { id });
    expect(plan.releasePlan.daysToRelease).toBe(10);
    expect(plan.releasePlan.items).toHaveLength(9);
    expect(plan.releasePlan.redFlags).toEqual(expect.arrayContaining(['NO_ACCOMMODATION', 'DUTY_TO_REFER_LATE']));
    const noCouncil = await item(owner, id, { item: 'DUTY_TO_REFER', status: 'DONE', onDate: today() });
    expect(errorCode(noCouncil)).toBe('VALIDATION_FAILED');
    expect(noCouncil.errors?.[0]?.extensions?.fields).toEqual({ council: 'Enter the council it was made to.' });
    await item(owner, id, {
      item: 'DUTY_TO_REFER',
      status: 'DONE',
      onDate: today(),
      council: 'Northvale',
      outcome: 'Accepted: prevention duty',
    });
    const done = await item(owner, id, { item: 'ACCOMMODATION', status: 'DONE', detail: 'Supported housing, Elm Road' });
    const flags = (done.data as { updateReleasePlanItem: { redFlags: string[] } }).updateReleasePlanItem.redFlags;
    expect(flags).not.toContain('NO_ACCOMMODATION');
    expect(flags).not.toContain('DUTY_TO_REFER_LATE');
    // A stale version of one item is caught; another item is unaffected.
    const stale = await item(owner, id, { item: 'ACCOMMODATION', status: 'IN_PROGRESS' });
    expect(errorCode(stale)).toBe('VERSION_CONFLICT');
    // Release plans follow the OFFENDING section: a partner with NEEDS only cannot see it.
    await recordAgreement(owner, id, [partnerOrg], ['NEEDS']);
    expect(errorCode(await partner.request(`query ($id: ID!) { releasePlan(personId: $id) { releaseDate } }`, { id }))).toBe('FORBIDDEN');
  });

  it('detects clashes when booking, and the person can be moved to the other window', async () => {
    const id = await createFullPerson(owner);
    const book = (input: Record<string, unknown>) =>
      owner.ok<{ bookAppointment: { appointment: { id: string; version: number }; clashes: Array<{ rule: string }> } }>(
        `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id version } clashes { rule otherAppointmentId message } } }`,
        { input: { personId: id, purpose: 'Test', ...input } },
      );
    const day = addDays(today(), 3);
    const first = await book({ date: day, window: 'MORNING', town: 'Testford' });
    expect(first.bookAppointment.clashes).toEqual([]);
    const second = await book({ date: day, window: 'EXACT', startTime: '10:30', town: 'Testford' });
    expect(second.bookAppointment.clashes.map((c) => c.rule)).toEqual(['TIME_IN_WINDOW']);
    const moved = await owner.ok<{ updateAppointment: Array<{ id: string; window: string; clashes: unknown[] }> }>(
      `mutation ($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { id window clashes { rule } } }`,
      { input: { id: first.bookAppointment.appointment.id, expectedVersion: 1, window: 'AFTERNOON' } },
    );
    expect(moved.updateAppointment.every((a) => a.clashes.length === 0)).toBe(true);
    const third = await book({ date: day, window: 'EXACT', startTime: '09:00', town: 'Elsewhere' });
    expect(third.bookAppointment.clashes.map((c) => c.rule)).toEqual(['DIFFERENT_TOWNS']);
    const bad = await owner.request(`mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } } }`, {
      input: { personId: id, purpose: 'x', date: day, window: 'EXACT' },
    });
    expect(bad.errors?.[0]?.extensions?.fields).toEqual({ startTime: 'Enter the time of the appointment.' });
    expect(errorCode(await outsider.request(`query ($id: ID!) { appointments(personId: $id) { id } }`, { id }))).toBe('FORBIDDEN');
  });

  it('alerts the lead professionals when an appointment is missed, without marking the person', async () => {
    const id = await inCustody(addDays(today(), 30), 'Northvale');
    const booked = await owner.ok<{ bookAppointment: { appointment: { id: string } } }>(
      `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } } }`,
      { input: { personId: id, purpose: 'Housing options', date: today(), window: 'MORNING' } },
    );
    // Everything said about the person: the record (with its timeline), the release plan and
    // its red flags, and their service use.
    const everything = () =>
      owner.ok<Record<string, unknown>>(
        `query ($id: ID!) {
          person(id: $id, purpose: "Test") { ${PERSON_FIELDS} }
          releasePlan(personId: $id) { redFlags version items { item status version } }
          serviceUse(personId: $id) { quarterStart evictions arrests nightsInPrison aeAttendances mentalHealthInpatientDays }
        }`,
        { id },
      );
    const before = await everything();
    await owner.ok(`mutation ($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { id } }`, {
      input: { id: booked.bookAppointment.appointment.id, expectedVersion: 1, status: 'MISSED' },
    });
    // The appointment says it was missed; nothing about the person changed because of it.
    const appointments = await owner.ok<{ appointments: Array<{ id: string; status: string }> }>(
      `query ($id: ID!) { appointments(personId: $id) { id status } }`,
      { id },
    );
    expect(appointments.appointments).toEqual([{ id: booked.bookAppointment.appointment.id, status: 'MISSED' }]);
    expect(await everything()).toEqual(before);
    const alerts: Array<{ user_id: string; message: string }> = await app.dataSource.query(
      `SELECT user_id, message FROM notification WHERE kind = 'APPOINTMENT_MISSED'`,
    );
    expect(alerts.map((a) => a.user_id)).toContain(leadId);
    expect(alerts[0]!.message).toMatch(/was missed\. Worth a call to check they are all right\.$/);
  });

  it('marks an appointment attended or missed only on or after its day', async () => {
    const id = await createFullPerson(owner);
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const booked = await owner.ok<{ bookAppointment: { appointment: { id: string } } }>(
      `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } } }`,
      { input: { personId: id, purpose: 'GP registration', date: nextWeek, window: 'AFTERNOON' } },
    );
    for (const status of ['ATTENDED', 'MISSED']) {
      const refused = await owner.request(`mutation ($input: UpdateAppointmentInput!) { updateAppointment(input: $input) { id } }`, {
        input: { id: booked.bookAppointment.appointment.id, expectedVersion: 1, status },
      });
      expect(errorCode(refused)).toBe('VALIDATION_FAILED');
      expect(refused.errors?.[0]?.extensions?.fields).toEqual({
        status: 'An appointment can be marked attended or missed only on or after its day.',
      });
    }
    const [row] = await app.dataSource.query(`SELECT status, version FROM appointment WHERE id = $1`, [
      booked.bookAppointment.appointment.id,
    ]);
    expect(row).toEqual({ status: 'BOOKED', version: 1 });
  });

  it('validates NDTA scores and works out the weighted total', async () => {
    const id = await createFullPerson(owner);
    const measures = await owner.ok<{
      outcomeMeasures: Array<{ key: string; maxTotal: number; acknowledgement: string; domains: Array<{ key: string; weight: number }> }>;
    }>(`{ outcomeMeasures { key maxTotal acknowledgement domains { key weight } } }`);
    const ndta = measures.outcomeMeasures.find((m) => m.key === 'NDTA')!;
    expect(ndta.maxTotal).toBe(48);
    expect(ndta.acknowledgement).toContain('South West London & St George’s Mental Health NHS Trust');
    const scores = (n: number) => ndta.domains.map((d) => ({ domain: d.key, score: n }));
    const record = (s: Array<{ domain: string; score: number }>, on = today()) =>
      owner.request<{ recordAssessment: Array<{ assessments: Array<{ total: number }>; rescoreDue: boolean }> }>(
        `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { assessments { total } rescoreDue rescoreDueOn } }`,
        { input: { personId: id, assessedOn: on, scores: s } },
      );
    const tooHigh = await record([...scores(2).slice(1), { domain: 'ENGAGEMENT', score: 5 }]);
    expect(errorCode(tooHigh)).toBe('VALIDATION_FAILED');
    expect(tooHigh.errors?.[0]?.extensions?.fields).toEqual({
      ENGAGEMENT: 'Engagement with frontline services must be a whole number from 0 to 4.',
    });
    const first = await record(scores(3), addDays(today(), -100));
    expect(first.data!.recordAssessment[0]!.assessments.map((a) => a.total)).toEqual([36]);
    expect(first.data!.recordAssessment[0]!.rescoreDue).toBe(true); // 100 days ago: a re-score is due
    const second = await record(scores(4));
    expect(second.data!.recordAssessment[0]!.assessments.map((a) => a.total)).toEqual([36, 48]);
    expect(second.data!.recordAssessment[0]!.rescoreDue).toBe(false);
  });

  it('lists upcoming releases soonest first, within the window, with red flags and progress, to those who may see the plans', async () => {
    const AREA = 'Upcomingshire';
    const UPCOMING = `query ($area: String, $days: Int!) { upcomingReleases(councilArea: $area, withinDays: $days) { person { id } releaseDate daysToRelease destinationCouncilArea redFlags itemsDone itemsTotal } }`;
    type Upcoming = {
      upcomingReleases: Array<{
        person: { id: string };
        releaseDate: string;
        daysToRelease: number;
        redFlags: string[];
        itemsDone: number;
        itemsTotal: number;
      }>;
    };
    const later = await inCustody(addDays(today(), 40), AREA);
    const housed = await inCustody(addDays(today(), 10), AREA);
    const unhoused = await inCustody(addDays(today(), 12), AREA);
    const beyond = await inCustody(addDays(today(), 90), AREA);
    expect((await item(owner, housed, { item: 'ACCOMMODATION', status: 'DONE', detail: 'Supported housing' })).errors).toBeUndefined();

    const within56 = (await owner.ok<Upcoming>(UPCOMING, { area: AREA, days: 56 })).upcomingReleases;
    expect(within56.map((r) => r.person.id)).toEqual([housed, unhoused, later]);
    expect(within56.map((r) => [r.releaseDate, r.daysToRelease])).toEqual([
      [addDays(today(), 10), 10],
      [addDays(today(), 12), 12],
      [addDays(today(), 40), 40],
    ]);
    expect(within56.map((r) => [r.itemsDone, r.itemsTotal])).toEqual([
      [1, 9],
      [0, 9],
      [0, 9],
    ]);
    // Release within 14 days with nowhere to live is flagged; with accommodation, or further off, it is not.
    expect(within56[0]!.redFlags).not.toContain('NO_ACCOMMODATION');
    expect(within56[1]!.redFlags).toContain('NO_ACCOMMODATION');
    expect(within56[2]!.redFlags).not.toContain('NO_ACCOMMODATION');
    // A wider window reaches further.
    const within100 = (await owner.ok<Upcoming>(UPCOMING, { area: AREA, days: 100 })).upcomingReleases;
    expect(within100.map((r) => r.person.id)).toEqual([housed, unhoused, later, beyond]);

    // Someone the plans are not shared with sees none of them, until the custody section is shared.
    expect((await partner.ok<Upcoming>(UPCOMING, { area: AREA, days: 100 })).upcomingReleases).toEqual([]);
    await recordAgreement(owner, unhoused, [partnerOrg], ['OFFENDING']);
    expect((await partner.ok<Upcoming>(UPCOMING, { area: AREA, days: 100 })).upcomingReleases.map((r) => r.person.id)).toEqual([unhoused]);
    expect(errorCode(await new GqlClient(app.url).request(UPCOMING, { area: AREA, days: 56 }))).toBe('UNAUTHENTICATED');
  });

  it('records service use a quarter at a time, replacing a quarter recorded again, for those who may see risks', async () => {
    const id = await createFullPerson(owner);
    const RECORD = `mutation ($input: RecordServiceUseInput!) { recordServiceUse(input: $input) { quarterStart evictions arrests nightsInPrison aeAttendances mentalHealthInpatientDays } }`;
    const counts = { evictions: 1, arrests: 2, nightsInPrison: 14, aeAttendances: 3, mentalHealthInpatientDays: 0 };
    const april = await owner.ok<{ recordServiceUse: unknown[] }>(RECORD, {
      input: { personId: id, quarterStart: '2026-04-01', ...counts },
    });
    expect(april.recordServiceUse).toEqual([{ quarterStart: '2026-04-01', ...counts }]);
    // The same quarter again replaces it; an earlier quarter comes first.
    await owner.ok(RECORD, { input: { personId: id, quarterStart: '2026-04-01', ...counts, arrests: 0 } });
    await owner.ok(RECORD, { input: { personId: id, quarterStart: '2026-01-01', ...counts, evictions: 0 } });
    const read = await owner.ok<{ serviceUse: unknown[] }>(
      `query ($id: ID!) { serviceUse(personId: $id) { quarterStart evictions arrests nightsInPrison aeAttendances mentalHealthInpatientDays } }`,
      { id },
    );
    expect(read.serviceUse).toEqual([
      { quarterStart: '2026-01-01', ...counts, evictions: 0 },
      { quarterStart: '2026-04-01', ...counts, arrests: 0 },
    ]);

    const midQuarter = await owner.request(RECORD, { input: { personId: id, quarterStart: '2026-05-01', ...counts } });
    expect(errorCode(midQuarter)).toBe('VALIDATION_FAILED');
    expect(midQuarter.errors?.[0]?.extensions?.fields).toEqual({
      quarterStart: 'Choose the first day of a quarter: 1 January, April, July or October.',
    });
    const negative = await owner.request(RECORD, { input: { personId: id, quarterStart: '2026-07-01', ...counts, arrests: -1 } });
    expect(errorCode(negative)).toBe('VALIDATION_FAILED');
    const tooManyNights = await owner.request(RECORD, {
      input: { personId: id, quarterStart: '2026-07-01', ...counts, nightsInPrison: 93 },
    });
    expect(errorCode(tooManyNights)).toBe('VALIDATION_FAILED');

    // Service use follows the risk section: not shared, not seen or written.
    expect(errorCode(await partner.request(`query ($id: ID!) { serviceUse(personId: $id) { quarterStart } }`, { id }))).toBe('FORBIDDEN');
    expect(errorCode(await partner.request(RECORD, { input: { personId: id, quarterStart: '2026-07-01', ...counts } }))).toBe('FORBIDDEN');
    await recordAgreement(owner, id, [partnerOrg], ['RISK']);
    expect(
      (await partner.ok<{ serviceUse: unknown[] }>(`query ($id: ID!) { serviceUse(personId: $id) { quarterStart } }`, { id })).serviceUse,
    ).toHaveLength(2);
    const stored = await app.dataSource.query(`SELECT count(*)::int AS n FROM service_use WHERE person_id = $1`, [id]);
    expect(stored).toEqual([{ n: 2 }]);
  });

  it('forecasts releases per council area and month, as worked out by hand, with sharing rules on the drill-down', async () => {
    // Fixture: this month + 1: Northvale ×2 (one with accommodation, one with both), Eastbrook ×1;
    // this month + 2: Northvale ×1 (Duty to Refer only). A community person is never counted.
    const m1 = firstOfMonth(1);
    const m2 = firstOfMonth(2);
    const a = await inCustody(m1, 'Northvale');
    const b = await inCustody(m1, 'Northvale');
    const c = await inCustody(m1, 'Eastbrook');
    const d = await inCustody(m2, 'Northvale');
    // Everyone else from earlier tests goes back to the community, so only the fixture counts.
    await app.dataSource.query(
      `UPDATE person SET situation_kind = 'COMMUNITY', release_date = NULL, establishment = NULL WHERE id <> ALL ($1::uuid[])`,
      [[a, b, c, d]],
    );
    await item(owner, a, { item: 'ACCOMMODATION', status: 'DONE', detail: 'Hostel' });
    await item(owner, b, { item: 'ACCOMMODATION', status: 'DONE', detail: 'Family' });
    await item(owner, b, { item: 'DUTY_TO_REFER', status: 'DONE', onDate: today(), council: 'Northvale' });
    await item(owner, d, { item: 'DUTY_TO_REFER', status: 'DONE', onDate: today(), council: 'Northvale' });
    // The owner may see every record, so sees the exact counts (small numbers: forecast.test.ts).
    const forecast = await owner.ok<{
      releaseForecast: {
        months: string[];
        cells: Array<{ councilArea: string; month: string; due: number; accommodationSecured: number; dutyToReferMade: number }>;
      };
    }>(`{ releaseForecast(months: 6) { months cells { councilArea month due accommodationSecured dutyToReferMade suppressed } } }`);
    expect(forecast.releaseForecast.months).toHaveLength(6);
    const cells = forecast.releaseForecast.cells.filter((c) => c.councilArea === 'Northvale' || c.councilArea === 'Eastbrook');
    expect(cells).toEqual([
      { councilArea: 'Eastbrook', month: monthOf(m1), due: 1, accommodationSecured: 0, dutyToReferMade: 0, suppressed: false },
      { councilArea: 'Northvale', month: monthOf(m1), due: 2, accommodationSecured: 2, dutyToReferMade: 1, suppressed: false },
      { councilArea: 'Northvale', month: monthOf(m2), due: 1, accommodationSecured: 0, dutyToReferMade: 1, suppressed: false },
    ]);
    // Drill-down: the owner sees both Northvale people; the partner only the one shared with them (OFFENDING).
    const drill = `query ($m: String!) { releaseForecastPeople(councilArea: "Northvale", month: $m) { person { id } redFlags } }`;
    expect(
      (await owner.ok<{ releaseForecastPeople: Array<{ person: { id: string } }> }>(drill, { m: monthOf(m1) })).releaseForecastPeople
        .map((r) => r.person.id)
        .sort(),
    ).toEqual([a, b].sort());
    expect((await partner.ok<{ releaseForecastPeople: unknown[] }>(drill, { m: monthOf(m1) })).releaseForecastPeople).toEqual([]);
    await recordAgreement(owner, a, [partnerOrg], ['OFFENDING']);
    expect(
      (await partner.ok<{ releaseForecastPeople: Array<{ person: { id: string } }> }>(drill, { m: monthOf(m1) })).releaseForecastPeople.map(
        (r) => r.person.id,
      ),
    ).toEqual([a]);
  });
});
