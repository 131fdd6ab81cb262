import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  applyLocalEdit,
  applyRemoteUpdate,
  fromBase64,
  SharedTextStore,
  syncStatusText,
  TEXT_ROOT,
  toBase64,
  type TextField,
  type TextStorage,
  type TextTransport,
} from './sharedText';
import { forgetUnsentText } from './unsentText';

/** The server's merging, as the API does it: a real Yjs document per field, and a switch to go offline. */
class Server implements TextTransport {
  readonly docs = new Map<string, Y.Doc>();
  online = true;
  /** An error code the API answers with instead of saving (DATABASE_BUSY, say), or null. */
  failWith: string | null = null;
  /** How many reads were asked for. */
  reads = 0;
  /** The most characters a field may hold, as the API enforces. */
  maxLength = Infinity;
  doc(itemId: string, field: TextField) {
    const key = `${itemId}:${field}`;
    if (!this.docs.has(key)) this.docs.set(key, new Y.Doc());
    return this.docs.get(key)!;
  }
  text(itemId: string, field: TextField) {
    return this.doc(itemId, field).getText(TEXT_ROOT).toString();
  }
  async read(itemId: string, field: TextField, stateVector: string) {
    if (!this.online) throw new TypeError('Failed to fetch');
    this.reads++;
    await Promise.resolve();
    return this.missing(itemId, field, stateVector);
  }
  private missing(itemId: string, field: TextField, stateVector: string) {
    return { update: toBase64(Y.encodeStateAsUpdate(this.doc(itemId, field), fromBase64(stateVector))), version: 1 };
  }
  async send(itemId: string, field: TextField, update: string, stateVector: string) {
    if (!this.online) throw new TypeError('Failed to fetch');
    if (this.failWith) {
      const message = 'The database is busy. Nothing was saved; try again in a moment.';
      throw new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: this.failWith } }] });
    }
    await Promise.resolve();
    const trial = new Y.Doc();
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(this.doc(itemId, field)));
    Y.applyUpdate(trial, fromBase64(update));
    if (trial.getText(TEXT_ROOT).length > this.maxLength) {
      const message = `Keep this to ${this.maxLength} characters or fewer.`;
      throw new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: 'VALIDATION_FAILED', fields: { update: message } } }] });
    }
    Y.applyUpdate(this.doc(itemId, field), fromBase64(update));
    return this.missing(itemId, field, stateVector);
  }
}

class MemoryStorage implements TextStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const synced = (text: string) => {
  const a = new Y.Doc();
  a.getText(TEXT_ROOT).insert(0, text);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b] as const;
};

afterEach(() => {
  vi.useRealTimers();
});

