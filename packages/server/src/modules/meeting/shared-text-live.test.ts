import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collect, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, recordAgreement } from '../../../test/people.js';

const READ = `query ($itemId: ID!, $field: AgendaTextField!, $sv: String) { agendaText(itemId: $itemId, field: $field, stateVector: $sv) { update } }`;
const EDIT = `mutation ($input: EditAgendaTextInput!) { editAgendaText(input: $input) { version } }`;
const EVENTS = `subscription ($id: ID!, $after: Int) { meetingEvents(meetingId: $id, afterSeq: $after) { seq type itemId field version actorId update } }`;
interface EventData {
  data: { meetingEvents: { seq: number | null; type: string; itemId: string | null; field: string | null; update: string | null } };
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

describe('shared text carried in live meeting events, per viewer', () => {
  let a: TestApp;
  let b: TestApp;
  const orgs: Record<string, string> = {};
  let meetingId: string;
  let itemId: string;
  let personId: string;
  let probation: GqlClient;
  let charity: GqlClient;
  let charityUserId: string;
  let quiet: GqlClient;
  let quietUserId: string;
  let housing: GqlClient;

  const signIn = async (app: TestApp, org: string, role: 'PRACTITIONER' | 'COORDINATOR', name: string) => {
    const user = await buildUser(a.dataSource, { organisationId: orgs[org]!, role, name });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    return { client, user };
  };
  /** The meeting's last sequence number (read from the database: reading the agenda would be audited). */
  const lastSeq = async () => {
    const [row] = (await a.dataSource.query(`SELECT seq::int AS seq FROM meeting WHERE id = $1`, [meetingId])) as Array<{ seq: number }>;
    return row!.seq;
  };
  /** Subscribes from just before the last stored event, and waits for its replay: the stream is then live. */
  const follow = async (client: GqlClient, app: TestApp) => {
    const seq = await lastSeq();
    const ws = client.ws(app.wsUrl);
    const events = collect<EventData>(ws, EVENTS, { id: meetingId, after: seq - 1 });
    expect((await events.next(10_000)).data.meetingEvents.seq).toBe(seq);
    return { ws, events };
  };
  /** The next sequenced event (presence comes and goes in between). */
  const nextChange = async (events: ReturnType<typeof collect<EventData>>) => {
    for (;;) {
      const event = (await events.next(10_000)).data.meetingEvents;
      if (event.seq !== null) return event;
    }
  };
  const readsOf = async (userId: string) => {
    const [row] = (await a.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE person_id = $1 AND actor_id = $2 AND action = 'READ' AND purpose = 'Huddle agenda'`,
      [personId, userId],
    )) as Array<{ n: number }>;
    return row!.n;
  };

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ databaseUrl: a.databaseUrl });
    for (const [key, kind] of [
      ['charity', 'CHARITY'],
      ['probation', 'PROBATION'],
      ['housing', 'COUNCIL_HOUSING'],
    ] as const) {
      orgs[key] = (await buildOrganisation(a.dataSource, { kind, name: `Live text org ${key}` })).id;
    }
    const chair = await signIn(a, 'charity', 'COORDINATOR', 'Cass Chair');
    probation = (await signIn(a, 'probation', 'PRACTITIONER', 'Pip Probation')).client;
    const c = await signIn(b, 'charity', 'PRACTITIONER', 'Cal Charity');
    charity = c.client;
    charityUserId = c.user.id;
    const q = await signIn(b, 'charity', 'PRACTITIONER', 'Quinn Quiet');
    quiet = q.client;
    quietUserId = q.user.id;
    housing = (await signIn(b, 'housing', 'PRACTITIONER', 'Hana Housing')).client;
    // Held by probation and shared with the charity; housing may know only the name.
    personId = await createFullPerson(probation, 'Robin Live-Text');
    await recordAgreement(probation, personId, [orgs.charity!], ['STORY']);
    const huddle = await chair.client.ok<{ createHuddle: { id: string } }>(
      `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
      {
        input: {
          name: 'Westmere MEAM',
          councilArea: 'Westmere',
          memberOrganisationIds: [orgs.charity, orgs.probation, orgs.housing],
          chairIds: [chair.user.id],
          usualDay: 'TUESDAY',
          usualTime: '10:00',
        },
      },
    );
    await chair.client.ok(`mutation ($input: AddToCaseloadInput!) { addToCaseload(input: $input) { warning } }`, {
      input: {
        huddleId: huddle.createHuddle.id,
        personId,
        referringOrganisationId: orgs.probation,
        offerOfHelp: 'Weekly probation contact',
        coordinatorId: chair.user.id,
      },
    });
    const scheduled = await chair.client.ok<{ scheduleMeeting: { meetings: Array<{ id: string }> } }>(
      `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { meetings { id } } }`,
      { h: huddle.createHuddle.id, at: new Date(Date.now() + 3_600_000).toISOString() },
    );
    meetingId = scheduled.scheduleMeeting.meetings[0]!.id;
    await chair.client.ok(`mutation ($id: ID!) { startMeeting(meetingId: $id) { status } }`, { id: meetingId });
    const m = await chair.client.ok<{ meeting: { items: Array<{ id: string; person: { id: string } | null }> } }>(
      `query ($id: ID!) { meeting(id: $id) { items { id person { id } } } }`,
      { id: meetingId },
    );
    itemId = m.meeting.items.find((i) => i.person?.id === personId)!.id;
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  it('gives the update to those who may read the notes, on the other process, and the bare event to a name-only member', async () => {
    // Two browsers that have the notes open (read once, audited), and one name-only member.
    const docs = { probation: new Y.Doc(), charity: new Y.Doc() };
    for (const [who, client] of [
      ['probation', probation],
      ['charity', charity],
    ] as const) {
      const read = await client.ok<{ agendaText: { update: string } }>(READ, { itemId, field: 'NOTES', sv: null });
      Y.applyUpdate(docs[who], bytes(read.agendaText.update));
    }
    const followers = { charity: await follow(charity, b), housing: await follow(housing, b) };
    const readsBefore = await readsOf(charityUserId);

    const typed = ['Robin came to the hub. ', 'Housing form sent. ', 'Next visit Friday.'];
    for (const words of typed) {
      const text = docs.probation.getText('text');
      const sv = Y.encodeStateVector(docs.probation);
      text.insert(text.length, words);
      await probation.ok(EDIT, { input: { itemId, field: 'NOTES', update: b64(Y.encodeStateAsUpdate(docs.probation, sv)) } });

      const toCharity = await nextChange(followers.charity.events);
      expect(toCharity).toMatchObject({ type: 'ITEM_CHANGED', itemId, field: 'NOTES' });
      expect(toCharity.update).toEqual(expect.any(String));
      // Applied directly, with no read: the charity's copy is the typist's, and nothing is missing.
      Y.applyUpdate(docs.charity, bytes(toCharity.update!));
      expect(docs.charity.store.pendingStructs).toBeNull();
      expect(docs.charity.getText('text').toString()).toBe(text.toString());

      const toHousing = await nextChange(followers.housing.events);
      expect(toHousing).toMatchObject({ type: 'ITEM_CHANGED', itemId, field: 'NOTES', seq: toCharity.seq, update: null });
    }
    // Following the typing wrote no audit row: the read that opened the field covers it.
    expect(await readsOf(charityUserId)).toBe(readsBefore);
    for (const f of Object.values(followers)) {
      f.events.dispose();
      await f.ws.dispose();
    }
  });

  it('audits the first update a follower receives about the person, and not the ones after', async () => {
    const { ws, events } = await follow(quiet, b);
    expect(await readsOf(quietUserId)).toBe(0);
    const doc = new Y.Doc();
    Y.applyUpdate(
      doc,
      bytes((await probation.ok<{ agendaText: { update: string } }>(READ, { itemId, field: 'DECISIONS', sv: null })).agendaText.update),
    );
    for (const words of ['Agreed: referral to the hub. ', 'Agreed: review in a week.']) {
      const sv = Y.encodeStateVector(doc);
      doc.getText('text').insert(0, words);
      await probation.ok(EDIT, { input: { itemId, field: 'DECISIONS', update: b64(Y.encodeStateAsUpdate(doc, sv)) } });
      expect((await nextChange(events)).update).toEqual(expect.any(String));
    }
    expect(await readsOf(quietUserId)).toBe(1);
    events.dispose();
    await ws.dispose();
  });

  it('replays stored changes without their update, so a client catching up reads the text', async () => {
    const ws = charity.ws(b.wsUrl);
    const events = collect<EventData>(ws, EVENTS, { id: meetingId, after: (await lastSeq()) - 2 });
    for (let i = 0; i < 2; i++) {
      const replayed = (await events.next(10_000)).data.meetingEvents;
      expect(replayed).toMatchObject({ type: 'ITEM_CHANGED', field: 'DECISIONS', update: null });
    }
    events.dispose();
    await ws.dispose();
  });
});
