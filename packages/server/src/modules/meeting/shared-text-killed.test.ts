import type { ChildProcess } from 'node:child_process';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { errorCode, GqlClient, type GqlResult } from '../../../test/client.js';
import { buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { createTestDatabase, startTestApp, type TestApp } from '../../../test/harness.js';
import { buildHuddleMeeting } from '../../../test/meetings.js';
import { startServerProcess, waitUntil } from '../../../test/process.js';
import { freePort } from '../../core/embedded-db.js';

const FIELDS = ['NOTES', 'DECISIONS'] as const;
type Field = (typeof FIELDS)[number];
const TYPISTS = 20;
const BURSTS = 50;
const READ = `query ($itemId: ID!, $field: AgendaTextField!, $sv: String) { agendaText(itemId: $itemId, field: $field, stateVector: $sv) { text update } }`;
const EDIT = `mutation ($input: EditAgendaTextInput!) { editAgendaText(input: $input) { text update } }`;
const EVENTS = `subscription ($id: ID!, $after: Int) { meetingEvents(meetingId: $id, afterSeq: $after) { seq type field actorId } }`;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

/**
 * One person's browser, speaking the client protocol: a Yjs document per box; each burst of
 * typing is kept as unacknowledged until the server answers, and sent again (merged with
 * anything typed since) when the answer does not come; the meeting's events arrive over
 * graphql-ws and each change by someone else reads what this document is missing (one read at
 * a time per box). When its server goes away it moves to the other one, as a load balancer
 * would send it, follows the events again from the last one it saw, and resends.
 */
class Typist {
  readonly docs = { NOTES: new Y.Doc(), DECISIONS: new Y.Doc() };
  readonly typed: string[] = [];
  private readonly unacknowledged: Record<Field, Uint8Array[]> = { NOTES: [], DECISIONS: [] };
  private readonly reading: Record<Field, { running: boolean; again: boolean }> = {
    NOTES: { running: false, again: false },
    DECISIONS: { running: false, again: false },
  };
  private ws: Client | undefined;
  private lastSeq: number | null = null;
  moved = false;
  /** Reads that failed (none should). */
  readonly failures: string[] = [];
  private closed = false;

  constructor(
    readonly client: GqlClient,
    readonly userId: string,
    readonly itemId: string,
    readonly meetingId: string,
    private readonly survivorUrl: string,
  ) {}

  text(field: Field) {
    return this.docs[field].getText('text').toString();
  }

  /** Follows the meeting's events on the server this browser talks to. */
  follow(afterSeq: number | null) {
    const ws = this.client.ws(`${this.client.baseUrl.replace('http', 'ws')}/graphql`);
    this.ws = ws;
    ws.subscribe<{ meetingEvents: { seq: number | null; type: string; field: string | null; actorId: string | null } }>(
      { query: EVENTS, variables: { id: this.meetingId, after: afterSeq } },
      {
        next: ({ data }) => {
          const event = data?.meetingEvents;
          if (!event) return;
          if (event.seq !== null) this.lastSeq = Math.max(this.lastSeq ?? 0, event.seq);
          if (event.type === 'ITEM_CHANGED' && event.actorId !== this.userId && FIELDS.includes(event.field as Field)) {
            this.catchUp(event.field as Field);
          }
        },
        error: () => this.lost(ws),
        complete: () => this.lost(ws),
      },
    );
    ws.on('closed', () => this.lost(ws));
  }

  /**
   * The socket went with its server: move to the survivor, follow again from the last event seen,
   * and read what was missed. A socket to the surviving process can close too (a keepalive missed
   * on a busy machine): a browser then reconnects to it and catches up the same way.
   */
  private lost(ws: Client) {
    if (ws !== this.ws || this.closed) return;
    if (this.client.baseUrl !== this.survivorUrl) return this.move();
    setTimeout(() => {
      if (ws !== this.ws || this.closed) return;
      this.follow(this.lastSeq);
      for (const field of FIELDS) this.catchUp(field);
    }, 100);
  }

  private move() {
    if (this.moved) return;
    this.moved = true;
    this.client.baseUrl = this.survivorUrl;
    this.follow(this.lastSeq);
    for (const field of FIELDS) this.catchUp(field);
  }

  /**
   * A request that survives its server dying: on a dropped connection it goes again to the other
   * server. An answer that nothing was saved because the database was busy or briefly out of reach
   * (many test files share one PostgreSQL) is sent again too: the update is idempotent.
   */
  private async call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    for (;;) {
      let result: GqlResult<T>;
      try {
        result = await this.client.request<T>(query, variables);
      } catch {
        this.move();
        continue;
      }
      const code = errorCode(result as GqlResult);
      if (code === 'DATABASE_BUSY' || code === 'DATABASE_UNAVAILABLE') {
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      if (result.errors?.length) throw new Error(`Unexpected GraphQL error: ${JSON.stringify(result.errors)}`);
      return result.data as T;
    }
  }

  /** Reads what this document is missing; a read asked for while one runs makes one more run afterwards. */
  catchUp(field: Field) {
    const state = this.reading[field];
    if (this.closed) return;
    if (state.running) {
      state.again = true;
      return;
    }
    state.running = true;
    void this.call<{ agendaText: { update: string } }>(READ, {
      itemId: this.itemId,
      field,
      sv: b64(Y.encodeStateVector(this.docs[field])),
    })
      .then((read) => Y.applyUpdate(this.docs[field], bytes(read.agendaText.update)))
      .catch((error: unknown) => {
        if (!this.closed) this.failures.push(String(error));
      })
      .finally(() => {
        state.running = false;
        if (state.again) {
          state.again = false;
          this.catchUp(field);
        }
      });
  }

  /** Types a word where a word may go (never inside another), and sends everything not yet acknowledged. */
  async type(field: Field, word: string) {
    const doc = this.docs[field];
    const text = doc.getText('text');
    const current = text.toString();
    const gaps = [0, current.length, ...[...current].flatMap((ch, i) => (ch === '>' ? [i + 1] : []))];
    const before = Y.encodeStateVector(doc);
    text.insert(gaps[Math.floor(Math.random() * gaps.length)]!, word);
    this.typed.push(word);
    this.unacknowledged[field].push(Y.encodeStateAsUpdate(doc, before));
    const sending = this.unacknowledged[field].length;
    const answer = await this.call<{ editAgendaText: { update: string } }>(EDIT, {
      input: {
        itemId: this.itemId,
        field,
        update: b64(Y.mergeUpdates(this.unacknowledged[field])),
        stateVector: b64(Y.encodeStateVector(doc)),
      },
    });
    this.unacknowledged[field].splice(0, sending);
    Y.applyUpdate(doc, bytes(answer.editAgendaText.update));
  }

  async close() {
    this.closed = true;
    await this.ws?.dispose();
  }
}

describe('shared notes and decisions when a server process is killed while 20 people type', () => {
  let survivor: TestApp;
  let doomed: ChildProcess;
  let doomedUrl: string;
  let meetingId: string;
  let itemId: string;
  const typists: Typist[] = [];

  beforeAll(async () => {
    const { url: databaseUrl } = await createTestDatabase();
    survivor = await startTestApp({ databaseUrl });
    const port = await freePort();
    doomed = await startServerProcess(databaseUrl, port);
    doomedUrl = `http://127.0.0.1:${port}`;
    const built = await buildHuddleMeeting(survivor, 'Killed process huddle');
    meetingId = built.meetingId;
    await built.chair.ok(`mutation ($id: ID!) { startMeeting(meetingId: $id) { status } }`, { id: meetingId });
    itemId = (
      await built.chair.ok<{ addAgendaItem: { id: string } }>(
        `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
        { input: { meetingId, title: 'Typed through a crash' } },
      )
    ).addAgendaItem.id;
    for (let i = 0; i < TYPISTS; i++) {
      const user = await buildUser(survivor.dataSource, { organisationId: built.organisationId, name: `Typist ${i}` });
      // Half on the process that will be killed, half on the one that survives.
      const client = new GqlClient(i % 2 ? survivor.url : doomedUrl);
      await client.login(user.email, TEST_PASSWORD);
      typists.push(new Typist(client, user.id, itemId, meetingId, survivor.url));
    }
  }, 120_000);
  afterAll(async () => {
    for (const t of typists) await t.close();
    if (doomed?.exitCode === null) doomed.kill('SIGKILL');
    await survivor?.stop();
  });

  it('keeps every word exactly once, and every browser ends with the stored text', { timeout: 300_000 }, async () => {
    for (const t of typists) t.follow(null);
    for (const t of typists) for (const field of FIELDS) t.catchUp(field);
    let acknowledged = 0;
    let killed = false;
    await Promise.all(
      typists.map(async (t, i) => {
        for (let burst = 0; burst < BURSTS; burst++) {
          await t.type(FIELDS[burst % 2]!, `<${i}.${burst}>`);
          // Half-way through, the process holding half the typists dies at once.
          if (++acknowledged === (TYPISTS * BURSTS) / 2 && !killed) {
            killed = true;
            doomed.kill('SIGKILL');
          }
        }
      }),
    );
    expect(killed).toBe(true);
    // Every typist that was on the killed process moved to the survivor.
    expect(typists.filter((t, i) => i % 2 === 0 && t.moved)).toHaveLength(TYPISTS / 2);

    const reader = new GqlClient(survivor.url);
    reader.cookie = typists[1]!.client.cookie;
    for (const field of FIELDS) {
      const stored = (await reader.ok<{ agendaText: { text: string } }>(READ, { itemId, field, sv: null })).agendaText.text;
      const words = typists.flatMap((t) => t.typed.filter((w) => Number(w.split('.')[1]!.slice(0, -1)) % 2 === FIELDS.indexOf(field)));
      expect(words).toHaveLength((TYPISTS * BURSTS) / 2);
      // Every word from every typist is there, whole and exactly once, and nothing else.
      for (const word of words) expect(stored.split(word)).toHaveLength(2);
      expect(words.reduce((text, word) => text.replace(word, ''), stored)).toBe('');
      // Every browser, through the meeting's events alone, comes to read exactly the stored text.
      await waitUntil(
        () => typists.every((t) => t.text(field) === stored) || typists.some((t) => t.failures.length > 0),
        60_000,
        `every browser shows the stored ${field}`,
      );
      expect(typists.flatMap((t) => t.failures)).toEqual([]);
      const [row] = (await survivor.dataSource.query(`SELECT notes, decisions FROM agenda_item WHERE id = $1`, [itemId])) as Array<
        Record<string, string>
      >;
      expect(row![field.toLowerCase()]).toBe(stored);
    }
    expect(typists.flatMap((t) => t.failures)).toEqual([]);
    for (const t of typists) await t.close();
  });
});