describe('typing into shared text', () => {
  it('sends what is typed at least every second, however fast someone types without a pause', async () => {
    vi.useFakeTimers();
    const server = new Server();
    const store = new SharedTextStore('m1', server, null);
    await store.open('i1', 'NOTES');
    let typed = '';
    for (let i = 0; i < 30; i++) {
      typed += String.fromCharCode(97 + (i % 26));
      store.edit('i1', 'NOTES', typed);
      await vi.advanceTimersByTimeAsync(100);
    }
    // Three seconds of typing with no pause of 150 ms: most of it has been sent already.
    expect(server.text('i1', 'NOTES').length).toBeGreaterThanOrEqual(20);
    await vi.advanceTimersByTimeAsync(200);
    expect(server.text('i1', 'NOTES')).toBe(typed);
    expect(store.get('i1', 'NOTES').status).toBe('synced');
    store.dispose();
  });

  it('turns a textarea value into an insert or a delete that merges with someone else’s', () => {
    const [a, b] = synced('Housing bid sent');
    const mine = applyLocalEdit(a, 'Housing bid sent to Eastmere');
    const theirs = applyLocalEdit(b, 'Council housing bid sent');
    expect(applyLocalEdit(a, 'Housing bid sent to Eastmere')).toBeNull();
    Y.applyUpdate(a, theirs!);
    Y.applyUpdate(b, mine!);
    expect(a.getText(TEXT_ROOT).toString()).toBe('Council housing bid sent to Eastmere');
    expect(b.getText(TEXT_ROOT).toString()).toBe(a.getText(TEXT_ROOT).toString());
  });

  it('keeps the caret after the same character when someone else types or deletes before it', () => {
    const [a, b] = synced('Housing bid sent');
    // My caret is after "Housing", and I have "bid" selected.
    const inserted = applyLocalEdit(a, 'Council: Housing bid sent')!;
    expect(applyRemoteUpdate(b, inserted, { start: 7, end: 7 })).toEqual({ start: 16, end: 16 });
    const deleted = applyLocalEdit(a, 'Housing bid sent')!;
    expect(applyRemoteUpdate(b, deleted, { start: 16, end: 20 })).toEqual({ start: 7, end: 11 });
    // Someone types exactly where my caret is: my caret stays where I was typing, before their words.
    const atCaret = applyLocalEdit(a, 'Housing (urgent) bid sent')!;
    expect(applyRemoteUpdate(b, atCaret, { start: 8, end: 8 })).toEqual({ start: 8, end: 8 });
    expect(b.getText(TEXT_ROOT).toString()).toBe('Housing (urgent) bid sent');
    // With no caret to keep, the change still lands.
    expect(applyRemoteUpdate(b, applyLocalEdit(a, '')!, null)).toBeNull();
    expect(b.getText(TEXT_ROOT).toString()).toBe('');
  });

  it('merges two people typing in the same box at once, with no conflict', async () => {
    const server = new Server();
    const sam = new SharedTextStore('m1', server, null);
    const pat = new SharedTextStore('m1', server, null);
    await Promise.all([sam.open('i1', 'NOTES'), pat.open('i1', 'NOTES')]);
    sam.edit('i1', 'NOTES', 'GP registered.');
    pat.edit('i1', 'NOTES', 'ID applied for.');
    await Promise.all([sam.flushAll(), pat.flushAll()]);
    await Promise.all([sam.remoteChanged('i1', 'NOTES'), pat.remoteChanged('i1', 'NOTES')]);
    const text = server.text('i1', 'NOTES');
    expect(text).toContain('GP registered.');
    expect(text).toContain('ID applied for.');
    expect(sam.get('i1', 'NOTES')).toMatchObject({ text, status: 'synced', error: null });
    expect(pat.get('i1', 'NOTES').text).toBe(text);
    expect(sam.hasUnsaved()).toBe(false);
    sam.dispose();
    pat.dispose();
  });

  it('keeps changes typed offline in the browser, says so, and sends them on reconnecting, even after a reload', async () => {
    const server = new Server();
    const storage = new MemoryStorage();
    const first = new SharedTextStore('m1', server, { storage, userId: 'u1' });
    await first.open('i1', 'DECISIONS');
    first.edit('i1', 'DECISIONS', 'Refer to the council.');
    await first.flushAll();
    server.online = false;
    first.edit('i1', 'DECISIONS', 'Refer to the council. Book the GP.');
    await first.flushAll();
    const state = first.get('i1', 'DECISIONS');
    expect(state.status).toBe('offline');
    expect(syncStatusText(state, () => '10:00')).toBe('Offline — your changes will be sent');
    expect(first.unsaved()).toEqual([{ itemId: 'i1', field: 'DECISIONS', text: 'Refer to the council. Book the GP.' }]);
    expect([...storage.items.keys()]).toEqual(['casehuddle:shared-text:u1:m1:i1:DECISIONS']);
    expect(server.text('i1', 'DECISIONS')).toBe('Refer to the council.');
    first.dispose();

    // The page is reloaded while still offline, then the connection comes back.
    const second = new SharedTextStore('m1', server, { storage, userId: 'u1' });
    await second.open('i1', 'DECISIONS');
    expect(second.get('i1', 'DECISIONS')).toMatchObject({ status: 'offline', text: 'Refer to the council. Book the GP.' });
    server.online = true;
    await second.reconnected();
    expect(server.text('i1', 'DECISIONS')).toBe('Refer to the council. Book the GP.');
    expect(second.get('i1', 'DECISIONS')).toMatchObject({ status: 'synced', text: 'Refer to the council. Book the GP.' });
    expect(storage.items.size).toBe(0);
    expect(syncStatusText(second.get('i1', 'DECISIONS'), () => '10:00')).toBe('Saved at 10:00');
    second.dispose();
  });

  it('shows the server’s text and why when a change is refused, keeping the typed words to copy', async () => {
    const server = new Server();
    const store = new SharedTextStore('m1', server, { storage: new MemoryStorage(), userId: 'u1' });
    await store.open('i1', 'NOTES');
    store.edit('i1', 'NOTES', 'Short.');
    await store.flushAll();
    server.maxLength = 10;
    store.edit('i1', 'NOTES', 'Short. Far too long now.');
    await store.flushAll();
    await waitForState(() => store.get('i1', 'NOTES').text === 'Short.');
    expect(store.get('i1', 'NOTES')).toMatchObject({ status: 'error', error: 'Keep this to 10 characters or fewer.', text: 'Short.' });
    expect(store.unsaved()).toEqual([{ itemId: 'i1', field: 'NOTES', text: 'Short. Far too long now.' }]);
    expect(server.text('i1', 'NOTES')).toBe('Short.');
    // Typing on from the server's text works again, and clears the refusal.
    store.edit('i1', 'NOTES', 'Short. OK');
    await store.flushAll();
    expect(store.get('i1', 'NOTES')).toMatchObject({ status: 'synced', error: null, text: 'Short. OK' });
    expect(store.hasUnsaved()).toBe(false);
    store.dispose();
  });

  it('keeps what was typed and sends it again when the database is busy or unavailable, rather than dropping it', async () => {
    for (const code of ['DATABASE_BUSY', 'DATABASE_UNAVAILABLE']) {
      const server = new Server();
      const store = new SharedTextStore('m1', server, { storage: new MemoryStorage(), userId: 'u1' });
      await store.open('i1', 'NOTES');
      server.failWith = code;
      store.edit('i1', 'NOTES', 'Tenancy signed.');
      await store.flushAll();
      expect(store.get('i1', 'NOTES')).toMatchObject({ status: 'offline', text: 'Tenancy signed.' });
      expect(store.unsaved()).toEqual([{ itemId: 'i1', field: 'NOTES', text: 'Tenancy signed.' }]);
      server.failWith = null;
      await store.reconnected();
      expect(server.text('i1', 'NOTES')).toBe('Tenancy signed.');
      expect(store.hasUnsaved()).toBe(false);
      store.dispose();
    }
  });

  it('reads once per round trip however many changes others announce meanwhile', async () => {
    const server = new Server();
    const reader = new SharedTextStore('m1', server, null);
    await reader.open('i1', 'NOTES');
    const writer = new SharedTextStore('m1', server, null);
    await writer.open('i1', 'NOTES');
    let typed = '';
    for (let n = 0; n < 10; n++) {
      typed += `word${n} `;
      writer.edit('i1', 'NOTES', typed);
      await writer.flushAll();
    }
    server.reads = 0;
    // Ten announcements arrive together: one read, and one more for those that came during it.
    await Promise.all(Array.from({ length: 10 }, () => reader.remoteChanged('i1', 'NOTES')));
    expect(reader.get('i1', 'NOTES').text).toBe(typed);
    expect(server.reads).toBe(2);
    reader.dispose();
    writer.dispose();
  });

  it('applies a change carried by the meeting event without reading, and reads only when one was missed', async () => {
    const server = new Server();
    const reader = new SharedTextStore('m1', server, null);
    await reader.open('i1', 'NOTES');
    const writer = new Y.Doc();
    Y.applyUpdate(writer, fromBase64((await server.read('i1', 'NOTES', toBase64(Y.encodeStateVector(writer)))).update));
    server.reads = 0;
    const type = (value: string) => {
      const update = toBase64(applyLocalEdit(writer, value)!);
      Y.applyUpdate(server.doc('i1', 'NOTES'), fromBase64(update));
      return update;
    };
    // Each change arrives with its event: applied at once, with no read.
    expect(reader.remoteUpdate('i1', 'NOTES', type('Riley'))).toEqual({ blankChanged: true });
    expect(reader.remoteUpdate('i1', 'NOTES', type('Riley came'))).toEqual({ blankChanged: false });
    expect(reader.get('i1', 'NOTES').text).toBe('Riley came');
    expect(server.reads).toBe(0);
    // One event was missed (the connection dropped): the next change cannot be placed, so what is missing is read.
    type('Riley came to');
    reader.remoteUpdate('i1', 'NOTES', type('Riley came to the hub.'));
    await waitForState(() => reader.get('i1', 'NOTES').text === 'Riley came to the hub.');
    expect(server.reads).toBe(1);
    // A field not open here is left alone.
    expect(reader.remoteUpdate('i1', 'DECISIONS', type('x'))).toBeNull();
    reader.dispose();
  });

  it('keeps unsent changes under the signed-in user, and keeps nothing more once the session has ended', async () => {
    const server = new Server();
    const storage = new MemoryStorage();
    const store = new SharedTextStore('m1', server, { storage, userId: 'u7' });
    await store.open('i1', 'NOTES');
    server.online = false;
    store.edit('i1', 'NOTES', 'Typed offline.');
    await store.flushAll();
    expect([...storage.items.keys()]).toEqual(['casehuddle:shared-text:u7:m1:i1:NOTES']);
    // The session ends (signed out, expired or revoked elsewhere): the browser forgets the notes,
    // and the room still open here writes nothing back, however the send turns out.
    const forget = {
      ...storage,
      key: (i: number) => [...storage.items.keys()][i] ?? null,
      get length() {
        return storage.items.size;
      },
    };
    forgetUnsentText(forget);
    expect(storage.items.size).toBe(0);
    store.edit('i1', 'NOTES', 'Typed offline. And more.');
    await store.flushAll();
    expect(storage.items.size).toBe(0);
    store.dispose();
  });

  it('sends only the change just typed, not every earlier deletion again', () => {
    const doc = new Y.Doc();
    let value = '';
    for (let n = 0; n < 200; n++) {
      value = `${value}abcdef`;
      applyLocalEdit(doc, value);
      value = value.slice(0, -3);
      applyLocalEdit(doc, value);
    }
    const last = applyLocalEdit(doc, `${value}x`)!;
    expect(last.byteLength).toBeLessThan(64);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(other.getText(TEXT_ROOT).toString()).toBe(`${value}x`);
  });
});

/** Waits for the store to settle on a state (it re-reads the server's text after a refusal). */
async function waitForState(done: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(done()).toBe(true);
}
