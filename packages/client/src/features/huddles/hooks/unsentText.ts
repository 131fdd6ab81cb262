import type { TextField } from './sharedText';

/** Every key under which shared text not yet acknowledged waits in this browser (see SharedTextStore). */
export const UNSENT_TEXT_PREFIX = 'casehuddle:shared-text:';

/** The storage the browser offers, as far as finding and dropping unsent text needs it. */
export type KeyedStorage = Pick<Storage, 'getItem' | 'removeItem' | 'key' | 'length'>;

/** Sends one field's waiting document (the whole of it: the server ignores what it already has). */
export type SendUnsent = (itemId: string, field: TextField, update: string) => Promise<unknown>;

/** How long signing out waits for the last attempt to send, at most. */
export const LAST_SEND_WAIT_MS = 3_000;

/** Where one field's unsent text waits: under the signed-in user, the meeting, the item and the field. */
export function unsentTextKey(userId: string, meetingId: string, itemId: string, field: TextField): string {
  return `${UNSENT_TEXT_PREFIX}${userId}:${meetingId}:${itemId}:${field}`;
}

/** What a key names, or null for a key this version did not write. */
function parseKey(key: string): { userId: string; meetingId: string; itemId: string; field: TextField } | null {
  const [userId, meetingId, itemId, field, ...rest] = key.slice(UNSENT_TEXT_PREFIX.length).split(':');
  if (!userId || !meetingId || !itemId || (field !== 'NOTES' && field !== 'DECISIONS') || rest.length) return null;
  return { userId, meetingId, itemId, field };
}

function unsentKeys(storage: KeyedStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(UNSENT_TEXT_PREFIX)) keys.push(key);
  }
  return keys;
}

let epoch = 0;

/**
 * Goes up each time unsent text is dropped. A meeting room opened before then writes nothing
 * more to the browser (a change acknowledged late must not bring back what was dropped).
 */
export const unsentTextEpoch = (): number => epoch;

/**
 * Before signing out: one last attempt to send every field's unsent notes or decisions typed by
 * this user, so that words typed offline reach the meeting if they still can. Waits at most
 * `waitMs`; a field that cannot be sent (offline, refused, too slow) is not retried, since its
 * text is about to go.
 */
export async function sendUnsentText(storage: KeyedStorage, userId: string, send: SendUnsent, waitMs = LAST_SEND_WAIT_MS): Promise<void> {
  const attempts = unsentKeys(storage).map(async (key) => {
    const named = parseKey(key);
    const update = storage.getItem(key);
    if (!named || named.userId !== userId || !update) return;
    await send(named.itemId, named.field, update).catch(() => undefined);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([Promise.all(attempts), new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
  clearTimeout(timer);
}

/**
 * Drops every field's unsent text (whoever typed it) from this browser. It is about people
 * discussed in a meeting, and a shared computer must not keep it for whoever signs in next: this
 * runs whenever nobody is signed in, whether the session ended by signing out, expiry or
 * revocation (see RequireAuth).
 */
export function forgetUnsentText(storage: KeyedStorage): void {
  epoch++;
  for (const key of unsentKeys(storage)) storage.removeItem(key);
}

/** The browser's localStorage, or nothing when it is blocked. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
