import { readApiError, readApiErrorExtensions } from '../../../ui/apiErrors';

/** The free-text fields of an agenda item, each saved and versioned on its own. */
export type TextField = 'NOTES' | 'DECISIONS';

export type SaveStatus =
  /** Nothing typed since the last save (or since the page opened). */
  | 'idle'
  /** Typed; the save follows when typing stops. */
  | 'pending'
  /** Combined text waiting for the user to check it (saved on their next change or on leaving the field). */
  | 'unsaved'
  | 'saving'
  | 'saved'
  /** Someone else saved first: the user chooses how to combine the two. */
  | 'conflict'
  | 'error';

export interface SavedText {
  text: string;
  version: number;
}

export interface FieldState {
  /** What the user has typed and not yet saved; null when the field shows the saved text. */
  draft: string | null;
  /** The version the draft started from, sent as `expectedVersion`. */
  baseVersion: number;
  /** The saved text the draft started from (so a merge can add just what the user added). */
  baseText: string;
  status: SaveStatus;
  savedAt: number | null;
  /** The text and version someone else saved first, while a conflict is open. */
  conflict: (SavedText & { by: string | null }) | null;
  error: string | null;
  /** What this browser last saved: shown until the cache has caught up with it. */
  lastSaved: SavedText | null;
  /** Who last saved this field from elsewhere, and the version they made. */
  remote: { by: string; version: number } | null;
}

export interface SaveRequest {
  itemId: string;
  field: TextField;
  expectedVersion: number;
  text: string;
}

export type SaveFieldFn = (request: SaveRequest) => Promise<SavedText>;

export interface UnsavedText {
  itemId: string;
  field: TextField;
  text: string;
}

/** How long after the last keystroke a field saves. */
export const SAVE_DELAY_MS = 800;

const INITIAL: FieldState = {
  draft: null,
  baseVersion: 0,
  baseText: '',
  status: 'idle',
  savedAt: null,
  conflict: null,
  error: null,
  lastSaved: null,
  remote: null,
};

const keyOf = (itemId: string, field: TextField) => `${itemId}:${field}`;

/**
 * Their text, a blank line, then mine. When both versions grew from the same saved text (`base`),
 * only what I added goes below theirs, so the shared part is not repeated.
 */
export function mineBelowTheirs(theirs: string, mine: string, base = ''): string {
  if (!theirs.trim()) return mine;
  if (mine.startsWith(theirs)) return mine;
  const added = base && mine.startsWith(base) && theirs.startsWith(base) ? mine.slice(base.length) : mine;
  if (!added.trim() || theirs.trim() === mine.trim()) return theirs;
  return `${theirs.trimEnd()}\n\n${added.trim()}`;
}

/** Reads VERSION_CONFLICT's `extensions.current` ({ field, value, version }), or null for any other error. */
export function readVersionConflict(error: unknown): SavedText | null {
  if (readApiError(error).code !== 'VERSION_CONFLICT') return null;
  const current = readApiErrorExtensions(error)['current'];
  if (!current || typeof current !== 'object') return null;
  const { value, version } = current as { value?: unknown; version?: unknown };
  if (typeof version !== 'number') return null;
  return { text: typeof value === 'string' ? value : '', version };
}

/**
 * The meeting room's unsaved words, kept outside the components so that moving between agenda
 * items (which unmounts a field) never loses them. Each field saves about 800 ms after typing
 * stops and when the user leaves it, one save at a time, always claiming the version the text
 * was based on; a save that finds someone else saved first keeps the user's text and opens a
 * conflict for them to resolve.
 */
export class FieldEditorStore {
  private readonly states = new Map<string, FieldState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly saveField: SaveFieldFn,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The field's state: the same object until it changes (for useSyncExternalStore). */
  get(itemId: string, field: TextField): FieldState {
    return this.states.get(keyOf(itemId, field)) ?? INITIAL;
  }

  /** The user typed: keep the text and save once typing stops. `saved` is the saved text and version on screen. */
  edit(itemId: string, field: TextField, text: string, saved: SavedText): void {
    const key = keyOf(itemId, field);
    const state = this.get(itemId, field);
    const starting = state.draft === null;
    const baseVersion = starting ? saved.version : state.baseVersion;
    const baseText = starting ? saved.text : state.baseText;
    const status: SaveStatus = state.status === 'conflict' ? 'conflict' : state.status === 'saving' ? 'saving' : 'pending';
    this.set(key, { ...state, draft: text, baseVersion, baseText, status, error: null });
    if (status !== 'conflict') this.schedule(key, itemId, field);
  }

  /** Saves now (on leaving the field, or before closing the meeting). */
  flush(itemId: string, field: TextField): Promise<void> {
    const key = keyOf(itemId, field);
    this.clearTimer(key);
    return this.run(key, itemId, field);
  }

  /** Saves every field with unsaved words, and waits for the saves to finish. */
  async flushAll(): Promise<void> {
    const pending: Promise<void>[] = [];
    for (const [key, state] of this.states) {
      if (state.draft === null || state.status === 'conflict') continue;
      const [itemId, field] = key.split(':') as [string, TextField];
      pending.push(this.flush(itemId, field));
    }
    pending.push(...this.inFlight.values());
    await Promise.all(pending);
  }

