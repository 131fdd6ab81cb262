import { textChange } from '@casehuddle/shared';
import * as Y from 'yjs';
import { readApiError } from '../../../ui/apiErrors';
import { EMPTY_TEXT_STATE as EMPTY, type Selection, type SharedTextState, type TextField } from './sharedTextState';
import { unsentTextEpoch, unsentTextKey } from './unsentText';

export { syncStatusText, type Selection, type SharedTextState, type SyncStatus, type TextField } from './sharedTextState';

/** The name of the one shared text in each field's document (the server uses the same). */
export const TEXT_ROOT = 'text';
/** How long after a keystroke the typed changes are sent (together, as one update). */
export const SEND_DELAY_MS = 150;
/** However fast someone types without a pause, what they type is sent at least this often. */
export const SEND_AT_LEAST_EVERY_MS = 1_000;
/** While the server cannot be reached, changes waiting are tried again this often (and at once on reconnecting). */
export const RETRY_OFFLINE_MS = 5_000;

const LOCAL = Symbol('local');

/** Base64 of bytes, and back: updates travel as strings. */
export const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
};
export const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/**
 * Turns what the user did in a textarea (its whole new value) into one delete and insert on the
 * shared text, found from the common start and end, so it merges character by character with
 * what others type. Returns the update to send, or null when nothing changed.
 */
export function applyLocalEdit(doc: Y.Doc, after: string): Uint8Array | null {
  const text = doc.getText(TEXT_ROOT);
  const change = textChange(text.toString(), after);
  if (!change) return null;
  // The update of this one transaction only: encoding the state since a state vector would carry
  // every deletion ever made in the document along with it.
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array, origin: unknown) => {
    if (origin === LOCAL) update = update ? Y.mergeUpdates([update, u]) : u;
  };
  doc.on('update', capture);
  try {
    doc.transact(() => {
      if (change.remove) text.delete(change.index, change.remove);
      if (change.insert) text.insert(change.index, change.insert);
    }, LOCAL);
  } finally {
    doc.off('update', capture);
  }
  return update;
}

/**
 * Applies someone else's changes and says where the user's caret (or selection) now is: each end
 * stays after the same character it followed, however much was inserted or deleted around it.
 */
export function applyRemoteUpdate(doc: Y.Doc, update: Uint8Array, selection: Selection | null): Selection | null {
  const text = doc.getText(TEXT_ROOT);
  const anchors = selection
    ? {
        start: Y.createRelativePositionFromTypeIndex(text, selection.start, -1),
        end: Y.createRelativePositionFromTypeIndex(text, selection.end, -1),
      }
    : null;
  Y.applyUpdate(doc, update);
  if (!anchors) return null;
  const at = (position: Y.RelativePosition) => Y.createAbsolutePositionFromRelativePosition(position, doc)?.index ?? text.length;
  const start = at(anchors.start);
  return { start, end: Math.max(start, at(anchors.end)) };
}

/** The server's side of shared text (the `agendaText` query and `editAgendaText` mutation). */
export interface TextTransport {
  /** What this state vector is missing. */
  read(itemId: string, field: TextField, stateVector: string): Promise<{ update: string; version: number }>;
  /** Sends an update; the answer holds what this state vector is missing. */
  send(itemId: string, field: TextField, update: string, stateVector: string): Promise<{ update: string; version: number }>;
}

interface Entry {
  doc: Y.Doc;
  state: SharedTextState;
  /** Changes typed here and not yet acknowledged by the server (merged when sent). */
  unsent: Uint8Array[];
  sending: Promise<void> | null;
  again: boolean;
  /** A read of what others typed, under way. */
  reading: Promise<void> | null;
  /** Someone typed again while that read was under way. */
  readAgain: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  loaded: Promise<void> | null;
  /** The editor's current caret, when it is mounted. */
  caret: (() => Selection | null) | null;
  /** When the oldest change waiting to be sent was typed. */
  waitingSince: number | null;
  /** The text as typed here when the server last refused a change: listed as unsaved so the words can be copied elsewhere. */
  refused: string | null;
}

/** Where unsent changes wait in the browser (localStorage, or a stand-in in tests). */
export type TextStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's storage and who is signed in: unsent changes are kept under the user, so nobody else's session reads them. */
export interface UserTextStorage {
  storage: TextStorage;
  userId: string;
}

/**
 * The meeting room's shared notes and decisions: one Yjs document per item field. Typing is
 * applied locally at once and sent about 150 ms later, merged; someone else's change arrives in
 * the meeting event and is applied as it is, and only a change that builds on something missed
 * (or a reconnect, or an event without the update) reads what this document is missing. Changes
 * not yet acknowledged are kept in the browser's storage under the signed-in user, the meeting,
 * item and field, and sent again after a reload or reconnect, so that nothing typed offline is
 * lost; they are dropped when the session ends. There is no conflict to resolve.
 */
export class SharedTextStore {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();
  private readonly storage: TextStorage | null;
  /** Unsent text dropped since this store opened (the session ended): keep nothing more. */
  private readonly epoch = unsentTextEpoch();

