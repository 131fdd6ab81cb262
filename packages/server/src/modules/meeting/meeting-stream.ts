import type { Services, Viewer } from '../../core/context.js';
import { meetingHub, type HubMessage } from './meeting-hub.js';
import type { MeetingEventPayload as Event } from './meeting.topics.js';

/** How many stored events one catch-up read fetches; a longer log is read page after page. */
export const CATCH_UP_PAGE = 1_000;

/**
 * A meeting's events for one subscriber: first everything after `afterSeq` from the stored
 * log (in pages, to its end), then live events in order. A gap in the sequence (a NOTIFY lost while this process's
 * listener was reconnecting) is filled from the log, and so is anything missed when the
 * listener comes back. Membership is re-checked in the background (by the hub), so someone
 * removed from the huddle stops receiving.
 */
export async function* meetingStream(services: Services, viewer: Viewer, meetingId: string, afterSeq: number): AsyncGenerator<Event> {
  const queue: HubMessage[] = [];
  let wake: (() => void) | undefined;
  const push = (value: HubMessage) => {
    queue.push(value);
    wake?.();
  };
  // Listen before reading the log, so nothing falls between the two.
  const unfollow = meetingHub(services.bus, services.dataSource).follow(meetingId, viewer, push);
  let last = afterSeq;
  // Reads the log in pages until it is exhausted, however far behind the subscriber is.
  const fromLog = async function* () {
    for (;;) {
      const page = await services.meetingEvents.since(services.dataSource, meetingId, last, CATCH_UP_PAGE);
      for (const event of page) {
        last = event.seq!;
        yield event;
      }
      if (page.length < CATCH_UP_PAGE) return;
    }
  };
  try {
    yield* fromLog();
    for (;;) {
      if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      const next = queue.shift()!;
      if (next === 'removed') return;
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
    unfollow();
  }
}
