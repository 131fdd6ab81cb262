import type { MeetingEventType } from '@casehuddle/shared';

/** A change to a live meeting, with its sequence number (null for presence, which is not kept). */
export interface MeetingEventPayload {
  meetingId: string;
  seq: number | null;
  type: MeetingEventType;
  itemId: string | null;
  field: string | null;
  version: number | null;
  actorId: string | null;
  actorName: string | null;
  at: string;
  typing?: boolean;
  /**
   * Shared text: base64 of the Yjs update this change made, carried live (never stored in the
   * log) so that followers apply it without reading the text back. Each stream passes it on only
   * to viewers who may read the item's notes (see `meeting-live-text.ts`).
   */
  update?: string | null;
  /** The person the changed item is about, so each stream can decide who may have `update`. Never sent to clients. */
  personId?: string | null;
}

declare module '../../core/pubsub.js' {
  interface Topics {
    MEETING_EVENT: [MeetingEventPayload];
  }
}
