import type { TextField } from './sharedText';

/** Every key under which shared text not yet acknowledged waits in this browser (see SharedTextStore). */
export const UNSENT_TEXT_PREFIX = 'casehuddle:shared-text:';

/** The storage the browser offers, as far as finding and dropping unsent text needs it. */
export type KeyedStorage = Pick<Storage, 'getItem' | 'removeItem' | 'key' | 'length'>;

/** Sends one field's waiting document (the whole of it: the server ignores what it already has). */
export type SendUnsent = (itemId: string, field: TextField, update: string) => Promise<unknown>;

/** How long signing out waits for the last attempt to send, at most. */
export const LAST_SEND_WAIT_MS = 3_000;

function unsentKeys(storage: KeyedStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(UNSENT_TEXT_PREFIX)) keys.push(key);
  }
  return keys;
}

/**
 * Before signing out: one last attempt to send every field's unsent notes or decisions, so that
 * words typed offline reach the meeting if they still can. Waits at most `waitMs`; a field that
 * cannot be sent (offline, refused, too slow) is not retried, since its text is about to go.
 */
export async function sendUnsentText(storage: KeyedStorage, send: SendUnsent, waitMs = LAST_SEND_WAIT_MS): Promise<void> {
  const attempts = unsentKeys(storage).map(async (key) => {
    const [, , , itemId, field] = key.split(':');
    const update = storage.getItem(key);
    if (!itemId || (field !== 'NOTES' && field !== 'DECISIONS') || !update) return;
    await send(itemId, field, update).catch(() => undefined);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([Promise.all(attempts), new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
  clearTimeout(timer);
}

/**
 * On signing out: drops every field's unsent text from this browser. It is about people
 * discussed in a meeting, and a shared computer must not keep it for whoever signs in next.
 */
export function forgetUnsentText(storage: KeyedStorage): void {
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
