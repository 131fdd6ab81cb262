import type { Viewer } from '../../core/context.js';
import type { Topics } from '../../core/pubsub.js';
import type { Services } from '../../core/services.js';

type Event = Topics['MEETING_EVENT'][0];

/** How long a stream trusts a membership check before asking again. */
const RECHECK_MS = 15_000;

/**
 * A meeting's events for one subscriber: first everything after `afterSeq` from the stored
 * log, then live events in order. A gap in the sequence (a NOTIFY lost while this process's
 * listener was reconnecting) is filled from the log, and so is anything missed when the
 * listener comes back. Membership is re-checked as events flow, so someone removed from the
 * huddle stops receiving.
 */
export async function* meetingStream(
  services: Services,
  viewer: Viewer,
  meetingId: string,
  afterSeq: number,
  recheckMs = RECHECK_MS,
): AsyncGenerator<Event> {
  const queue: Array<Event | 'resync'> = [];
  let wake: (() => void) | undefined;
  const push = (value: Event | 'resync') => {
    queue.push(value);
    wake?.();
  };
  // Listen before reading the log, so nothing falls between the two.
  const live = services.bus.pubSub.subscribe('MEETING_EVENT');
  const resync = services.bus.pubSub.subscribe('BUS_RESYNC');
  void (async () => {
    for await (const event of live) if (event.meetingId === meetingId) push(event);
  })();
  void (async () => {
    for await (const _ of resync) push('resync');
  })();

  let last = afterSeq;
  // Membership is re-checked in the background, never on the way to delivering an event, so a
  // busy meeting's events do not wait on one query per subscriber. Jitter spreads the checks.
  let removed = false;
  const recheck = setInterval(
    () => {
      services.meetings.mayFollow(viewer, meetingId).then(
        (member) => {
          if (!member) {
            removed = true;
            push('resync');
          }
        },
        () => undefined, // the database is away: check again next time
      );
    },
    recheckMs * (1 + Math.random() / 3),
  );
  recheck.unref();
  const fromLog = async function* () {
    for (const event of await services.meetingEvents.since(services.dataSource, meetingId, last)) {
      last = event.seq!;
      yield event;
    }
  };
  try {
    yield* fromLog();
    for (;;) {
      if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      const next = queue.shift()!;
      if (removed) return;
      if (next === 'resync') {
        yield* fromLog();
        continue;
      }
      if (next.seq === null) {
        if (next.actorId !== viewer.id) yield next; // presence is not sequenced
        continue;
      }
      if (next.seq <= last) continue; // already sent (from the log)
      if (next.seq > last + 1) {
        yield* fromLog(); // fill the gap, which includes this event
        continue;
      }
      last = next.seq;
      yield next;
    }
  } finally {
    clearInterval(recheck);
    await live.return?.();
    await resync.return?.();
  }
}
