import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import type { PgEventBus } from '../../core/pubsub.js';
import { rows } from '../../core/sql.js';
import { MeetingPresence } from './meeting-presence.js';
import type { MeetingEventPayload as Event } from './meeting.topics.js';

/** What a stream is told: an event, "re-read your log" (the bus reconnected), or "you are no longer a member". */
export type HubMessage = Event | 'resync' | 'removed';
type Listener = (message: HubMessage) => void;
interface Follower {
  viewer: Viewer;
  listener: Listener;
}

/** How often membership of followed meetings is re-checked. */
const RECHECK_MS = 15_000;

/**
 * One per process: reads the bus's meeting events once and hands each to the streams following
 * that meeting, rather than every stream reading (and discarding) every event itself. It also
 * re-checks membership for everyone following a meeting with one query per meeting every 15
 * seconds, in the background: never on the way to delivering an event, and not one query per
 * subscriber. It reads the bus only while someone follows a meeting.
 */
export class MeetingHub {
  private readonly byMeeting = new Map<string, Set<Follower>>();
  private size = 0;
  private stop?: () => Promise<void>;
  /** Who is here: following a meeting is being in its room, and the room is told when that ends. */
  readonly presence: MeetingPresence;

  constructor(
    private readonly bus: PgEventBus,
    private readonly dataSource: DataSource,
    private readonly recheckMs = RECHECK_MS,
  ) {
    this.presence = new MeetingPresence(bus, dataSource);
  }

  /** Follows a meeting (the viewer is then in its room); returns the function that stops following. */
  follow(meetingId: string, viewer: Viewer, listener: Listener): () => void {
    let followers = this.byMeeting.get(meetingId);
    if (!followers) this.byMeeting.set(meetingId, (followers = new Set()));
    const follower = { viewer, listener };
    followers.add(follower);
    if (this.size++ === 0) this.start();
    this.presence.arrive(meetingId, viewer);
    let following = true;
    return () => {
      if (!following) return;
      following = false;
      this.presence.depart(meetingId, viewer);
      followers.delete(follower);
      if (followers.size === 0) this.byMeeting.delete(meetingId);
      if (--this.size === 0) void this.stop?.();
    };
  }

  /** Tells followers who are no longer members of the meeting's huddle (one statement per meeting). */
  async recheck(): Promise<void> {
    for (const [meetingId, followers] of [...this.byMeeting]) {
      const viewers = new Map([...followers].map((f) => [`${f.viewer.id}/${f.viewer.organisationId}`, f.viewer]));
      const found = await rows<{ user_id: string; org_id: string; member: boolean }>(
        this.dataSource,
        `SELECT v.user_id, v.org_id,
                huddle_isa_signed(m.huddle_id, v.org_id)
                AND (EXISTS (SELECT 1 FROM huddle_member hm WHERE hm.huddle_id = m.huddle_id AND hm.organisation_id = v.org_id)
                     OR EXISTS (SELECT 1 FROM huddle_chair hc WHERE hc.huddle_id = m.huddle_id AND hc.user_id = v.user_id)) AS member
           FROM meeting m, unnest($2::uuid[], $3::uuid[]) AS v(user_id, org_id) WHERE m.id = $1`,
        [meetingId, [...viewers.values()].map((v) => v.id), [...viewers.values()].map((v) => v.organisationId)],
        { prepared: true },
      );
      const members = new Set(found.filter((r) => r.member).map((r) => `${r.user_id}/${r.org_id}`));
      for (const follower of followers) {
        if (!members.has(`${follower.viewer.id}/${follower.viewer.organisationId}`)) follower.listener('removed');
      }
    }
  }

  private start() {
    const live = this.bus.pubSub.subscribe('MEETING_EVENT');
    const resync = this.bus.pubSub.subscribe('BUS_RESYNC');
    void (async () => {
      for await (const event of live) for (const follower of this.byMeeting.get(event.meetingId) ?? []) follower.listener(event);
    })();
    void (async () => {
      // The listener reconnected and may have missed events: every stream re-reads its log.
      for await (const _ of resync) for (const followers of this.byMeeting.values()) for (const f of followers) f.listener('resync');
    })();
    const timer = setInterval(() => {
      this.recheck().catch(() => undefined); // the database is away: check again next time
    }, this.recheckMs);
    timer.unref();
    this.stop = async () => {
      this.stop = undefined;
      clearInterval(timer);
      await Promise.all([live.return?.(), resync.return?.()]);
    };
  }
}

const hubs = new WeakMap<PgEventBus, MeetingHub>();

/** The hub for this process (one per event bus). */
export function meetingHub(bus: PgEventBus, dataSource: DataSource): MeetingHub {
  let hub = hubs.get(bus);
  if (!hub) hubs.set(bus, (hub = new MeetingHub(bus, dataSource)));
  return hub;
}
