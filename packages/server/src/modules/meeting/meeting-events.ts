import type { MeetingEventType } from '@casehuddle/shared';
import type { Viewer } from '../../core/context.js';
import { MAX_EVENT_BYTES, type PgEventBus } from '../../core/pubsub.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { MeetingEventPayload } from './meeting.topics.js';

export type { MeetingEventPayload };

/**
 * The largest shared-text update carried in a live event. Base64 makes it a third larger, and the
 * whole event must stay under the NOTIFY limit (`MAX_EVENT_BYTES`) with room for its other
 * fields; larger changes (a pasted page) go without, and followers read the text instead.
 */
export const MAX_LIVE_UPDATE_BYTES = Math.floor(((MAX_EVENT_BYTES - 1_000) * 3) / 4);

/**
 * The per-meeting event log. Each change takes the meeting's next sequence number inside the
 * writing transaction (which also serialises writes to one meeting), is stored, and is
 * announced after commit. A client that missed events asks for everything after the last
 * sequence number it saw, so nothing depends on NOTIFY being delivered.
 */
export class MeetingEventLog {
  constructor(private readonly bus: PgEventBus) {}

  async record(
    tx: SqlRunner,
    viewer: Viewer | null,
    meetingId: string,
    type: MeetingEventType,
    details: { itemId?: string | null; field?: string | null; version?: number | null; payload?: Record<string, unknown> } = {},
    /**
     * Announced with the event but not stored: a shared-text change's Yjs update and the person
     * the item is about. The update is left out when it would not fit in a NOTIFY; followers
     * then read the text, as they do for events replayed from the log.
     */
    live: { update?: Uint8Array | null; personId?: string | null } = {},
  ): Promise<number> {
    const [row] = await rows<{ seq: string; at: Date }>(
      tx,
      `WITH next AS (UPDATE meeting SET seq = seq + 1 WHERE id = $1 RETURNING seq)
       INSERT INTO meeting_event (meeting_id, seq, type, item_id, actor_id, payload)
       SELECT $1, next.seq, $2, $3, $4, $5 FROM next RETURNING seq, at`,
      [
        meetingId,
        type,
        details.itemId ?? null,
        viewer?.id ?? null,
        JSON.stringify({ field: details.field ?? null, version: details.version ?? null, ...details.payload }),
      ],
    );
    const seq = Number(row!.seq);
    const event: MeetingEventPayload = {
      meetingId,
      seq,
      type,
      itemId: details.itemId ?? null,
      field: details.field ?? null,
      version: details.version ?? null,
      actorId: viewer?.id ?? null,
      actorName: viewer?.name ?? null,
      at: row!.at.toISOString(),
    };
    if (live.update && live.update.length <= MAX_LIVE_UPDATE_BYTES) {
      event.update = Buffer.from(live.update).toString('base64');
      event.personId = live.personId ?? null;
    }
    await this.bus.publish('MEETING_EVENT', event, tx as never);
    return seq;
  }

  /** Up to `limit` events after `afterSeq`, in order (one page of a catch-up: callers read on until a page comes back short). */
  async since(runner: SqlRunner, meetingId: string, afterSeq: number, limit: number): Promise<MeetingEventPayload[]> {
    const found = await rows<{
      seq: string;
      type: MeetingEventType;
      item_id: string | null;
      actor_id: string | null;
      actor_name: string | null;
      at: Date;
      payload: { field: string | null; version: number | null };
    }>(
      runner,
      `SELECT e.seq, e.type, e.item_id, e.actor_id, u.name AS actor_name, e.at, e.payload
         FROM meeting_event e LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE e.meeting_id = $1 AND e.seq > $2 ORDER BY e.seq LIMIT $3`,
      [meetingId, afterSeq, limit],
      { prepared: true },
    );
    return found.map((e) => ({
      meetingId,
      seq: Number(e.seq),
      type: e.type,
      itemId: e.item_id,
      field: e.payload.field ?? null,
      version: e.payload.version ?? null,
      actorId: e.actor_id,
      actorName: e.actor_name,
      at: e.at.toISOString(),
    }));
  }
}
