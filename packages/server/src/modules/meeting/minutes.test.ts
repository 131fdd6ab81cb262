import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, recordAgreement } from '../../../test/people.js';

const USER = `id name organisation { name }`;
const MEETING = `query ($id: ID!) { meeting(id: $id) {
  id status place protectiveMarking
  chair { ${USER} } huddleChairs { ${USER} }
  attendance { present apologies user { ${USER} } }
  signOff { signedOn signedAt signedBy { ${USER} } }
  items { id kind title reason personRestricted person { id displayName } notes decisions discussed outcome }
} }`;
const UPDATE = `mutation ($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id } }`;
const ADD = `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`;
const ATTEND = `mutation ($m: ID!, $p: Boolean!, $u: ID, $a: Boolean) { recordAttendance(meetingId: $m, present: $p, userId: $u, apologies: $a) }`;
const DETAILS = `mutation ($input: MeetingDetailsInput!) { updateMeetingDetails(input: $input) { id place chair { name } } }`;
const SIGN = `mutation ($m: ID!, $d: LocalDate!) { signOffMinutes(meetingId: $m, signedOn: $d) { signedOn signedBy { name } } }`;

interface UserData {
  id: string;
  name: string;
  organisation: { name: string };
}
interface MeetingData {
  id: string;
  status: string;
  place: string | null;
  protectiveMarking: string;
  chair: UserData | null;
  huddleChairs: UserData[];
  attendance: Array<{ present: boolean; apologies: boolean; user: UserData }>;
  signOff: { signedOn: string; signedAt: string; signedBy: UserData } | null;
  items: Array<{
    id: string;
    kind: string;
    title: string;
    reason: string | null;
    personRestricted: boolean;
    person: { id: string; displayName: string } | null;
    notes: string | null;
    decisions: string | null;
    discussed: boolean;
    outcome: string;
  }>;
}

const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

