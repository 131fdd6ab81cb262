import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, recordAgreement } from '../../../test/people.js';

const ITEM_FIELDS = `id position kind title reason personRestricted person { id displayName } notes notesVersion decisions decisionsVersion systemBarrier barrierVersion discussed actions { id title }`;
const MEETING = `query ($id: ID!) { meeting(id: $id) { id status seq isChair focusItemId items { ${ITEM_FIELDS} } attendance { user { name } present } } }`;
const UPDATE = `mutation ($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id notes notesVersion decisions decisionsVersion } }`;
const EVENTS = `subscription ($id: ID!, $after: Int) { meetingEvents(meetingId: $id, afterSeq: $after) { seq type itemId field version actorName typing } }`;

interface Item {
  id: string;
  kind: string;
  title: string;
  personRestricted: boolean;
  person: { id: string; displayName: string } | null;
  notes: string | null;
  notesVersion: number;
  decisions: string | null;
  decisionsVersion: number;
  discussed: boolean;
  actions: Array<{ id: string; title: string }>;
}
interface MeetingData {
  id: string;
  status: string;
  seq: number;
  attendance: Array<{ user: { name: string }; present: boolean }>;
  items: Item[];
}
type EventData = {
  data: {
    meetingEvents: {
      seq: number | null;
      type: string;
      itemId: string | null;
      field: string | null;
      version: number | null;
      typing: boolean | null;
    };
  };
};