  constructor(
    private readonly meetingId: string,
    private readonly transport: TextTransport,
    private readonly kept: UserTextStorage | null,
    private readonly delayMs = SEND_DELAY_MS,
  ) {
    this.storage = kept?.storage ?? null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(itemId: string, field: TextField): SharedTextState {
    return this.entries.get(this.key(itemId, field))?.state ?? EMPTY;
  }

  /** Loads the field (once), with anything left unsent in this browser. The editor calls this on mounting. */
  open(itemId: string, field: TextField): Promise<void> {
    const entry = this.entry(itemId, field);
    if (!entry.loaded) {
      entry.loaded = (async () => {
        const stored = this.storage && this.epoch === unsentTextEpoch() ? this.storage.getItem(this.storageKey(itemId, field)) : null;
        if (stored) {
          const update = fromBase64(stored);
          Y.applyUpdate(entry.doc, update, LOCAL);
          entry.unsent.push(update);
          this.update(entry, { text: this.textOf(entry), status: 'sending' });
        }
        await this.catchUp(itemId, field);
        if (entry.unsent.length) this.schedule(itemId, field, 0);
      })();
    }
    return entry.loaded;
  }

  /** The editor tells the store where its caret is, so someone else's change can keep it in place. */
  attach(itemId: string, field: TextField, caret: (() => Selection | null) | null): void {
    this.entry(itemId, field).caret = caret;
  }

  /** The user typed: the textarea's whole new value. */
  edit(itemId: string, field: TextField, value: string): void {
    const entry = this.entry(itemId, field);
    const update = applyLocalEdit(entry.doc, value);
    if (!update) return;
    entry.unsent.push(update);
    entry.waitingSince ??= Date.now();
    this.keep(itemId, field, entry);
    this.update(entry, {
      text: this.textOf(entry),
      status: entry.state.status === 'offline' ? 'offline' : 'sending',
      error: null,
      selection: null,
    });
    this.schedule(itemId, field, Math.max(0, Math.min(this.delayMs, entry.waitingSince + SEND_AT_LEAST_EVERY_MS - Date.now())));
  }

  /**
   * Someone else changed the field (a meeting event): read what is missing. One read at a time
   * per field: events that arrive while a read is under way make one more read when it ends, so a
   * room of people typing costs each browser a read per round trip, not one per keystroke burst.
   */
  remoteChanged(itemId: string, field: TextField): Promise<void> {
    const entry = this.entries.get(this.key(itemId, field));
    if (!entry?.loaded) return Promise.resolve();
    if (entry.reading) {
      entry.readAgain = true;
      return entry.reading;
    }
    entry.reading = (async () => {
      do {
        entry.readAgain = false;
        await this.catchUp(itemId, field);
      } while (entry.readAgain);
      entry.reading = null;
    })();
    return entry.reading;
  }

  /**
   * Someone else's change arrived with the meeting event itself: apply it directly, with no read.
   * Only when it builds on changes this browser has not seen (it missed an event, or the field is
   * still loading) is what is missing read. Returns whether the field went from empty to written
   * or back (which changes the item's outcome), or null when the field is not open here.
   */
  remoteUpdate(itemId: string, field: TextField, update: string): { blankChanged: boolean } | null {
    const entry = this.entries.get(this.key(itemId, field));
    if (!entry?.loaded) return null;
    const wasBlank = !this.textOf(entry).trim();
    try {
      this.merge(entry, update, {});
    } catch {
      void this.remoteChanged(itemId, field);
      return { blankChanged: true };
    }
    if (entry.doc.store.pendingStructs || entry.doc.store.pendingDs) void this.remoteChanged(itemId, field);
    return { blankChanged: wasBlank !== !this.textOf(entry).trim() };
  }

  /** After a reconnect: send what waits, and read what was missed, for every open field. */
  async reconnected(): Promise<void> {
    await Promise.all(
      [...this.entries.keys()].map((key) => {
        const [itemId, field] = key.split(':') as [string, TextField];
        return this.entries.get(key)!.unsent.length ? this.flush(itemId, field) : this.catchUp(itemId, field);
      }),
    );
  }

  /** Sends now. */
  flush(itemId: string, field: TextField): Promise<void> {
    const entry = this.entry(itemId, field);
    clearTimeout(entry.timer);
    entry.timer = undefined;
    return this.send(itemId, field);
  }

  /** Sends every field with unsent changes, and waits. */
  async flushAll(): Promise<void> {
    await Promise.all(
      [...this.entries.entries()].map(([key, entry]) => {
        const [itemId, field] = key.split(':') as [string, TextField];
        return entry.unsent.length ? this.flush(itemId, field) : (entry.sending ?? Promise.resolve());
      }),
    );
  }

  /** Fields with changes the server has not acknowledged (or refused), with the text as typed here. */
  unsaved(): Array<{ itemId: string; field: TextField; text: string }> {
    return [...this.entries.entries()]
      .filter(([, e]) => e.unsent.length > 0 || e.refused !== null)
      .map(([key, e]) => {
        const [itemId, field] = key.split(':') as [string, TextField];
        return { itemId, field, text: e.unsent.length > 0 ? this.textOf(e) : e.refused! };
      });
  }

  hasUnsaved(): boolean {
    return this.unsaved().length > 0;
  }

  dispose(): void {
    for (const entry of this.entries.values()) {
      clearTimeout(entry.timer);
      entry.doc.destroy();
    }
    this.entries.clear();
  }

  // ------------------------------------------------------------------ internals

  private key(itemId: string, field: TextField) {
    return `${itemId}:${field}`;
  }

  private storageKey(itemId: string, field: TextField) {
    return unsentTextKey(this.kept!.userId, this.meetingId, itemId, field);
  }

  private entry(itemId: string, field: TextField): Entry {
    const key = this.key(itemId, field);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {
        doc: new Y.Doc(),
        state: EMPTY,
        unsent: [],
        sending: null,
        again: false,
        reading: null,
        readAgain: false,
        timer: undefined,
        loaded: null,
        caret: null,
        waitingSince: null,
        refused: null,
      };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private textOf(entry: Entry) {
    return entry.doc.getText(TEXT_ROOT).toString();
  }

  private update(entry: Entry, patch: Partial<SharedTextState>) {
    entry.state = { ...entry.state, ...patch, revision: entry.state.revision + 1 };
    for (const listener of this.listeners) listener();
  }

  /**
   * Keeps the field in the browser while it has changes the server has not acknowledged: the
   * whole document, so that a reload while offline still shows everything (sending it again is
   * harmless, since the server ignores what it already has).
   */
  private keep(itemId: string, field: TextField, entry: Entry) {
    if (!this.storage || this.epoch !== unsentTextEpoch()) return;
    const key = this.storageKey(itemId, field);
    try {
      if (entry.unsent.length) this.storage.setItem(key, toBase64(Y.encodeStateAsUpdate(entry.doc)));
      else this.storage.removeItem(key);
    } catch {
      // Storage full or blocked: the changes are still held in memory and sent when possible.
    }
  }

  private schedule(itemId: string, field: TextField, delay: number) {
    const entry = this.entry(itemId, field);
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      void this.send(itemId, field);
    }, delay);
  }

