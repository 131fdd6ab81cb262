import { useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { onSocketReconnected } from '../../../app/apollo';
import type { MeetingEventsSubscription as MeetingEventsResult } from '../../../generated/graphql';
import { AgendaItemWithActionsQuery, MeetingAgendaItemQuery, MeetingEventsSubscription, MeetingRoomQuery } from '../graphql/meetings';
import type { SharedTextFields } from './lazySharedText';
import type { TextField } from './sharedTextState';
import type { PresenceStore } from './presenceStore';

export type MeetingEvent = MeetingEventsResult['meetingEvents'];

/** Runs `work` once at a time: a call while it runs asks for one more run afterwards. */
function coalesced(work: () => Promise<unknown>): () => void {
  let running = false;
  let again = false;
  const trigger = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void work()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          trigger();
        }
      });
  };
  return trigger;
}

interface Options {
  meetingId: string;
  /** The meeting's `seq` when it was loaded: events after it are asked for. */
  seq: number | null;
  /** Follow the meeting (not once it is closed). */
  enabled: boolean;
  myId: string;
  fields: SharedTextFields;
  presence: PresenceStore;
  /** Told about each sequenced event, after the refetch it causes has been asked for. */
  onEvent?: (event: MeetingEvent) => void;
}

const TEXT_FIELDS = new Set<string>(['NOTES', 'DECISIONS']);
/** Events about an action agreed at an item: the item (its outcome, its actions) is read again, not the meeting. */
const ACTION_EVENTS = new Set<string>(['ACTION_CREATED', 'ACTION_CHANGED']);

/**
 * Follows a meeting live. Each event names what changed: a changed item is read again on its own
 * (with its actions when an action at it was added or changed; shared notes or decisions apply the change the event carries, merged with what is typed here,
 * and read what this browser is missing only when the event has no change or one was missed), anything else reads the meeting
 * again, and presence updates who is here and who is typing. Events are numbered: after a
 * reconnect it subscribes again from the last one seen, and the server replays what was missed.
 */
export function useMeetingEvents({ meetingId, seq, enabled, myId, fields, presence, onEvent }: Options): void {
  const client = useApolloClient();
  const lastSeq = useRef<number | null>(null);
  const [generation, setGeneration] = useState(0);
  const onEventRef = useRef(onEvent);
  useEffect(() => {
    onEventRef.current = onEvent;
  });

  useEffect(() => onSocketReconnected(() => setGeneration((n) => n + 1)), []);

  const ready = enabled && seq !== null;
  useEffect(() => {
    if (!ready) return;
    if (lastSeq.current === null) lastSeq.current = seq;

    const refetchMeeting = coalesced(() =>
      client.query({ query: MeetingRoomQuery, variables: { id: meetingId }, fetchPolicy: 'network-only' }),
    );
    const itemRefetches = new Map<string, () => void>();
    const refetchItem = (itemId: string) => {
      let trigger = itemRefetches.get(itemId);
      if (!trigger) {
        trigger = coalesced(() => client.query({ query: MeetingAgendaItemQuery, variables: { id: itemId }, fetchPolicy: 'network-only' }));
        itemRefetches.set(itemId, trigger);
      }
      trigger();
    };
    // An action at an item was added or changed: the item is read again with its actions (a few
    // kilobytes), not the whole meeting. Read whether or not they are in view yet, so an answer to the
    // first read of them that left before the change cannot leave it out.
    const actionRefetches = new Map<string, () => void>();
    const refetchItemWithActions = (itemId: string) => {
      let trigger = actionRefetches.get(itemId);
      if (!trigger) {
        trigger = coalesced(() =>
          client.query({ query: AgendaItemWithActionsQuery, variables: { id: itemId }, fetchPolicy: 'network-only' }),
        );
        actionRefetches.set(itemId, trigger);
      }
      trigger();
    };

    const handle = (event: MeetingEvent) => {
      const fromSomeoneElse = !!event.actorId && event.actorId !== myId;
      if (event.type === 'PRESENCE') {
        if (fromSomeoneElse) presence.report(event.actorId!, event.actorName ?? 'Someone', event.itemId, event.field, !!event.typing);
        return;
      }
      if (event.type === 'LEFT') {
        if (fromSomeoneElse) presence.left(event.actorId!);
        return;
      }
      if (event.seq !== null) {
        // Replayed after a reconnect, or sent twice: already handled.
        if (lastSeq.current !== null && event.seq <= lastSeq.current) return;
        lastSeq.current = event.seq;
      }
      if (fromSomeoneElse) presence.seen(event.actorId!, event.actorName ?? 'Someone');
      if (event.type === 'ITEM_CHANGED' && event.itemId) {
        let itemStale = true;
        if (event.field && TEXT_FIELDS.has(event.field)) {
          const field = event.field as TextField;
          if (event.update) {
            // Shared text with its change: applied as it is (harmless if it is this browser's own).
            // The item is read again only if the field went from empty to written or back (its outcome).
            const applied = fields.remoteUpdate(event.itemId, field, event.update);
            if (applied) itemStale = applied.blankChanged;
          } else if (fromSomeoneElse) {
            // Replayed from the log, or too large to carry: read what this browser is missing.
            void fields.remoteChanged(event.itemId, field);
          }
          if (fromSomeoneElse) presence.stoppedTyping(event.actorId!);
        }
        if (itemStale) refetchItem(event.itemId);
      } else if (ACTION_EVENTS.has(event.type) && event.itemId) {
        refetchItemWithActions(event.itemId);
      } else {
        refetchMeeting();
      }
      onEventRef.current?.(event);
    };

    let retry: ReturnType<typeof setTimeout> | undefined;
    const subscription = client
      .subscribe({ query: MeetingEventsSubscription, variables: { meetingId, afterSeq: lastSeq.current } })
      .subscribe({
        next: (result) => {
          if (result.data?.meetingEvents) handle(result.data.meetingEvents);
        },
        // The stream ended (say the server restarted): catch up, then follow again from the last event seen.
        error: () => {
          retry = setTimeout(() => setGeneration((n) => n + 1), 3_000);
        },
      });
    return () => {
      clearTimeout(retry);
      subscription.unsubscribe();
    };
    // `seq` is read once, when following starts: later reads of the meeting must not restart it.
  }, [client, meetingId, ready, generation, myId, fields, presence]);
}
