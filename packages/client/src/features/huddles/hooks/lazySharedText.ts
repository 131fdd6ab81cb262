import type { SharedTextStore, TextTransport, UserTextStorage } from './sharedText';
import { EMPTY_TEXT_STATE, type Selection, type SharedTextState, type TextField } from './sharedTextState';

/** What the meeting room uses of the shared notes and decisions. */
export type SharedTextFields = Pick<
  SharedTextStore,
  | 'subscribe'
  | 'get'
  | 'open'
  | 'attach'
  | 'edit'
  | 'remoteChanged'
  | 'remoteUpdate'
  | 'reconnected'
  | 'flush'
  | 'flushAll'
  | 'unsaved'
  | 'hasUnsaved'
  | 'dispose'
>;

/**
 * The meeting room's shared notes and decisions, with the store (and Yjs, most of the room's
 * code) loaded only when the first field opens, after the room is first drawn. Until then every
 * field reads as loading, so the editor shows the item's saved text read-only; nothing can be
 * typed, so nothing is unsent. Events for fields not yet open are left to the store's first read
 * of each field (as for any field not open), and the item itself is read again.
 */
export class LazySharedText implements SharedTextFields {
  private store: SharedTextStore | null = null;
  private loading: Promise<SharedTextStore> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly carets = new Map<string, (() => Selection | null) | null>();

  constructor(
    private readonly meetingId: string,
    private readonly transport: TextTransport,
    private readonly kept: UserTextStorage | null,
  ) {}

  /** Loads the store (once). */
  load(): Promise<SharedTextStore> {
    this.loading ??= import('./sharedText').then(({ SharedTextStore: Store }) => {
      const store = new Store(this.meetingId, this.transport, this.kept);
      for (const [key, caret] of this.carets) {
        const [itemId, field] = key.split(':') as [string, TextField];
        store.attach(itemId, field, caret);
      }
      this.carets.clear();
      store.subscribe(() => this.notify());
      this.store = store;
      this.notify();
      return store;
    });
    return this.loading;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(itemId: string, field: TextField): SharedTextState {
    return this.store ? this.store.get(itemId, field) : EMPTY_TEXT_STATE;
  }

  async open(itemId: string, field: TextField): Promise<void> {
    const store = await this.load();
    await store.open(itemId, field);
  }

  attach(itemId: string, field: TextField, caret: (() => Selection | null) | null): void {
    if (this.store) this.store.attach(itemId, field, caret);
    else this.carets.set(`${itemId}:${field}`, caret);
  }

  /** Typing waits for the store: until it has loaded, the fields are read-only. */
  edit(itemId: string, field: TextField, value: string): void {
    this.store?.edit(itemId, field, value);
  }

  remoteChanged(itemId: string, field: TextField): Promise<void> {
    return this.store ? this.store.remoteChanged(itemId, field) : Promise.resolve();
  }

  remoteUpdate(itemId: string, field: TextField, update: string): { blankChanged: boolean } | null {
    return this.store ? this.store.remoteUpdate(itemId, field, update) : null;
  }

  reconnected(): Promise<void> {
    return this.store ? this.store.reconnected() : Promise.resolve();
  }

  flush(itemId: string, field: TextField): Promise<void> {
    return this.store ? this.store.flush(itemId, field) : Promise.resolve();
  }

  flushAll(): Promise<void> {
    return this.store ? this.store.flushAll() : Promise.resolve();
  }

  unsaved(): Array<{ itemId: string; field: TextField; text: string }> {
    return this.store ? this.store.unsaved() : [];
  }

  hasUnsaved(): boolean {
    return this.store ? this.store.hasUnsaved() : false;
  }

  /** As the store's own: drops every field (a later `open` starts again, as React's strict mode does). */
  dispose(): void {
    this.store?.dispose();
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }
}
