import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createFullPerson, recordAgreement } from '../../../test/people.js';

const FIELDS = ['NOTES', 'DECISIONS'] as const;
type Field = (typeof FIELDS)[number];
const READ = `query ($itemId: ID!, $field: AgendaTextField!, $sv: String) { agendaText(itemId: $itemId, field: $field, stateVector: $sv) { itemId field version text update } }`;
const EDIT = `mutation ($input: EditAgendaTextInput!) { editAgendaText(input: $input) { itemId field version text update } }`;
interface AgendaTextData {
  itemId: string;
  field: Field;
  version: number;
  text: string;
  update: string;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

/** One person at a keyboard: their own copy of each box, kept in step with the server. */
class Typist {
  readonly docs = { NOTES: new Y.Doc(), DECISIONS: new Y.Doc() };
  readonly typed: string[] = [];
  constructor(
    readonly client: GqlClient,
    readonly itemId: string,
  ) {}

  text(field: Field) {
    return this.docs[field].getText('text').toString();
  }

  async sync(field: Field) {
    const doc = this.docs[field];
    const read = await this.client.ok<{ agendaText: AgendaTextData }>(READ, {
      itemId: this.itemId,
      field,
      sv: b64(Y.encodeStateVector(doc)),
    });
    Y.applyUpdate(doc, bytes(read.agendaText.update));
    return read.agendaText;
  }

  /** Types a word where a word may go (never inside another word), sends it, and takes in what others typed meanwhile. */
  async type(field: Field, word: string) {
    const doc = this.docs[field];
    const text = doc.getText('text');
    const current = text.toString();
    const gaps = [0, current.length, ...[...current].flatMap((ch, i) => (ch === '>' ? [i + 1] : []))];
    const at = gaps[Math.floor(Math.random() * gaps.length)]!;
    const before = Y.encodeStateVector(doc);
    text.insert(at, word);
    this.typed.push(word);
    const update = Y.encodeStateAsUpdate(doc, before);
    const sent = await this.client.ok<{ editAgendaText: AgendaTextData }>(EDIT, {
      input: { itemId: this.itemId, field, update: b64(update), stateVector: b64(Y.encodeStateVector(doc)) },
    });
    Y.applyUpdate(doc, bytes(sent.editAgendaText.update));
  }
}

describe('shared notes and decisions, typed by many people at once across two server processes', () => {
  let a: TestApp;
  let b: TestApp;
  const orgs: Record<string, string> = {};
  let chair: GqlClient;
  let housing: GqlClient;
  let outsider: GqlClient;
  const members: GqlClient[] = [];
  let meetingId: string;
  let itemId: string;
  const SEED = 'Notes written before the meeting.';

  const signIn = async (app: TestApp, org: string, role: 'PRACTITIONER' | 'COORDINATOR', name: string) => {
    const user = await buildUser(a.dataSource, { organisationId: orgs[org]!, role, name });
    const client = new GqlClient(app.url);
    await client.login(user.email, TEST_PASSWORD);
    return { client, user };
  };
  const read = async (client: GqlClient, field: Field) =>
    (await client.ok<{ agendaText: AgendaTextData }>(READ, { itemId, field, sv: null })).agendaText;

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ databaseUrl: a.databaseUrl });
    for (const [key, kind] of [
      ['charity', 'CHARITY'],
      ['probation', 'PROBATION'],
      ['housing', 'COUNCIL_HOUSING'],
      ['police', 'POLICE'],
    ] as const) {
      orgs[key] = (await buildOrganisation(a.dataSource, { kind, name: `Text org ${key}` })).id;
    }
    const c = await signIn(a, 'charity', 'COORDINATOR', 'Sam Chair');
    chair = c.client;
    const probation = await signIn(a, 'probation', 'PRACTITIONER', 'Pat Probation');
    housing = (await signIn(b, 'housing', 'PRACTITIONER', 'Hal Housing')).client;
    outsider = (await signIn(b, 'police', 'PRACTITIONER', 'Polly Police')).client;
    // The person is held by probation and shared with the charity; housing knows only the name.
    const personId = await createFullPerson(probation.client, 'Riley Shared-Text');
    await recordAgreement(probation.client, personId, [orgs.charity!], ['STORY']);
    const huddle = await chair.ok<{ createHuddle: { id: string } }>(
      `mutation ($input: CreateHuddleInput!) { createHuddle(input: $input) { id } }`,
      {
        input: {
          name: 'Eastmere MEAM',
          councilArea: 'Eastmere',
          memberOrganisationIds: [orgs.charity, orgs.probation, orgs.housing],
          chairIds: [c.user.id],
          usualDay: 'WEDNESDAY',
          usualTime: '14:00',
        },
      },
    );
    await chair.ok(`mutation ($input: AddToCaseloadInput!) { addToCaseload(input: $input) { warning } }`, {
      input: {
        huddleId: huddle.createHuddle.id,
        personId,
        referringOrganisationId: orgs.probation,
        offerOfHelp: 'Fortnightly probation contact',
        coordinatorId: c.user.id,
      },
    });
    const scheduled = await chair.ok<{ scheduleMeeting: { meetings: Array<{ id: string }> } }>(
      `mutation ($h: ID!, $at: DateTimeISO!) { scheduleMeeting(huddleId: $h, startsAt: $at) { meetings { id } } }`,
      { h: huddle.createHuddle.id, at: new Date(Date.now() + 3_600_000).toISOString() },
    );
    meetingId = scheduled.scheduleMeeting.meetings[0]!.id;
    await chair.ok(`mutation ($id: ID!) { startMeeting(meetingId: $id) { status } }`, { id: meetingId });
    const m = await chair.ok<{ meeting: { items: Array<{ id: string; person: { id: string } | null; notesVersion: number }> } }>(
      `query ($id: ID!) { meeting(id: $id) { items { id person { id } notesVersion } } }`,
      { id: meetingId },
    );
    const item = m.meeting.items.find((i) => i.person?.id === personId)!;
    itemId = item.id;
    // Notes saved the older way, before anyone typed together: the shared text starts from them.
    await chair.ok(`mutation ($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id } }`, {
      input: { itemId, field: 'NOTES', expectedVersion: item.notesVersion, text: SEED },
    });
    for (let i = 0; i < 20; i++)
      members.push((await signIn(i % 2 ? b : a, i % 3 === 0 ? 'probation' : 'charity', 'PRACTITIONER', `Typist ${i}`)).client);
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  it('starts from the notes already saved, the same on both processes', async () => {
    const onA = await read(chair, 'NOTES');
    const onB = await read(members[1]!, 'NOTES');
    expect(onA.text).toBe(SEED);
    expect(onB).toEqual(onA);
    expect((await read(chair, 'DECISIONS')).text).toBe('');
  });

