import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collect, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, recordAgreement } from '../../../test/people.js';

/**
 * One process executes a live meeting event once for everyone who asked the same and may see
 * the same (app/shared-subscribe.ts). These followers are all on one process, subscribed at
 * the same time with the same document, so they share answers wherever sharing is allowed:
 * what each receives must still be what their own access allows, and each is audited as before.
 */
const READ = `query ($itemId: ID!, $field: AgendaTextField!, $sv: String) { agendaText(itemId: $itemId, field: $field, stateVector: $sv) { update } }`;
const EDIT = `mutation ($input: EditAgendaTextInput!) { editAgendaText(input: $input) { version } }`;
const EVENTS = `subscription ($id: ID!, $after: Int) { meetingEvents(meetingId: $id, afterSeq: $after) { seq type itemId field update } }`;
const EVENTS_MAYBE_UPDATE = `subscription ($id: ID!, $after: Int, $words: Boolean!) { meetingEvents(meetingId: $id, afterSeq: $after) { seq type update @include(if: $words) } }`;
interface EventData {
  data: { meetingEvents: { seq: number | null; type: string; itemId?: string | null; field?: string | null; update?: string | null } };
}
type Events = ReturnType<typeof collect<EventData>>;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

describe('live meeting events answered once per process, per what each viewer may see', () => {
  let app: TestApp;
  const orgs: Record<string, string> = {};
  const users: Record<string, { client: GqlClient; id: string }> = {};
  let meetingId: string;
  let itemId: string;
  let personId: string;
  /** The typist's copy of the notes, and the state it started from. */
  const doc = new Y.Doc();
  let start: Uint8Array;

  const signIn = async (org: string, role: 'PRACTITIONER' | 'COORDINATOR', name: string) => {
    const user = await buildUser(app.dataSource, { organisationId: orgs[org]!, role, name });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    return { client, id: user.id };
  };
  const lastSeq = async () => {
    const [row] = (await app.dataSource.query(`SELECT seq::int AS seq FROM meeting WHERE id = $1`, [meetingId])) as Array<{ seq: number }>;
    return row!.seq;
  };
  /** Subscribes from just before the last stored event, and waits for its replay: the stream is then live. */
  const follow = async (client: GqlClient, query = EVENTS, extra: Record<string, unknown> = {}) => {
    const seq = await lastSeq();
    const ws = client.ws(app.wsUrl);
    const events = collect<EventData>(ws, query, { id: meetingId, after: seq - 1, ...extra });
    expect((await events.next(10_000)).data.meetingEvents.seq).toBe(seq);
    return { ws, events };
  };
  const nextChange = async (events: Events) => {
    for (;;) {
      const event = (await events.next(10_000)).data.meetingEvents;
      if (event.seq !== null) return event;
    }
  };
  const type = async (words: string) => {
    const sv = Y.encodeStateVector(doc);
    doc.getText('text').insert(doc.getText('text').length, words);
    await users.probation!.client.ok(EDIT, { input: { itemId, field: 'NOTES', update: b64(Y.encodeStateAsUpdate(doc, sv)) } });
  };
  const readsOf = async (userId: string) => {
    const [row] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE person_id = $1 AND actor_id = $2 AND action = 'READ' AND purpose = 'Huddle agenda'`,
      [personId, userId],
    )) as Array<{ n: number }>;
    return row!.n;
  };

  beforeAll(async () => {
    app = await startTestApp();
    for (const [key, kind] of [
      ['charity', 'CHARITY'],
      ['probation', 'PROBATION'],
      ['housing', 'COUNCIL_HOUSING'],
    ] as const) {
      orgs[key] = (await buildOrganisation(app.dataSource, { kind, name: `Shared answer org ${key}` })).id;
    }
    const chair = await signIn('charity', 'COORDINATOR', 'Cora Chair');
    users.chair = chair;
    users.probation = await signIn('probation', 'PRACTITIONER', 'Pat Probation');
    users.charityOne = await signIn('charity', 'PRACTITIONER', 'Chris Charity');
    users.charityTwo = await signIn('charity', 'PRACTITIONER', 'Carys Charity');
    users.housing = await signIn('housing', 'PRACTITIONER', 'Harri Housing');
    // Held by probation and shared with the charity; housing may know only the name.
    personId = await createFullPerson(users.probation.client, 'Sam Shared-Answer');
    await recordAgreement(users.probation.client, personId, [orgs.charity!], ['STORY']);
    const huddle = await chair.client.ok<{ createHuddle: { id: string } }>(
      `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
      {
        input: {
          name: 'Eastmere MEAM',
          councilArea: 'Eastmere',
          memberOrganisationIds: [orgs.charity, orgs.probation, orgs.housing],
          chairIds: [chair.id],
          usualDay: 'WEDNESDAY',
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
        coordinatorId: chair.id,
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
    start = bytes(
      (await users.probation.client.ok<{ agendaText: { update: string } }>(READ, { itemId, field: 'NOTES', sv: null })).agendaText.update,
    );
    Y.applyUpdate(doc, start);
  });
  afterAll(async () => {
    await app.stop();
  });

  it('gives the words to each follower who may read them and the bare event to the one who may not, and audits each reader once', async () => {
    const copies: Record<string, Y.Doc> = {};
    const readers = ['charityOne', 'charityTwo', 'chair', 'housing'] as const;
    const readsBefore = Object.fromEntries(await Promise.all(readers.map(async (who) => [who, await readsOf(users[who]!.id)] as const)));
    const followers = await Promise.all(
      (['charityOne', 'charityTwo', 'housing', 'chair'] as const).map(async (who) => [who, await follow(users[who]!.client)] as const),
    );
    for (const words of ['Sam came to the hub. ', 'Tenancy form sent.']) {
      await type(words);
      const received = Object.fromEntries(await Promise.all(followers.map(async ([who, f]) => [who, await nextChange(f.events)] as const)));
      for (const who of ['charityOne', 'charityTwo', 'chair']) {
        expect(received[who]).toMatchObject({ type: 'ITEM_CHANGED', itemId, field: 'NOTES', update: expect.any(String) });
        // Applied to the follower's copy, the words arrive whole: nothing was missing from the update.
        const copy = (copies[who] ??= new Y.Doc());
        if (!copy.store.clients.size) Y.applyUpdate(copy, start);
        Y.applyUpdate(copy, bytes(received[who]!.update!));
        expect(copy.getText('text').toString()).toBe(doc.getText('text').toString());
      }
      expect(received.housing).toMatchObject({ type: 'ITEM_CHANGED', itemId, field: 'NOTES', seq: received.charityOne!.seq, update: null });
    }
    // The first update each reader received was audited for that reader (once), whoever the answer was executed for.
    const readsAfter = Object.fromEntries(await Promise.all(readers.map(async (who) => [who, await readsOf(users[who]!.id)] as const)));
    expect(readers.map((who) => readsAfter[who]! - readsBefore[who]!)).toEqual([1, 1, 1, 0]);
    for (const [, f] of followers) {
      f.events.dispose();
      await f.ws.dispose();
    }
  });

  it('answers the same document with different variables in the selection apart', async () => {
    const [withWords, withoutWords, nameOnly] = await Promise.all([
      follow(users.charityOne!.client, EVENTS_MAYBE_UPDATE, { words: true }),
      follow(users.charityTwo!.client, EVENTS_MAYBE_UPDATE, { words: false }),
      follow(users.housing!.client, EVENTS_MAYBE_UPDATE, { words: true }),
    ]);
    await type(' Next visit Friday.');
    const [a, b, c] = await Promise.all([nextChange(withWords.events), nextChange(withoutWords.events), nextChange(nameOnly.events)]);
    expect(a).toMatchObject({ type: 'ITEM_CHANGED', update: expect.any(String) });
    expect(b).toEqual({ seq: a.seq, type: 'ITEM_CHANGED' });
    expect(c).toEqual({ seq: a.seq, type: 'ITEM_CHANGED', update: null });
    for (const f of [withWords, withoutWords, nameOnly]) {
      f.events.dispose();
      await f.ws.dispose();
    }
  });
});
