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
}

declare module '../../core/pubsub.js' {
  interface Topics {
    MEETING_EVENT: [MeetingEventPayload];
  }
}
