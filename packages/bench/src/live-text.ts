/**
 * Shared notes and decisions under load (called from run.ts):
 * - edit-to-screen latency: 20 people typing at once, half on each of two server processes,
 *   each browser following the meeting's events over graphql-ws and applying the change each
 *   event carries, reading what it is missing (one read at a time per box, as the browser does)
 *   only when an event has no change or its change builds on one not yet seen. An edit is timed
 *   from when its sender starts sending it until every other browser has applied it;
 * - the size of one field's stored history (update log plus compacted state) after 10,000
 *   edits, and how long reading it from nothing takes (`agendaText` with no state vector). The
 *   edits are typed as a browser sends them while someone types without pausing: several edits
 *   merged into one request, each writer waiting for the answer before sending the next.
 */
import { createClient, type Client } from 'graphql-ws';
import type { DataSource } from 'typeorm';
import WebSocket from 'ws';
import * as Y from 'yjs';

type Record_ = (measure: string, figure: string, aim?: string) => void;
type Field = 'NOTES' | 'DECISIONS';

const READ = `query ($itemId: ID!, $field: AgendaTextField!, $sv: String) { agendaText(itemId: $itemId, field: $field, stateVector: $sv) { update } }`;
const EDIT = `mutation ($input: EditAgendaTextInput!) { editAgendaText(input: $input) { update } }`;
const EVENTS = `subscription ($id: ID!) { meetingEvents(meetingId: $id) { seq type field itemId actorId update } }`;
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function login(base: string, email: string, password: string): Promise<{ cookie: string; id: string }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`,
      variables: { e: email, p: password },
    }),
  });
  const body = (await response.json()) as { data: { login: { id: string } } };
  return { cookie: response.headers.getSetCookie()[0]!.split(';')[0]!, id: body.data.login.id };
}

/** Requests answered DATABASE_BUSY (a lock waited past its bound) and sent again, as the browser does. */
export const retried = { busy: 0 };
/** Reads of what a browser was missing (`agendaText`), and live changes applied straight from an event. */
export const counted = { reads: 0, applied: 0 };

async function gql<T>(base: string, cookie: string, query: string, variables: Record<string, unknown>): Promise<T> {
  for (;;) {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ extensions?: { code?: string } }> };
    if (body.errors?.[0]?.extensions?.code === 'DATABASE_BUSY') {
      retried.busy++;
      continue;
    }
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  }
}

/** One browser: a document per box, the meeting's events over graphql-ws, and a read of what is missing after each change by someone else. */
class Browser {
  readonly docs: Record<Field, Y.Doc> = { NOTES: new Y.Doc(), DECISIONS: new Y.Doc() };
  private readonly reading: Record<Field, { running: boolean; again: boolean }> = {
    NOTES: { running: false, again: false },
    DECISIONS: { running: false, again: false },
  };
  private ws?: Client;
  /** Called after every change applied from the server. */
  onApplied: (field: Field) => void = () => undefined;
  live = false;

  constructor(
    readonly base: string,
    readonly cookie: string,
    readonly userId: string,
    readonly itemId: string,
  ) {}

  follow(meetingId: string) {
    const cookie = this.cookie;
    class CookieSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    }
    this.ws = createClient({
      url: `${this.base.replace('http', 'ws')}/graphql`,
      webSocketImpl: CookieSocket,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
    });
    this.ws.on('connected', () => (this.live = true));
    this.ws.subscribe<{
      meetingEvents: { type: string; field: string | null; itemId: string | null; actorId: string | null; update: string | null };
    }>(
      { query: EVENTS, variables: { id: meetingId } },
      {
        next: ({ data }) => {
          const e = data?.meetingEvents;
          if (e?.type !== 'ITEM_CHANGED' || e.itemId !== this.itemId || (e.field !== 'NOTES' && e.field !== 'DECISIONS')) return;
          const field = e.field;
          if (e.update) {
            // The change came with the event: apply it; read only if it builds on something missed.
            const doc = this.docs[field];
            Y.applyUpdate(doc, bytes(e.update));
            counted.applied++;
            if (doc.store.pendingStructs || doc.store.pendingDs) this.catchUp(field);
            else this.onApplied(field);
          } else if (e.actorId !== this.userId) {
            this.catchUp(field);
          }
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }

  catchUp(field: Field) {
    const state = this.reading[field];
    if (state.running) {
      state.again = true;
      return;
    }
    state.running = true;
    counted.reads++;
    void gql<{ agendaText: { update: string } }>(this.base, this.cookie, READ, {
      itemId: this.itemId,
      field,
      sv: b64(Y.encodeStateVector(this.docs[field])),
    })
      .then((read) => {
        Y.applyUpdate(this.docs[field], bytes(read.agendaText.update));
        this.onApplied(field);
      })
      .catch(() => undefined)
      .finally(() => {
        state.running = false;
        if (state.again) {
          state.again = false;
          this.catchUp(field);
        }
      });
  }

  /** Types a word and sends it; returns the id (client, clock) of its last character. */
  async type(field: Field, word: string, onSend: (id: { client: number; clock: number }) => void) {
    const doc = this.docs[field];
    const text = doc.getText('text');
    const before = Y.encodeStateVector(doc);
    text.insert(Math.floor(Math.random() * (text.length + 1)), word);
    onSend({ client: doc.clientID, clock: Y.getState(doc.store, doc.clientID) - 1 });
    const answer = await gql<{ editAgendaText: { update: string } }>(this.base, this.cookie, EDIT, {
      input: { itemId: this.itemId, field, update: b64(Y.encodeStateAsUpdate(doc, before)), stateVector: b64(Y.encodeStateVector(doc)) },
    });
    Y.applyUpdate(doc, bytes(answer.editAgendaText.update));
  }

  async close() {
    await this.ws?.dispose();
  }
}

export async function benchLiveText(opts: {
  ds: DataSource;
  ports: number[];
  meetingId: string;
  /** Two items of the live meeting: one to type into together, one to fill with 10,000 edits. */
  itemIds: [string, string];
  /** Members of the meeting's huddle (email addresses) and their password. */
  emails: string[];
  password: string;
  quick: boolean;
  record: Record_;
}): Promise<void> {
  const { ds, ports, meetingId, itemIds, record, quick } = opts;
  const url = (i: number) => `http://127.0.0.1:${ports[i % ports.length]}`;

  // --- edit-to-screen latency, 20 typists on two processes ---
  const TYPISTS = 20;
  const ROUNDS = quick ? 5 : 15;
  const browsers: Browser[] = [];
  for (let i = 0; i < TYPISTS; i++) {
    const { cookie, id } = await login(url(i), opts.emails[i]!, opts.password);
    browsers.push(new Browser(url(i), cookie, id, itemIds[0]));
  }
  for (const b of browsers) b.follow(meetingId);
  const liveBy = performance.now() + 30_000;
  while (!browsers.every((b) => b.live) && performance.now() < liveBy) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 500)); // the subscriptions behind the sockets are registered
  for (const b of browsers) for (const f of ['NOTES', 'DECISIONS'] as const) b.catchUp(f);
  await new Promise((r) => setTimeout(r, 1_000));
  counted.reads = 0;
  counted.applied = 0;

  /** Edits on their way: when sent, and which browsers have still to apply them. */
  const inFlight: Array<{ field: Field; client: number; clock: number; sentAt: number; waiting: Set<Browser> }> = [];
  const latencies: number[] = [];
  let unfinished = 0;
  for (const b of browsers) {
    b.onApplied = (field) => {
      const now = performance.now();
      for (let k = inFlight.length - 1; k >= 0; k--) {
        const edit = inFlight[k]!;
        if (edit.field !== field || !edit.waiting.has(b)) continue;
        if (Y.getState(b.docs[field].store, edit.client) > edit.clock) {
          edit.waiting.delete(b);
          if (edit.waiting.size === 0) {
            latencies.push(now - edit.sentAt);
            inFlight.splice(k, 1);
          }
        }
      }
    };
  }
  // Each typist sends a burst about once a second (the browser sends at least that often while someone types).
  await Promise.all(
    browsers.map(async (b, i) => {
      await new Promise((r) => setTimeout(r, Math.random() * 1_000));
      for (let round = 0; round < ROUNDS; round++) {
        const started = performance.now();
        const field: Field = (i + round) % 2 ? 'NOTES' : 'DECISIONS';
        await b.type(field, ` w${i}.${round}`, ({ client, clock }) =>
          inFlight.push({ field, client, clock, sentAt: performance.now(), waiting: new Set(browsers.filter((o) => o !== b)) }),
        );
        await new Promise((r) => setTimeout(r, Math.max(0, 1_000 - (performance.now() - started) + (Math.random() - 0.5) * 200)));
      }
    }),
  );
  const settleBy = performance.now() + 15_000;
  while (inFlight.length > 0 && performance.now() < settleBy) await new Promise((r) => setTimeout(r, 20));
  unfinished = inFlight.length;
  for (const b of browsers) await b.close();
  record(
    `Shared text: edit to every other screen, ${TYPISTS} typists on 2 processes: p50 / p99`,
    `${ms(pct(latencies, 50))} / ${ms(pct(latencies, 99))} (${latencies.length} of ${TYPISTS * ROUNDS} edits${unfinished ? `, ${unfinished} never reached everyone` : ''})`,
    'p99 ≤ 150 ms',
  );
  record(
    `  (while they typed: changes applied from events / reads of missing text)`,
    `${counted.applied.toLocaleString('en-GB')} / ${counted.reads.toLocaleString('en-GB')}`,
  );
  if (retried.busy) record(`  (requests answered DATABASE_BUSY and sent again while 20 typed)`, String(retried.busy));
  retried.busy = 0;

  // --- one field after 10,000 edits ---
  const EDITS = 10_000;
  const WRITERS = 4;
  /** Edits merged into one request: what a browser sends after about a second of typing without a pause. */
  const PER_REQUEST = 10;
  const writers: Browser[] = [];
  for (let i = 0; i < WRITERS; i++) {
    const { cookie, id } = await login(url(i), opts.emails[TYPISTS + i]!, opts.password);
    const w = new Browser(url(i), cookie, id, itemIds[1]);
    writers.push(w);
  }
  const started = performance.now();
  let made = 0;
  let requests = 0;
  await Promise.all(
    writers.map(async (w) => {
      const doc = w.docs.NOTES;
      const text = doc.getText('text');
      while (made < EDITS) {
        const before = Y.encodeStateVector(doc);
        for (let k = 0; k < PER_REQUEST && made < EDITS; k++) {
          made++;
          // Typing with corrections: mostly a few characters added, sometimes a few taken away, kept under the length limit.
          // Each edit is its own Yjs transaction, as each keystroke burst is in the browser.
          if (text.length > 3_000 || (text.length > 20 && Math.random() < 0.3)) {
            text.delete(Math.floor(Math.random() * (text.length - 10)), 1 + Math.floor(Math.random() * 8));
          } else {
            text.insert(Math.floor(Math.random() * (text.length + 1)), `${['case', 'plan', 'met', 'housing', 'GP'][made % 5]} `);
          }
        }
        requests++;
        const answer = await gql<{ editAgendaText: { update: string } }>(w.base, w.cookie, EDIT, {
          input: {
            itemId: itemIds[1],
            field: 'NOTES',
            update: b64(Y.encodeStateAsUpdate(doc, before)),
            stateVector: b64(Y.encodeStateVector(doc)),
          },
        });
        Y.applyUpdate(doc, bytes(answer.editAgendaText.update));
      }
    }),
  );
  const writing = performance.now() - started;
  if (retried.busy) record(`  (edits answered DATABASE_BUSY and sent again while filling the field)`, String(retried.busy));
  const [size] = (await ds.query(
    `SELECT octet_length(i.notes_state) AS state, length(i.notes) AS chars,
            (SELECT coalesce(sum(octet_length(u.update)), 0) FROM agenda_text_update u WHERE u.item_id = i.id AND u.field = 'NOTES')::int AS log,
            (SELECT count(*) FROM agenda_text_update u WHERE u.item_id = i.id AND u.field = 'NOTES')::int AS logged
       FROM agenda_item i WHERE i.id = $1`,
    [itemIds[1]],
  )) as Array<{ state: number | null; chars: number; log: number; logged: number }>;
  record(
    `Shared text: one field after ${EDITS.toLocaleString('en-GB')} edits: stored state + log`,
    `${(((size!.state ?? 0) + size!.log) / 1024).toFixed(1)} KiB (state ${((size!.state ?? 0) / 1024).toFixed(1)} KiB, ${size!.logged} logged updates ${(size!.log / 1024).toFixed(1)} KiB; ${size!.chars} characters)`,
  );
  record(
    `Shared text: ${EDITS.toLocaleString('en-GB')} edits by ${WRITERS} writers, ${PER_REQUEST} merged per request, one request at a time each`,
    `${(EDITS / (writing / 1000)).toFixed(0)} edits/s (${requests.toLocaleString('en-GB')} requests, ${(requests / (writing / 1000)).toFixed(1)} a second; ${(writing / 1000).toFixed(1)} s)`,
  );
  const loads: number[] = [];
  const reader = writers[0]!;
  for (let i = 0; i < (quick ? 20 : 100); i++) {
    const t = performance.now();
    const read = await gql<{ agendaText: { update: string } }>(reader.base, reader.cookie, READ, {
      itemId: itemIds[1],
      field: 'NOTES',
      sv: null,
    });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, bytes(read.agendaText.update));
    loads.push(performance.now() - t);
  }
  record(`Shared text: load that field from nothing (agendaText, applied): p50 / p99`, `${ms(pct(loads, 50))} / ${ms(pct(loads, 99))}`);
}
