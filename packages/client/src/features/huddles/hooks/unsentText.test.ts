import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, SharedTextStore, TEXT_ROOT, toBase64, type TextField, type TextTransport } from './sharedText';
import { forgetUnsentText, sendUnsentText } from './unsentText';

/** The server's merging, as the API does it (a real Yjs document per field), with a switch to go offline. */
class Server implements TextTransport {
  readonly docs = new Map<string, Y.Doc>();
  online = true;
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
    await Promise.resolve();
    return { update: toBase64(Y.encodeStateAsUpdate(this.doc(itemId, field), fromBase64(stateVector))), version: 1 };
  }
  async send(itemId: string, field: TextField, update: string, stateVector = toBase64(Y.encodeStateVector(new Y.Doc()))) {
    if (!this.online) throw new TypeError('Failed to fetch');
    await Promise.resolve();
    Y.applyUpdate(this.doc(itemId, field), fromBase64(update));
    return this.read(itemId, field, stateVector);
  }
}

const unsentKeys = () => Object.keys(window.localStorage).filter((k) => k.startsWith('casehuddle:shared-text:'));

afterEach(() => window.localStorage.clear());

describe('unsent notes when signing out', () => {
  it('sends what was typed offline one last time, then leaves nothing about it in the browser', async () => {
    const server = new Server();
    window.localStorage.setItem('casehuddle:projector-safe', 'on');
    // Notes typed in two meetings while offline; the pages were closed before the connection came back.
    for (const [meetingId, itemId, words] of [
      ['m1', 'i1', 'Riley has a tenancy offer.'],
      ['m2', 'i9', 'GP registration booked.'],
    ] as const) {
      const store = new SharedTextStore(meetingId, server, { storage: window.localStorage, userId: 'u1' });
      await store.open(itemId, 'NOTES');
      server.online = false;
      store.edit(itemId, 'NOTES', words);
      await store.flushAll();
      expect(store.get(itemId, 'NOTES').status).toBe('offline');
      store.dispose();
      server.online = true;
    }
    expect(unsentKeys()).toHaveLength(2);

    await sendUnsentText(window.localStorage, 'u1', (itemId, field, update) => server.send(itemId, field, update));
    forgetUnsentText(window.localStorage);

    expect(server.text('i1', 'NOTES')).toBe('Riley has a tenancy offer.');
    expect(server.text('i9', 'NOTES')).toBe('GP registration booked.');
    expect(unsentKeys()).toEqual([]);
    // Only the unsent notes go: the browser's other settings stay.
    expect(window.localStorage.getItem('casehuddle:projector-safe')).toBe('on');
  });

  it('sends only the signed-in user’s notes, and drops everyone’s', async () => {
    const server = new Server();
    for (const [userId, itemId, words] of [
      ['u1', 'i1', 'Mine, typed offline.'],
      ['u2', 'i2', 'Someone else’s, left on this laptop.'],
    ] as const) {
      const store = new SharedTextStore('m1', server, { storage: window.localStorage, userId });
      await store.open(itemId, 'NOTES');
      server.online = false;
      store.edit(itemId, 'NOTES', words);
      await store.flushAll();
      store.dispose();
      server.online = true;
    }
    expect(unsentKeys().sort()).toEqual(['casehuddle:shared-text:u1:m1:i1:NOTES', 'casehuddle:shared-text:u2:m1:i2:NOTES']);

    await sendUnsentText(window.localStorage, 'u1', (itemId, field, update) => server.send(itemId, field, update));
    forgetUnsentText(window.localStorage);

    expect(server.text('i1', 'NOTES')).toBe('Mine, typed offline.');
    expect(server.text('i2', 'NOTES')).toBe('');
    expect(unsentKeys()).toEqual([]);
  });

  it('drops the notes even when the last attempt cannot reach the server, or gets no answer', async () => {
    const server = new Server();
    const store = new SharedTextStore('m1', server, { storage: window.localStorage, userId: 'u1' });
    await store.open('i1', 'DECISIONS');
    server.online = false;
    store.edit('i1', 'DECISIONS', 'Escalate to the strategic board.');
    await store.flushAll();
    store.dispose();

    await sendUnsentText(window.localStorage, 'u1', (itemId, field, update) => server.send(itemId, field, update));
    // A server that never answers does not hold sign-out up.
    await sendUnsentText(window.localStorage, 'u1', () => new Promise(() => undefined), 10);
    forgetUnsentText(window.localStorage);

    expect(unsentKeys()).toEqual([]);
    expect(server.text('i1', 'DECISIONS')).toBe('');
  });
});