  private async catchUp(itemId: string, field: TextField): Promise<void> {
    const entry = this.entry(itemId, field);
    try {
      const answer = await this.transport.read(itemId, field, toBase64(Y.encodeStateVector(entry.doc)));
      this.merge(entry, answer.update, {});
    } catch (error) {
      this.failed(itemId, field, entry, error);
    }
  }

  private merge(entry: Entry, update: string, patch: Partial<SharedTextState>) {
    const selection = applyRemoteUpdate(entry.doc, fromBase64(update), entry.caret?.() ?? null);
    const status = entry.unsent.length || entry.sending ? (entry.state.status === 'offline' ? 'offline' : 'sending') : 'synced';
    this.update(entry, { status, ...patch, text: this.textOf(entry), selection });
  }

  private send(itemId: string, field: TextField): Promise<void> {
    const entry = this.entry(itemId, field);
    if (entry.sending) {
      entry.again = true;
      return entry.sending;
    }
    if (!entry.unsent.length) return Promise.resolve();
    const batch = entry.unsent.length;
    const merged = Y.mergeUpdates(entry.unsent);
    entry.waitingSince = null;
    entry.sending = (async () => {
      try {
        const answer = await this.transport.send(itemId, field, toBase64(merged), toBase64(Y.encodeStateVector(entry.doc)));
        entry.unsent.splice(0, batch);
        this.keep(itemId, field, entry);
        entry.sending = null;
        entry.refused = null;
        this.merge(entry, answer.update, { sentAt: Date.now(), error: null });
      } catch (error) {
        entry.sending = null;
        this.failed(itemId, field, entry, error);
        return;
      }
      if (entry.again || entry.unsent.length) {
        entry.again = false;
        if (entry.unsent.length) await this.send(itemId, field);
      }
    })();
    return entry.sending;
  }

  private failed(itemId: string, field: TextField, entry: Entry, error: unknown) {
    const problem = readApiError(error);
    // The server or its database cannot take it just now: nothing was refused, so keep what was
    // typed and try again, as when offline.
    if (problem.code === 'NETWORK' || problem.code === 'DATABASE_UNAVAILABLE' || problem.code === 'DATABASE_BUSY') {
      this.update(entry, { status: 'offline' });
      if (entry.unsent.length && !entry.timer) this.schedule(itemId, field, RETRY_OFFLINE_MS);
      return;
    }
    // Refused (too long, or no longer allowed): show the server's text and say why, keeping the typed words to copy.
    if (entry.unsent.length) entry.refused = this.textOf(entry);
    entry.unsent = [];
    this.keep(itemId, field, entry);
    entry.doc.destroy();
    entry.doc = new Y.Doc();
    this.update(entry, { status: 'error', error: problem.message, text: '' });
    void this.transport
      .read(itemId, field, toBase64(Y.encodeStateVector(entry.doc)))
      .then((answer) => this.merge(entry, answer.update, { status: 'error', error: problem.message }))
      .catch(() => undefined);
  }
}