  /** Conflict: drop my words and show theirs. */
  useTheirs(itemId: string, field: TextField): void {
    const key = keyOf(itemId, field);
    const state = this.get(itemId, field);
    if (!state.conflict) return;
    const theirs = { text: state.conflict.text, version: state.conflict.version };
    this.clearTimer(key);
    this.set(key, {
      ...state,
      draft: null,
      baseVersion: theirs.version,
      baseText: theirs.text,
      status: 'idle',
      conflict: null,
      error: null,
      lastSaved: theirs,
    });
  }

  /** Conflict: save their words with mine below, on top of their version. */
  addMineBelowTheirs(itemId: string, field: TextField): Promise<void> {
    const key = keyOf(itemId, field);
    const state = this.get(itemId, field);
    if (!state.conflict) return Promise.resolve();
    const text = mineBelowTheirs(state.conflict.text, state.draft ?? '', state.baseText);
    const { version, text: theirs } = state.conflict;
    this.set(key, { ...state, draft: text, baseVersion: version, baseText: theirs, status: 'pending', conflict: null });
    return this.flush(itemId, field);
  }

  /** Conflict: put both into the field, on top of their version, for the user to tidy before it saves. */
  editTogether(itemId: string, field: TextField): void {
    const key = keyOf(itemId, field);
    const state = this.get(itemId, field);
    if (!state.conflict) return;
    const text = mineBelowTheirs(state.conflict.text, state.draft ?? '', state.baseText);
    const { version, text: theirs } = state.conflict;
    this.set(key, { ...state, draft: text, baseVersion: version, baseText: theirs, status: 'unsaved', conflict: null });
  }

  /** After an error: try the same words again. */
  retry(itemId: string, field: TextField): Promise<void> {
    return this.flush(itemId, field);
  }

  /** Someone else saved this field (a live event): noted so the user knows their text is based on an older version. */
  noteRemoteSave(itemId: string, field: TextField, by: string, version: number): void {
    const key = keyOf(itemId, field);
    const state = this.get(itemId, field);
    this.set(key, { ...state, remote: { by, version } });
  }

  /** Words typed here that are not saved. */
  unsaved(): UnsavedText[] {
    const found: UnsavedText[] = [];
    for (const [key, state] of this.states) {
      if (state.draft === null) continue;
      const [itemId, field] = key.split(':') as [string, TextField];
      found.push({ itemId, field, text: state.draft });
    }
    return found;
  }

  hasUnsaved(): boolean {
    return this.unsaved().length > 0;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  // ------------------------------------------------------------------ internals

  private set(key: string, state: FieldState) {
    this.states.set(key, state);
    for (const listener of this.listeners) listener();
  }

  private clearTimer(key: string) {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private schedule(key: string, itemId: string, field: TextField) {
    this.clearTimer(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(key, itemId, field);
      }, this.delayMs),
    );
  }

  private run(key: string, itemId: string, field: TextField): Promise<void> {
    const running = this.inFlight.get(key);
    if (running) {
      // One save at a time per field: the next one starts from the version this one makes.
      this.again.add(key);
      return running;
    }
    const state = this.get(itemId, field);
    if (state.draft === null || state.status === 'conflict') return Promise.resolve();
    const promise = this.save(key, itemId, field, state.draft, state.baseVersion).finally(() => {
      this.inFlight.delete(key);
      if (this.again.delete(key)) void this.run(key, itemId, field);
    });
    this.inFlight.set(key, promise);
    return promise;
  }

  private async save(key: string, itemId: string, field: TextField, text: string, expectedVersion: number): Promise<void> {
    this.set(key, { ...this.get(itemId, field), status: 'saving', error: null });
    try {
      const saved = await this.saveField({ itemId, field, expectedVersion, text });
      const now = this.get(itemId, field);
      if (now.draft === text) {
        this.set(key, {
          ...now,
          draft: null,
          baseVersion: saved.version,
          baseText: saved.text,
          status: 'saved',
          savedAt: Date.now(),
          lastSaved: saved,
        });
      } else {
        // More was typed while saving: it builds on the version just saved, and its own save follows.
        const status = now.status === 'conflict' ? 'conflict' : now.status === 'unsaved' ? 'unsaved' : 'pending';
        this.set(key, { ...now, baseVersion: saved.version, baseText: saved.text, status, lastSaved: saved });
        if (status === 'pending' && !this.timers.has(key)) this.again.add(key);
      }
    } catch (error) {
      this.again.delete(key);
      const now = this.get(itemId, field);
      const theirs = readVersionConflict(error);
      if (theirs) {
        const by = now.remote && now.remote.version === theirs.version ? now.remote.by : null;
        this.set(key, { ...now, status: 'conflict', conflict: { ...theirs, by } });
      } else {
        this.set(key, { ...now, status: 'error', error: readApiError(error).message });
      }
    }
  }
}
