/**
 * Subscription events whose answer is the same for everyone who receives them.
 *
 * A live event usually reaches many subscribers on one process, and graphql-js would execute
 * the subscription's selection once for each of them. A module that hands the very same object
 * to several streams, and knows that executing its subscription field on that object gives the
 * same answer whoever receives it and whatever arguments they subscribed with, marks it here;
 * the WebSocket server (app/shared-subscribe.ts) then executes each document once per marked
 * object and sends that answer to every subscriber who asked with the same document. Anything
 * a viewer may or may not see must already have been decided when the object was made: viewers
 * who may see different things must receive different objects.
 */
const shared = new WeakSet<object>();

/** Marks an event object as answering the same for every viewer who receives it. Returns it. */
export function sameForEveryViewer<T extends object>(event: T): T {
  shared.add(event);
  return event;
}

/** Whether an event object was marked by `sameForEveryViewer`. */
export const isSameForEveryViewer = (event: unknown): event is object => event !== null && typeof event === 'object' && shared.has(event);