describe('minutes people can sign off, and the agenda pack', () => {
  let app: TestApp;
  const orgs: Record<string, string> = {};
  const users: Record<string, { id: string }> = {};
  let chair: GqlClient;
  let probation: GqlClient;
  let housing: GqlClient;
  let outsider: GqlClient;
  let personId: string;
  let huddleId: string;
  let meetingId: string;

  const signIn = async (org: string, role: 'PRACTITIONER' | 'COORDINATOR', name: string) => {
    const user = await buildUser(app.dataSource, { organisationId: orgs[org]!, role, name });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    users[name] = user;
    return client;
  };
  const read = async (client: GqlClient, id = meetingId) => (await client.ok<{ meeting: MeetingData }>(MEETING, { id })).meeting;
  const audited = async (actorName: string) =>
    Number(
      (
        await app.dataSource.query(
          `SELECT count(*) AS n FROM audit_event WHERE person_id = $1 AND actor_name = $2 AND action = 'READ' AND purpose = 'Huddle agenda'`,
          [personId, actorName],
        )
      )[0].n,
    );

  beforeAll(async () => {
    app = await startTestApp();
    for (const [key, kind] of [
      ['charity', 'CHARITY'],
      ['probation', 'PROBATION'],
      ['housing', 'COUNCIL_HOUSING'],
      ['police', 'POLICE'],
    ] as const) {
      orgs[key] = (await buildOrganisation(app.dataSource, { kind, name: `Org ${key}` })).id;
    }
    chair = await signIn('charity', 'COORDINATOR', 'Cleo Chair');
    probation = await signIn('probation', 'PRACTITIONER', 'Pat Probation');
    housing = await signIn('housing', 'PRACTITIONER', 'Hal Housing');
    outsider = await signIn('police', 'PRACTITIONER', 'Polly Police');
    // Held by probation and shared with the charity; housing, a member, has no section.
    personId = await createFullPerson(probation, 'Morgan Minutes-Person');
    await recordAgreement(probation, personId, [orgs.charity!], ['STORY', 'NEEDS']);
    const huddle = await chair.ok<{ createHuddle: { id: string } }>(
      `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
      {
        input: {
          name: 'Southvale MEAM',
          councilArea: 'Southvale',
          memberOrganisationIds: [orgs.charity, orgs.probation, orgs.housing],
          chairIds: [users['Cleo Chair']!.id],
        },
      },
    );
    huddleId = huddle.createHuddle.id;
    await chair.ok(`mutation ($input: AddToCaseloadInput!) { addToCaseload(input: $input) { warning } }`, {
      input: {
        huddleId,
        personId,
        referringOrganisationId: orgs.probation,
        offerOfHelp: 'Weekly probation contact',
        coordinatorId: users['Cleo Chair']!.id,
      },
    });
    const scheduled = await chair.ok<{ scheduleMeeting: { meetings: Array<{ id: string }> } }>(
      `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { meetings { id } } }`,
      { h: huddleId, at: new Date(Date.now() - 3_600_000).toISOString() },
    );
    meetingId = scheduled.scheduleMeeting.meetings[0]!.id;
  });
  afterAll(() => app.stop());

  it('lets the chair name the place and chair before the meeting, and no one else', async () => {
    const before = await read(chair);
    expect(before).toMatchObject({ status: 'PLANNED', place: null, chair: null, protectiveMarking: 'OFFICIAL-SENSITIVE' });
    expect(before.huddleChairs.map((c) => c.name)).toEqual(['Cleo Chair']);
    const set = await chair.ok<{ updateMeetingDetails: { place: string; chair: { name: string } } }>(DETAILS, {
      input: { meetingId, place: '  The hub, room 2 ', chairId: users['Cleo Chair']!.id },
    });
    expect(set.updateMeetingDetails).toMatchObject({ place: 'The hub, room 2', chair: { name: 'Cleo Chair' } });
    // A field left out stays as it was.
    const placeOnly = await chair.ok<{ updateMeetingDetails: { place: string; chair: { name: string } } }>(DETAILS, {
      input: { meetingId, place: 'The hub, room 2' },
    });
    expect(placeOnly.updateMeetingDetails).toMatchObject({ place: 'The hub, room 2', chair: { name: 'Cleo Chair' } });
    expect(errorCode(await probation.request(DETAILS, { input: { meetingId, place: 'Elsewhere' } }))).toBe('FORBIDDEN');
    const stranger = await chair.request(DETAILS, { input: { meetingId, chairId: users['Polly Police']!.id } });
    expect(errorCode(stranger)).toBe('VALIDATION_FAILED');
    expect(stranger.errors?.[0]?.extensions?.fields).toEqual({ chairId: 'Choose someone from the huddle’s member organisations.' });
  });

  it('builds the agenda pack per reader: a member without the section sees the restricted title, and reads are audited as the agenda', async () => {
    const forChair = await read(chair);
    const personItem = forChair.items.find((i) => i.person?.id === personId)!;
    expect(personItem).toMatchObject({ kind: 'NEW_REFERRAL', personRestricted: false, person: { displayName: 'Morgan' } });
    expect(forChair.place).toBe('The hub, room 2');
    // The same view as the agenda, so the same audit: a read of the person "at the huddle agenda".
    expect(await audited('Cleo Chair')).toBeGreaterThanOrEqual(1);

    const forHousing = await read(housing);
    const hidden = forHousing.items.find((i) => i.id === personItem.id)!;
    expect(hidden).toMatchObject({
      title: 'Person discussed (details restricted)',
      kind: 'PERSON_DISCUSSED',
      reason: null,
      person: null,
      personRestricted: true,
      notes: null,
    });
    expect(JSON.stringify(forHousing)).not.toContain('Morgan');
    expect(forHousing).toMatchObject({ protectiveMarking: 'OFFICIAL-SENSITIVE', place: 'The hub, room 2', chair: { name: 'Cleo Chair' } });
    expect(errorCode(await outsider.request(MEETING, { id: meetingId }))).toBe('FORBIDDEN');
  });

  it('records attendance and apologies before the meeting: anyone for themselves, the chair for anyone', async () => {
    await chair.ok(ATTEND, { m: meetingId, p: false, u: users['Hal Housing']!.id, a: true });
    await probation.ok(ATTEND, { m: meetingId, p: true });
    await chair.ok(ATTEND, { m: meetingId, p: true });
    const both = await chair.request(ATTEND, { m: meetingId, p: true, u: users['Hal Housing']!.id, a: true });
    expect(errorCode(both)).toBe('VALIDATION_FAILED');
    expect(errorCode(await probation.request(ATTEND, { m: meetingId, p: false, u: users['Hal Housing']!.id, a: true }))).toBe('FORBIDDEN');
    const m = await read(housing);
    expect(m.attendance.map((a) => [a.user.name, a.present, a.apologies])).toEqual([
      ['Cleo Chair', true, false],
      ['Hal Housing', false, true],
      ['Pat Probation', true, false],
    ]);
  });

  it('refuses sign-off while the meeting is open', async () => {
    const early = await chair.request(SIGN, { m: meetingId, d: londonToday() });
    expect(errorCode(early)).toBe('VALIDATION_FAILED');
    expect(early.errors?.[0]?.extensions?.reason).toBe('MINUTES_NOT_CLOSED');
  });

  it('takes each item’s outcome from what happened, marked or not, and carries only the items nobody reached', async () => {
    await chair.ok(`mutation ($id: ID!) { startMeeting(meetingId: $id) { status } }`, { id: meetingId });
    const add = async (title: string) =>
      (await chair.ok<{ addAgendaItem: { id: string } }>(ADD, { input: { meetingId, title } })).addAgendaItem.id;
    const noted = await add('Hostel places this winter');
    const decided = await add('Shared training day');
    const agreed = await add('Benefits surgery');
    const untouched = await add('Peer mentor rota');
    await probation.ok(UPDATE, { input: { itemId: noted, field: 'NOTES', expectedVersion: 1, text: 'Two beds free at Elm House.' } });
    await probation.ok(UPDATE, { input: { itemId: decided, field: 'DECISIONS', expectedVersion: 1, text: 'Hold it in March.' } });
    await probation.ok(UPDATE, { input: { itemId: untouched, field: 'NOTES', expectedVersion: 1, text: '   \n ' } });
    await chair.ok(`mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
      input: { title: 'Book the room', ownerId: users['Cleo Chair']!.id, dueDate: '2027-01-10', agendaItemId: agreed },
    });
    const live = await read(chair);
    const outcome = (id: string, m = live) => m.items.find((i) => i.id === id)!.outcome;
    expect([noted, decided, agreed, untouched].map((id) => outcome(id))).toEqual(['DISCUSSED', 'DISCUSSED', 'DISCUSSED', 'PENDING']);
    expect(live.items.find((i) => i.id === noted)!.discussed).toBe(false);

    await chair.ok(`mutation ($id: ID!) { closeMeeting(meetingId: $id) { status } }`, { id: meetingId });
    const minutes = await read(chair);
    expect(minutes.status).toBe('CLOSED');
    expect(minutes.chair).toMatchObject({ name: 'Cleo Chair', organisation: { name: 'Org charity' } });
    expect(minutes.attendance.filter((a) => a.apologies).map((a) => a.user.name)).toEqual(['Hal Housing']);
    expect([noted, decided, agreed, untouched].map((id) => outcome(id, minutes))).toEqual([
      'DISCUSSED',
      'DISCUSSED',
      'DISCUSSED',
      'CARRIED_OVER',
    ]);
    expect(minutes.items.find((i) => i.kind === 'INCOMPLETE_ACTIONS_REVIEW')!.outcome).toBe('NOT_DISCUSSED');
    expect(minutes.items.find((i) => i.person?.id === personId)!.outcome).toBe('CARRIED_OVER');
    // A restricted reader learns that an item was reached, never what was said.
    const forHousing = await read(housing);
    expect(forHousing.items.find((i) => i.kind === 'PERSON_DISCUSSED')).toMatchObject({ outcome: 'CARRIED_OVER', notes: null });

    const next = await chair.ok<{ huddle: { meetings: Array<{ id: string; status: string }> } }>(
      `query ($id: ID!) { huddle(id: $id) { meetings { id status } } }`,
      { id: huddleId },
    );
    const nextId = next.huddle.meetings.find((x) => x.status === 'PLANNED')!.id;
    const carried = (await read(chair, nextId)).items.filter((i) => i.kind === 'CARRIED_OVER');
    // The person and the untouched item; not the items with notes, decisions or an action.
    expect(carried).toHaveLength(2);
    expect(carried.map((i) => i.person?.id ?? i.title).sort()).toEqual([personId, 'Peer mentor rota'].sort());
    expect(carried.find((i) => i.title === 'Peer mentor rota')!.reason).toMatch(
      /^Not reached at the meeting on \d{1,2} [A-Z][a-z]{2} \d{4}$/,
    );
  });

  it('lets only the huddle’s chairs sign the minutes off, once, with a day, and audits it', async () => {
    const refused = await probation.request(SIGN, { m: meetingId, d: londonToday() });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toBe('Only the huddle’s chairs can sign off the minutes.');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('NOT_CHAIR');
    expect(errorCode(await outsider.request(SIGN, { m: meetingId, d: londonToday() }))).toBe('FORBIDDEN');
    const future = await chair.request(SIGN, { m: meetingId, d: '2099-01-01' });
    expect(errorCode(future)).toBe('VALIDATION_FAILED');
    expect(future.errors?.[0]?.extensions?.fields).toEqual({ signedOn: 'The date must be today or in the past.' });
    expect(errorCode(await chair.request(SIGN, { m: meetingId, d: '2020-01-01' }))).toBe('VALIDATION_FAILED');
    expect((await read(chair)).signOff).toBeNull();

    const signed = await chair.ok<{ signOffMinutes: { signedOn: string; signedBy: { name: string } } }>(SIGN, {
      m: meetingId,
      d: londonToday(),
    });
    expect(signed.signOffMinutes).toEqual({ signedOn: londonToday(), signedBy: { name: 'Cleo Chair' } });
    const again = await chair.request(SIGN, { m: meetingId, d: londonToday() });
    expect(errorCode(again)).toBe('ALREADY_EXISTS');
    expect(again.errors?.[0]?.message).toMatch(/^These minutes were already signed off by Cleo Chair on \d{1,2} [A-Z][a-z]{2} \d{4}\.$/);
    expect((await read(housing)).signOff).toMatchObject({ signedOn: londonToday(), signedBy: { name: 'Cleo Chair' } });

    const trail = await app.dataSource.query(`SELECT actor_name, person_id, detail FROM audit_event WHERE action = 'MINUTES_SIGNED_OFF'`);
    expect(trail).toEqual([{ actor_name: 'Cleo Chair', person_id: null, detail: { meetingId, huddleId, signedOn: londonToday() } }]);
    // The sign-off, like the minutes, cannot be changed.
    await expect(
      app.dataSource.query(`UPDATE meeting_minutes_sign_off SET signed_on = '2026-01-01' WHERE meeting_id = $1`, [meetingId]),
    ).rejects.toThrow(/cannot be changed/);
  });

  it('prints the protective marking the server is configured with', async () => {
    const other = await startTestApp({ databaseUrl: app.databaseUrl, env: { PROTECTIVE_MARKING: 'OFFICIAL' } });
    try {
      const client = new GqlClient(other.url);
      const user = await buildUser(app.dataSource, { organisationId: orgs.housing!, role: 'PRACTITIONER' });
      await client.login(user.email, TEST_PASSWORD);
      expect((await read(client)).protectiveMarking).toBe('OFFICIAL');
    } finally {
      await other.stop();
    }
  });
});