  it('keeps every word when 20 people type 50 bursts each into the same two boxes at once', { timeout: 240_000 }, async () => {
    const typists = members.map((client) => new Typist(client, itemId));
    await Promise.all(typists.map(async (t) => Promise.all(FIELDS.map((f) => t.sync(f)))));
    await Promise.all(
      typists.map(async (t, i) => {
        for (let burst = 0; burst < 50; burst++) {
          await t.type(FIELDS[burst % 2]!, `<${i}.${burst}>`);
          // Now and then, catch up with everyone else without typing.
          if (burst % 10 === 9) await t.sync(FIELDS[(burst + 1) % 2]!);
        }
      }),
    );
    for (const field of FIELDS) {
      const stored = await read(chair, field);
      const words = typists.flatMap((t) => t.typed.filter((w) => Number(w.split('.')[1]!.slice(0, -1)) % 2 === FIELDS.indexOf(field)));
      expect(words).toHaveLength(20 * 25);
      // Every word from every typist is there, whole and once, and nothing else was added or lost.
      for (const word of words) expect(stored.text.split(word)).toHaveLength(2);
      const rest = words.reduce((text, word) => text.replace(word, ''), stored.text);
      expect(rest).toBe(field === 'NOTES' ? SEED : '');
      expect(stored.version).toBeGreaterThanOrEqual(1 + 20 * 25);
      // Each typist, caught up, reads exactly the stored text.
      await Promise.all(typists.map((t) => t.sync(field)));
      for (const t of typists) expect(t.text(field)).toBe(stored.text);
      // The plain text everything else reads (minutes, search, exports) is the same text.
      const [row] = (await a.dataSource.query(`SELECT notes, decisions FROM agenda_item WHERE id = $1`, [itemId])) as Array<
        Record<string, string>
      >;
      expect(row![field.toLowerCase()]).toBe(stored.text);
    }
    // The log is folded into the compacted state as it grows.
    const [logged] = (await a.dataSource.query(`SELECT count(*)::int AS n FROM agenda_text_update WHERE item_id = $1`, [itemId])) as Array<{
      n: number;
    }>;
    expect(logged!.n).toBeLessThan(2 * 50);
  });

