/** Someone seen in the meeting room within the last 30 seconds. */
export const PRESENT_FOR_MS = 30_000;
/** "Sam is typing…" lasts this long after their last report. */
export const TYPING_FOR_MS = 5_000;

export interface PresentPerson {
  id: string;
  name: string;
}

export interface Typist extends PresentPerson {
  itemId: string;
  field: string;
}

export interface PresenceSnapshot {
  here: PresentPerson[];
  typing: Typist[];
}

interface Entry {
  name: string;
  seenAt: number;
  itemId: string | null;
  field: string | null;
  typingAt: number | null;
}

const EMPTY: PresenceSnapshot = { here: [], typing: [] };

/**
 * Who else is in the meeting room, from the live events: anyone who reported presence or changed
 * something recently, and who is typing where. The server announces when someone leaves (within
 * seconds, even when their connection or their server died); entries also expire by themselves,
 * as a fallback, so the avatars and "is typing" messages go away when people leave or stop.
 */
export class PresenceStore {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();
  private snapshot: PresenceSnapshot = EMPTY;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PresenceSnapshot => this.snapshot;

  /** Someone did something in the meeting (any event with an actor). */
  seen(id: string, name: string): void {
    const entry = this.entries.get(id);
    this.entries.set(id, { itemId: null, field: null, typingAt: null, ...entry, name, seenAt: this.now() });
    this.refresh();
  }

  /** A presence report: where they are and whether they are typing. */
  report(id: string, name: string, itemId: string | null, field: string | null, typing: boolean): void {
    const now = this.now();
    this.entries.set(id, { name, seenAt: now, itemId, field, typingAt: typing && itemId && field ? now : null });
    this.refresh();
  }

  /** The server says they left the room (their connection closed or their server went away). */
  left(id: string): void {
    if (!this.entries.delete(id)) return;
    this.refresh();
  }

  /** They saved: they have stopped typing there. */
  stoppedTyping(id: string): void {
    const entry = this.entries.get(id);
    if (!entry || entry.typingAt === null) return;
    this.entries.set(id, { ...entry, typingAt: null });
    this.refresh();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private refresh() {
    clearTimeout(this.timer);
    const now = this.now();
    let nextExpiry = Infinity;
    const here: PresentPerson[] = [];
    const typing: Typist[] = [];
    for (const [id, entry] of this.entries) {
      const goneAt = entry.seenAt + PRESENT_FOR_MS;
      if (goneAt <= now) {
        this.entries.delete(id);
        continue;
      }
      nextExpiry = Math.min(nextExpiry, goneAt);
      here.push({ id, name: entry.name });
      if (entry.typingAt !== null && entry.itemId && entry.field) {
        const stopsAt = entry.typingAt + TYPING_FOR_MS;
        if (stopsAt > now) {
          typing.push({ id, name: entry.name, itemId: entry.itemId, field: entry.field });
          nextExpiry = Math.min(nextExpiry, stopsAt);
        }
      }
    }
    here.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    const changed =
      here.length !== this.snapshot.here.length ||
      typing.length !== this.snapshot.typing.length ||
      here.some((p, i) => p.id !== this.snapshot.here[i]?.id || p.name !== this.snapshot.here[i]?.name) ||
      typing.some((t, i) => {
        const before = this.snapshot.typing[i];
        return !before || before.id !== t.id || before.itemId !== t.itemId || before.field !== t.field;
      });
    if (changed) {
      this.snapshot = { here, typing };
      for (const listener of this.listeners) listener();
    }
    if (nextExpiry !== Infinity) this.timer = setTimeout(() => this.refresh(), Math.max(nextExpiry - now, 50));
  }
}