describe('live huddle meetings across two server processes', () => {
  let a: TestApp;
  let b: TestApp;
  const orgs: Record<string, string> = {};
  let chair: GqlClient;
  let housing: GqlClient;
  let outsider: GqlClient;
  const members: GqlClient[] = [];
  let personId: string;
  let meetingId: string;

  const signIn = async (app: TestApp, org: string, role: 'PRACTITIONER' | 'COORDINATOR' | 'MANAGER', name?: string) => {
    const user = await buildUser(a.dataSource, { organisationId: orgs[org]!, role, name });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    return { client, user };
  };
  const meeting = async (client: GqlClient) => (await client.ok<{ meeting: MeetingData }>(MEETING, { id: meetingId })).meeting;

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ databaseUrl: a.databaseUrl });
    for (const [key, kind] of [
      ['charity', 'CHARITY'],
      ['probation', 'PROBATION'],
      ['housing', 'COUNCIL_HOUSING'],
      ['police', 'POLICE'],
    ] as const) {
      orgs[key] = (await buildOrganisation(a.dataSource, { kind, name: `Org ${key}` })).id;
    }
    const c = await signIn(a, 'charity', 'COORDINATOR', 'Sam Chair');
    chair = c.client;
    const probation = await signIn(a, 'probation', 'PRACTITIONER', 'Pat Probation');
    housing = (await signIn(b, 'housing', 'PRACTITIONER', 'Hal Housing')).client;
    outsider = (await signIn(b, 'police', 'PRACTITIONER', 'Polly Police')).client;
    // The person is held by probation and shared with the charity, but not with housing.
    personId = await createFullPerson(probation.client, 'Morgan Huddle-Person');
    await recordAgreement(probation.client, personId, [orgs.charity!], ['STORY', 'NEEDS']);
    const huddle = await chair.ok<{ createHuddle: { id: string } }>(
      `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
      {
        input: {
          name: 'Northvale MEAM',
          councilArea: 'Northvale',
          memberOrganisationIds: [orgs.charity, orgs.probation, orgs.housing],
          chairIds: [c.user.id],
          usualDay: 'TUESDAY',
          usualTime: '10:00',
        },
      },
    );
    const added = await chair.ok<{
      addToCaseload: { warning: string | null; huddle: { caseload: Array<{ person: { id: string } | null }> } };
    }>(`mutation ($input: AddToCaseloadInput!) { addToCaseload(input: $input) { warning huddle { caseload { person { id } } } } }`, {
      input: {
        huddleId: huddle.createHuddle.id,
        personId,
        referringOrganisationId: orgs.probation,
        offerOfHelp: 'Weekly probation contact at the hub',
        coordinatorId: c.user.id,
      },
    });
    expect(added.addToCaseload.warning).toBeNull();
    const scheduled = await chair.ok<{ scheduleMeeting: { meetings: Array<{ id: string }> } }>(
      `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { meetings { id } } }`,
      { h: huddle.createHuddle.id, at: new Date(Date.now() + 3_600_000).toISOString() },
    );
    meetingId = scheduled.scheduleMeeting.meetings[0]!.id;
    await chair.ok(`mutation ($id: ID!) { startMeeting(meetingId: $id) { status } }`, { id: meetingId });
    for (let i = 0; i < 20; i++)
      members.push((await signIn(i % 2 ? b : a, i % 3 === 0 ? 'probation' : 'charity', 'PRACTITIONER', `Member ${i}`)).client);
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  it('builds a draft agenda for the chair: new referrals and a review of incomplete actions', async () => {
    const m = await meeting(chair);
    expect(m.status).toBe('LIVE');
    expect(m.items.map((i) => [i.kind, i.person?.id ?? null])).toEqual([
      ['NEW_REFERRAL', personId],
      ['INCOMPLETE_ACTIONS_REVIEW', null],
    ]);
  });

  it('shows each viewer a person’s details by their own sharing rights, and nothing to non-members', async () => {
    const forHousing = (await meeting(housing)).items[0]!;
    expect(forHousing).toMatchObject({
      title: 'Person discussed (details restricted)',
      personRestricted: true,
      person: null,
      notes: null,
      decisions: null,
    });
    const forChair = (await meeting(chair)).items[0]!;
    expect(forChair.person?.displayName).toBe('Morgan');
    expect(errorCode(await outsider.request(MEETING, { id: meetingId }))).toBe('FORBIDDEN');
    // Housing cannot write about the person either.
    const attempt = await housing.request(UPDATE, { input: { itemId: forHousing.id, field: 'NOTES', expectedVersion: 1, text: 'x' } });
    expect(errorCode(attempt)).toBe('FORBIDDEN');
  });

  it('delivers edits made on one process to subscribers on the other, and never sends a restricted subscriber the details', async () => {
    const item = (await meeting(chair)).items[0]!;
    const onA = collect<EventData>(chair.ws(a.wsUrl), EVENTS, { id: meetingId });
    const housingWs = housing.ws(b.wsUrl);
    const onB = collect<EventData>(
      housingWs,
      `subscription ($id: ID!) { meetingEvents(meetingId: $id) { seq type itemId field version } }`,
      { id: meetingId },
    );
    await new Promise((r) => setTimeout(r, 300));
    const writer = members[1]!; // on process b
    await writer.ok(UPDATE, {
      input: { itemId: item.id, field: 'NOTES', expectedVersion: item.notesVersion, text: 'Morgan’s GP is Dr Okafor; depot due Friday' },
    });
    const seenA = (await onA.next()).data.meetingEvents;
    const seenB = (await onB.next()).data.meetingEvents;
    expect(seenA).toMatchObject({
      type: 'ITEM_CHANGED',
      itemId: item.id,
      field: 'NOTES',
      version: item.notesVersion + 1,
      actorName: 'Member 1',
    });
    expect(seenB).toMatchObject({ type: 'ITEM_CHANGED', itemId: item.id, field: 'NOTES', seq: seenA.seq });
    // The event carries ids and versions only: housing, re-reading, still sees no details.
    expect(JSON.stringify(onB.events)).not.toContain('Okafor');
    const reread = await housing.ok<{ agendaItem: Item }>(`query ($id: ID!) { agendaItem(id: $id) { ${ITEM_FIELDS} } }`, { id: item.id });
    expect(reread.agendaItem.notes).toBeNull();
    expect(JSON.stringify(reread)).not.toContain('Okafor');
    // Presence: "Member 1 is typing" reaches the other process, unsequenced.
    await writer.ok(`mutation ($m: ID!, $i: ID) { reportPresence(meetingId: $m, itemId: $i, field: "NOTES", typing: true) }`, {
      m: meetingId,
      i: item.id,
    });
    expect((await onA.next()).data.meetingEvents).toMatchObject({ type: 'PRESENCE', seq: null, typing: true, itemId: item.id });
    onA.dispose();
    onB.dispose();
    await housingWs.dispose();
  });

  it('never lets two people editing different fields conflict', async () => {
    // Three items of their own. In each round every field is saved at once: each item's notes by
    // one person on one process, its decisions by another on the other process. Many rounds give
    // the two writers of an item many chances to meet in the database.
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const added = await chair.ok<{ addAgendaItem: { id: string } }>(
        `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
        { input: { meetingId, title: `Side by side ${i}` } },
      );
      ids.push(added.addAgendaItem.id);
    }
    const FIELDS = ['NOTES', 'DECISIONS'] as const;
    const ROUNDS = 15;
    const versions = new Map(ids.map((id) => [id, { NOTES: 1, DECISIONS: 1 }]));
    const refused: unknown[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(
        ids.flatMap((id, i) =>
          FIELDS.map(async (field, f) => {
            // Members alternate between the processes, so the two fields' writers are on different ones.
            const client = members[i * 2 + f]!;
            const result = await client.request<{ updateAgendaItem: { notesVersion: number; decisionsVersion: number } }>(UPDATE, {
              input: { itemId: id, field, expectedVersion: versions.get(id)![field], text: `${field} of round ${round}` },
            });
            if (result.errors) refused.push({ round, field, errors: result.errors });
            else {
              const saved = result.data!.updateAgendaItem;
              versions.get(id)![field] = field === 'NOTES' ? saved.notesVersion : saved.decisionsVersion;
            }
          }),
        ),
      );
    }
    expect(refused).toEqual([]);
    const final = (await meeting(chair)).items.filter((i) => ids.includes(i.id));
    expect(final).toHaveLength(3);
    for (const item of final) {
      expect(item).toMatchObject({
        notes: `NOTES of round ${ROUNDS - 1}`,
        notesVersion: ROUNDS + 1,
        decisions: `DECISIONS of round ${ROUNDS - 1}`,
        decisionsVersion: ROUNDS + 1,
      });
    }
  });

  it('loses no update when 20 clients make 50 edits each at once on two processes', async () => {
    // Five items, two text fields each: ten fields edited concurrently by everyone.
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const added = await chair.ok<{ addAgendaItem: { id: string } }>(
        `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
        {
          input: { meetingId, title: `Concurrency ${i}` },
        },
      );
      ids.push(added.addAgendaItem.id);
    }
    const fields = ids.flatMap((id) => [
      { id, field: 'NOTES' as const },
      { id, field: 'DECISIONS' as const },
    ]);
    let accepted = 0;
    let conflicts = 0;
    await Promise.all(
      members.map(async (client, c) => {
        // Each client remembers what it last saw of each field, as an editor would.
        const known = new Map<string, { text: string; version: number }>();
        for (let e = 0; e < 50; e++) {
          const target = fields[(c * 7 + e * 3) % fields.length]!;
          const key = `${target.id}:${target.field}`;
          let seen = known.get(key) ?? { text: '', version: 1 };
          for (;;) {
            const line = `c${c}e${e}`;
            const text = seen.text ? `${seen.text}\n${line}` : line;
            const result = await client.request<{
              updateAgendaItem: { notes: string; notesVersion: number; decisions: string; decisionsVersion: number };
            }>(UPDATE, {
              input: { itemId: target.id, field: target.field, expectedVersion: seen.version, text },
            });
            if (!result.errors) {
              accepted++;
              // The answer is read after the save commits, so it may hold a later save too: keep its
              // text and version together (our own text with its version would overwrite that save).
              const saved = result.data!.updateAgendaItem;
              known.set(
                key,
                target.field === 'NOTES'
                  ? { text: saved.notes, version: saved.notesVersion }
                  : { text: saved.decisions, version: saved.decisionsVersion },
              );
              break;
            }
            // A rejected save is always a typed conflict carrying the current text: merge and retry.
            expect(errorCode(result)).toBe('VERSION_CONFLICT');
            conflicts++;
            const current = result.errors![0]!.extensions!.current as { value: string; version: number };
            seen = { text: current.value, version: current.version };
          }
        }
      }),
    );
    expect(accepted).toBe(1000);
    expect(conflicts).toBeGreaterThan(0);
    const final = await meeting(chair);
    const lines = final.items
      .filter((i) => ids.includes(i.id))
      .flatMap((i) => [...(i.notes ?? '').split('\n'), ...(i.decisions ?? '').split('\n')])
      .filter(Boolean);
    // Every accepted edit is in the final state, exactly once.
    expect(lines).toHaveLength(1000);
    expect(new Set(lines).size).toBe(1000);
    const versions = final.items.filter((i) => ids.includes(i.id)).reduce((sum, i) => sum + i.notesVersion - 1 + i.decisionsVersion - 1, 0);
    expect(versions).toBe(1000);
  }, 120_000);

  it('catches a client up on everything it missed while disconnected', async () => {
    const before = await meeting(chair);
    const item = before.items[1]!;
    // The client saw everything up to `before.seq`, then dropped off.
    await members[4]!.ok(UPDATE, { input: { itemId: item.id, field: 'SYSTEM_BARRIER', expectedVersion: 1, flag: true } });
    await chair.ok(`mutation ($m: ID!, $i: ID) { setMeetingFocus(meetingId: $m, itemId: $i) }`, { m: meetingId, i: item.id });
    await members[5]!.ok(`mutation ($i: ID!) { moveAgendaItem(itemId: $i, toPosition: 1) { id } }`, { i: item.id });
    const ws = members[6]!.ws(b.wsUrl);
    const resumed = collect<EventData>(ws, EVENTS, { id: meetingId, after: before.seq });
    const caught = [await resumed.next(), await resumed.next(), await resumed.next()].map((e) => e.data.meetingEvents);
    expect(caught.map((e) => [e.seq, e.type])).toEqual([
      [before.seq + 1, 'ITEM_CHANGED'],
      [before.seq + 2, 'FOCUS'],
      [before.seq + 3, 'ITEM_MOVED'],
    ]);
    // …and then live events follow, in sequence, with nothing repeated.
    await members[7]!.ok(`mutation ($m: ID!) { recordAttendance(meetingId: $m, present: true) }`, { m: meetingId });
    expect((await resumed.next()).data.meetingEvents).toMatchObject({ seq: before.seq + 4, type: 'ATTENDANCE' });
    await ws.dispose();
  });

  it('lets the chair record attendance only for people of the huddle', async () => {
    const housingColleague = await buildUser(a.dataSource, { organisationId: orgs.housing!, name: 'Harper Housing' });
    const policeOfficer = await buildUser(a.dataSource, { organisationId: orgs.police!, name: 'Pip Police' });
    const record = (userId: string) =>
      chair.request(`mutation ($m: ID!, $u: ID) { recordAttendance(meetingId: $m, present: true, userId: $u) }`, {
        m: meetingId,
        u: userId,
      });
    expect((await record(housingColleague.id)).data).toEqual({ recordAttendance: true });
    const refused = await record(policeOfficer.id);
    expect(errorCode(refused)).toBe('VALIDATION_FAILED');
    expect(refused.errors?.[0]?.extensions?.fields).toEqual({ userId: 'Choose someone from the huddle’s member organisations.' });
    expect(errorCode(await record('00000000-0000-4000-8000-000000000000'))).toBe('VALIDATION_FAILED');
    const names = (await meeting(chair)).attendance.map((x) => x.user.name);
    expect(names).toContain('Harper Housing');
    expect(names).not.toContain('Pip Police');
  });

  it('creates actions in place, and on closing freezes the minutes and carries unfinished items forward', async () => {
    const m = await meeting(chair);
    const first = m.items.find((i) => i.kind === 'NEW_REFERRAL')!;
    const created = await chair.ok<{ createAction: { id: string; origin: { meetingId: string; agendaItemId: string } } }>(
      `mutation ($input: CreateActionInput!) { createAction(input: $input) { id origin { meetingId agendaItemId } } }`,
      {
        input: {
          title: 'Register with a GP before release',
          ownerId: (await chair.ok<{ me: { id: string } }>(`{ me { id } }`)).me.id,
          dueDate: '2027-01-10',
          agendaItemId: first.id,
        },
      },
    );
    expect(created.createAction.origin).toEqual({ meetingId, agendaItemId: first.id });
    expect((await meeting(chair)).items.find((i) => i.id === first.id)!.actions.map((x) => x.title)).toEqual([
      'Register with a GP before release',
    ]);
    await chair.ok(UPDATE, { input: { itemId: first.id, field: 'DISCUSSED', expectedVersion: 0, flag: true } });

    // Only a chair can close.
    expect(errorCode(await members[0]!.request(`mutation ($id: ID!) { closeMeeting(meetingId: $id) { status } }`, { id: meetingId }))).toBe(
      'FORBIDDEN',
    );
    const closed = await chair.ok<{ closeMeeting: MeetingData }>(
      `mutation ($id: ID!) { closeMeeting(meetingId: $id) { id status items { ${ITEM_FIELDS} } } }`,
      { id: meetingId },
    );
    expect(closed.closeMeeting.status).toBe('CLOSED');
    // Minutes are readable with sharing rules applied, and cannot change.
    const minutes = await meeting(housing);
    expect(minutes.items.find((i) => i.id === first.id)).toMatchObject({ personRestricted: true, notes: null });
    const late = await members[1]!.request(UPDATE, { input: { itemId: first.id, field: 'NOTES', expectedVersion: 99, text: 'too late' } });
    expect(errorCode(late)).toBe('VALIDATION_FAILED');
    expect(late.errors?.[0]?.message).toBe('This meeting is closed: its minutes are frozen and cannot change.');
    await expect(
      a.dataSource.query(`UPDATE meeting_minutes_item SET notes = 'changed' WHERE meeting_id = $1`, [meetingId]),
    ).rejects.toThrow(/cannot be changed/);

    // The next meeting was scheduled a week on, with unfinished items carried over.
    const huddles = await chair.ok<{ huddles: Array<{ meetings: Array<{ id: string; status: string }> }> }>(
      `{ huddles { meetings { id status } } }`,
    );
    const next = huddles.huddles[0]!.meetings.find((x) => x.status === 'PLANNED')!;
    const nextMeeting = await chair.ok<{ meeting: MeetingData }>(MEETING, { id: next.id });
    const kinds = nextMeeting.meeting.items.map((i) => i.kind);
    // Every item not reached (nothing written, decided or agreed at it) is carried, once; the review
    // of incomplete actions starts afresh. (minutes.test.ts carries items nobody touched.)
    const unreached = m.items.filter(
      (i) =>
        i.id !== first.id &&
        i.kind !== 'INCOMPLETE_ACTIONS_REVIEW' &&
        !/\S/.test(i.notes ?? '') &&
        !/\S/.test(i.decisions ?? '') &&
        i.actions.length === 0,
    );
    expect(kinds.filter((k) => k === 'CARRIED_OVER')).toHaveLength(unreached.length);
    expect(kinds.filter((k) => k === 'INCOMPLETE_ACTIONS_REVIEW')).toHaveLength(1);
    expect(kinds).toContain('INCOMPLETE_ACTIONS_REVIEW');
  });
});

describe('the agenda query', () => {
  let app: TestApp;
  let chair: GqlClient;
  let chairId: string;
  let practitioner: GqlClient;
  let orgId: string;

  beforeAll(async () => {
    app = await startTestApp();
    orgId = (await buildOrganisation(app.dataSource, { kind: 'CHARITY' })).id;
    const c = await buildUser(app.dataSource, { organisationId: orgId, role: 'COORDINATOR' });
    chairId = c.id;
    chair = new GqlClient(app.url);
    await chair.login(c.email, TEST_PASSWORD);
    const p = await buildUser(app.dataSource, { organisationId: orgId, role: 'PRACTITIONER' });
    practitioner = new GqlClient(app.url);
    await practitioner.login(p.email, TEST_PASSWORD);
  });
  afterAll(() => app.stop());

  /** A live meeting with `size` items, each about a different person and with two actions. */
  async function meetingWith(size: number): Promise<string> {
    const huddle = await chair.ok<{ createHuddle: { id: string } }>(
      `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
      {
        input: { name: `Guard ${size}`, councilArea: 'Testshire', memberOrganisationIds: [orgId], chairIds: [chairId] },
      },
    );
    const scheduled = await chair.ok<{ scheduleMeeting: { meetings: Array<{ id: string }> } }>(
      `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { meetings { id } } }`,
      { h: huddle.createHuddle.id, at: new Date(Date.now() + 3_600_000).toISOString() },
    );
    const id = scheduled.scheduleMeeting.meetings[0]!.id;
    for (let i = 0; i < size; i++) {
      const personId = await createFullPerson(practitioner);
      const item = await chair.ok<{ addAgendaItem: { id: string } }>(
        `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
        {
          input: { meetingId: id, personId, title: `Item ${i}` },
        },
      );
      for (let k = 0; k < 2; k++) {
        await chair.ok(`mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
          input: { title: `Action ${i}.${k}`, ownerId: chairId, dueDate: '2027-02-01', agendaItemId: item.addAgendaItem.id },
        });
      }
    }
    return id;
  }

  it('runs the same number of SQL statements whatever the agenda’s size', async () => {
    const small = await meetingWith(2);
    const large = await meetingWith(8);
    const count = async (id: string) => {
      await chair.ok(`{ me { id } }`); // the process now remembers the session, as it would mid-meeting
      app.sqlLog.length = 0;
      const result = await chair.ok<{ meeting: MeetingData }>(MEETING, { id });
      return {
        statements: app.sqlLog.filter((s) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(s)).length,
        items: result.meeting.items.length,
      };
    };
    const a = await count(small);
    const b = await count(large);
    expect(b.items).toBeGreaterThan(a.items);
    expect(b.statements).toBe(a.statements);
    // One statement: the meeting with its items, actions and people, and the audit insert as a CTE.
    expect(b.statements).toBe(1);
  }, 60_000);

  it('reads only the action columns a query selects, and answers them as a full read does', async () => {
    const id = await meetingWith(2);
    const WIDE = `id title detail personRestricted person { id displayName } owner { id name organisation { id name kind } }
      ownerOrganisation { id name kind } dueDate dueWindow status statusReason overdue canEdit
      createdBy { id name organisation { id name kind } } createdAt updatedAt completedAt version origin { huddleId meetingId agendaItemId } history { id } comments { id }`;
    type Actions = { meeting: { items: Array<{ actions: Array<Record<string, unknown>> }> } };
    const ask = async (query: string) => {
      app.sqlLog.length = 0;
      const result = await chair.ok<Actions>(query, { id });
      const sql = app.sqlLog.find((s) => s.includes('huddle_isa_signed'))!;
      return { actions: result.meeting.items.flatMap((i) => i.actions), sql };
    };
    const wide = await ask(`query ($id: ID!) { meeting(id: $id) { items { actions { ${WIDE} } } } }`);
    expect(wide.actions).toHaveLength(4);
    // The same as the action query itself answers, which reads every column (an agenda shows no history or comments).
    for (const action of wide.actions) {
      const alone = await chair.ok<{ action: Record<string, unknown> }>(`query ($id: ID!) { action(id: $id) { ${WIDE} } }`, {
        id: action.id,
      });
      expect(action).toEqual({ ...alone.action, history: [], comments: [] });
    }
    expect(wide.sql).toContain('creator_organisation_name');

    // Narrow, and through fragments: the same values, from fewer columns.
    const narrow = await ask(
      `query ($id: ID!) { meeting(id: $id) { items { actions { id title status dueDate owner { name } person { id } } } } }`,
    );
    expect(narrow.actions).toEqual(
      wide.actions.map((a) => ({
        id: a.id,
        title: a.title,
        status: a.status,
        dueDate: a.dueDate,
        owner: { name: (a.owner as { name: string }).name },
        person: a.person === null ? null : { id: (a.person as { id: string }).id },
      })),
    );
    expect(narrow.sql).not.toContain('creator_name');
    expect(narrow.sql).not.toContain('owner_organisation_name');
    const viaFragments = await ask(`query ($id: ID!) { meeting(id: $id) { items { ...I } } }
      fragment I on AgendaItem { actions { ... on Action { id ...A } } }
      fragment A on Action { overdue owner { organisation { name } } createdBy { name } }`);
    expect(viaFragments.actions).toEqual(
      wide.actions.map((a) => ({
        id: a.id,
        overdue: a.overdue,
        owner: { organisation: { name: (a.owner as { organisation: { name: string } }).organisation.name } },
        createdBy: { name: (a.createdBy as { name: string }).name },
      })),
    );
    expect(viaFragments.sql).not.toContain('creator_organisation_name');
  }, 60_000);
});