  it('lets a name-only member and a non-member neither read nor type', async () => {
    const doc = new Y.Doc();
    doc.getText('text').insert(0, 'should never arrive');
    const input = { itemId, field: 'NOTES', update: b64(Y.encodeStateAsUpdate(doc)) };
    for (const client of [housing, outsider]) {
      expect(errorCode(await client.request(READ, { itemId, field: 'NOTES', sv: null }))).toBe('FORBIDDEN');
      const attempt = await client.request(EDIT, { input });
      expect(errorCode(attempt)).toBe('FORBIDDEN');
      expect(JSON.stringify(attempt)).not.toContain(SEED);
    }
    expect((await read(chair, 'NOTES')).text).not.toContain('should never arrive');
  });

  it('refuses a change that cannot be read, or that makes the text too long, and changes nothing', async () => {
    const before = await read(chair, 'NOTES');
    const t = new Typist(chair, itemId);
    await t.sync('NOTES');
    const sv = Y.encodeStateVector(t.docs.NOTES);
    t.docs.NOTES.getText('text').insert(0, 'A real change. ');
    const real = Y.encodeStateAsUpdate(t.docs.NOTES, sv);
    const corrupt = [
      'not base64 at all!',
      b64(new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255])),
      b64(real.slice(0, Math.floor(real.length / 2))),
    ];
    for (const update of corrupt) {
      const attempt = await chair.request(EDIT, { input: { itemId, field: 'NOTES', update } });
      expect(errorCode(attempt)).toBe('VALIDATION_FAILED');
    }
    const long = new Y.Doc();
    Y.applyUpdate(long, bytes(before.update));
    const longSv = Y.encodeStateVector(long);
    long.getText('text').insert(0, 'x'.repeat(20_001 - before.text.length));
    const tooLong = await chair.request(EDIT, { input: { itemId, field: 'NOTES', update: b64(Y.encodeStateAsUpdate(long, longSv)) } });
    expect(errorCode(tooLong)).toBe('VALIDATION_FAILED');
    expect(tooLong.errors![0]!.message).toBe('Keep this to 20,000 characters or fewer.');
    expect(await read(chair, 'NOTES')).toEqual(before);
    // The real change, sent twice (as after a lost answer), lands once.
    for (let i = 0; i < 2; i++) await chair.ok(EDIT, { input: { itemId, field: 'NOTES', update: b64(real) } });
    const after = await read(chair, 'NOTES');
    expect(after.text).toBe(`A real change. ${before.text}`);
    expect(after.version).toBe(before.version + 1);
  });

  it('freezes the text with the minutes when the meeting closes, keeping no history of the typing', async () => {
    const notes = (await read(chair, 'NOTES')).text;
    await chair.ok(`mutation ($id: ID!) { closeMeeting(meetingId: $id) { status } }`, { id: meetingId });
    const doc = new Y.Doc();
    doc.getText('text').insert(0, 'too late');
    const late = await members[0]!.request(EDIT, { input: { itemId, field: 'NOTES', update: b64(Y.encodeStateAsUpdate(doc)) } });
    expect(errorCode(late)).toBe('VALIDATION_FAILED');
    const [minutes] = (await a.dataSource.query(`SELECT notes FROM meeting_minutes_item WHERE item_id = $1`, [itemId])) as Array<{
      notes: string;
    }>;
    expect(minutes!.notes).toBe(notes);
    const [left] = (await a.dataSource.query(`SELECT count(*)::int AS n FROM agenda_text_update WHERE item_id = $1`, [itemId])) as Array<{
      n: number;
    }>;
    expect(left!.n).toBe(0);
  });
});
