import type { Services, Viewer } from '../../core/context.js';
import { meetingHub, type HubMessage } from './meeting-hub.js';
import { LiveTextGate, type DeliveredEvent } from './meeting-live-text.js';
import type { MeetingEventPayload as Event } from './meeting.topics.js';

/** How many stored events one catch-up read fetches; a longer log is read page after page. */
export const CATCH_UP_PAGE = 1_000;

/**
 * A meeting's events for one subscriber: first everything after `afterSeq` from the stored
 * log (in pages, to its end), then live events in order. A gap in the sequence (a NOTIFY lost while this process's
 * listener was reconnecting) is filled from the log, and so is anything missed when the
 * listener comes back. Membership is re-checked in the background (by the hub), so someone
 * removed from the huddle stops receiving.
 *
 * A shared-text change arriving live carries its Yjs update; each viewer receives it only if
 * they may read the item's notes (`LiveTextGate`). Events replayed from the log carry none.
 *
 * Ending it (the client unsubscribes, or its socket closes) takes effect at once, even while it
 * waits for the next event: an async generator would otherwise hold a `return()` until its next
 * `yield`, and the room would not hear that the viewer left until something else happened.
 */
export function meetingStream(services: Services, viewer: Viewer, meetingId: string, afterSeq: number): AsyncGenerator<DeliveredEvent> {
  const queue: Array<HubMessage | 'stop'> = [];
  let wake: (() => void) | undefined;
  const push = (value: HubMessage | 'stop') => {
    queue.push(value);
    wake?.();
  };
  const inner = follow(services, viewer, meetingId, afterSeq, queue, push, (w) => (wake = w));
  // Shared-text updates go only to viewers who may read the item's notes; others get the event alone.
  const gate = new LiveTextGate(services, viewer);
  const stream: AsyncGenerator<DeliveredEvent> = {
    next: async () => {
      const result = await inner.next();
      return result.done ? result : { done: false, value: await gate.pass(result.value) };
    },
    return: (value) => {
      push('stop');
      return inner.return(value);
    },
    throw: (error) => {
      push('stop');
      return inner.throw(error);
    },
    [Symbol.asyncIterator]: () => stream,
  };
  return stream;
}

async function* follow(
  services: Services,
  viewer: Viewer,
  meetingId: string,
  afterSeq: number,
  queue: Array<HubMessage | 'stop'>,
  push: (value: HubMessage) => void,
  setWake: (wake: (() => void) | undefined) => void,
): AsyncGenerator<Event> {
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
      if (queue.length === 0) await new Promise<void>((resolve) => setWake(resolve));
      setWake(undefined);
      const next = queue.shift()!;
      if (next === 'removed' || next === 'stop') return;
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
