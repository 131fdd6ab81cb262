/**
 * What the meeting room shows of a shared field, without Yjs: the editor and the meeting page
 * import this, and the shared-text store itself (`sharedText.ts`, with Yjs) loads after the
 * room is first drawn (`lazySharedText.ts`).
 */

/** The free-text fields of an agenda item that several people type into at once. */
export type TextField = 'NOTES' | 'DECISIONS';

export interface Selection {
  start: number;
  end: number;
}

export type SyncStatus =
  /** Reading the text for the first time. */
  | 'loading'
  /** Everything typed here has reached the server. */
  | 'synced'
  /** Typed changes wait to be sent, or are being sent. */
  | 'sending'
  /** The server cannot be reached: changes are kept in this browser and sent on reconnecting. */
  | 'offline'
  /** The server refused a change (too long, or no longer allowed): the field shows the server's text. */
  | 'error';

export interface SharedTextState {
  text: string;
  status: SyncStatus;
  error: string | null;
  /** Where the caret should be after someone else's change (null when it need not move). */
  selection: Selection | null;
  /** Goes up with every change, so the editor knows to put the caret back. */
  revision: number;
  sentAt: number | null;
}

/** What the editor shows under a shared field. */
export function syncStatusText(state: Pick<SharedTextState, 'status' | 'sentAt'>, timeOfDay: (at: number) => string): string {
  switch (state.status) {
    case 'loading':
      return 'Loading…';
    case 'sending':
      return 'Sending…';
    case 'offline':
      return 'Offline — your changes will be sent';
    case 'error':
      return 'Not saved';
    case 'synced':
      return state.sentAt ? `Saved at ${timeOfDay(state.sentAt)}` : '';
  }
}

export const EMPTY_TEXT_STATE: SharedTextState = { text: '', status: 'loading', error: null, selection: null, revision: 0, sentAt: null };
