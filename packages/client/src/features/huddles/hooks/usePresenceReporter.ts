import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { ReportPresenceMutation } from '../graphql/meetings';

/** While someone types, tell the room at most this often. */
export const TYPING_REPORT_EVERY_MS = 2_000;
/** Say "still here" this often, so others keep seeing you in the room. */
export const HEARTBEAT_EVERY_MS = 15_000;

export interface PresenceReporter {
  /** The user moved into a field. */
  focus: (itemId: string, field: string) => void;
  /** The user typed in a field (throttled). */
  typing: (itemId: string, field: string) => void;
  /** The user left a field. */
  leave: (itemId: string) => void;
}

/**
 * Tells the room where this user is and whether they are typing (never stored by the server).
 * Failures are ignored: presence is a courtesy, and the next report puts it right.
 */
export function usePresenceReporter(meetingId: string, active: boolean): PresenceReporter {
  const client = useApolloClient();
  const lastSent = useRef(0);
  const lastTyping = useRef(0);
  const where = useRef<{ itemId: string | null; field: string | null }>({ itemId: null, field: null });

  // One report at a time, so they reach the room in the order they were made (a "typing" report
  // overtaken by an earlier "in the field" report would hide the typing); while one is on its way,
  // only the latest waiting report is kept.
  const inFlight = useRef(false);
  const waiting = useRef<{ itemId: string | null; field: string | null; typing: boolean } | null>(null);

  const send = useCallback(
    (itemId: string | null, field: string | null, typing: boolean) => {
      if (!active) return;
      lastSent.current = Date.now();
      where.current = { itemId, field };
      if (inFlight.current) {
        waiting.current = { itemId, field, typing };
        return;
      }
      const post = (report: { itemId: string | null; field: string | null; typing: boolean }) => {
        inFlight.current = true;
        client
          .mutate({ mutation: ReportPresenceMutation, variables: { meetingId, ...report } })
          .catch(() => undefined)
          .finally(() => {
            inFlight.current = false;
            const next = waiting.current;
            waiting.current = null;
            if (next) post(next);
          });
      };
      post({ itemId, field, typing });
    },
    [client, meetingId, active],
  );

  useEffect(() => {
    if (!active) return;
    send(null, null, false);
    const timer = setInterval(() => {
      if (Date.now() - lastSent.current < HEARTBEAT_EVERY_MS - 1_000) return;
      send(where.current.itemId, where.current.field, false);
    }, HEARTBEAT_EVERY_MS);
    return () => clearInterval(timer);
  }, [active, send]);

  return useMemo(
    () => ({
      focus: (itemId, field) => send(itemId, field, false),
      typing: (itemId, field) => {
        const now = Date.now();
        if (now - lastTyping.current < TYPING_REPORT_EVERY_MS) return;
        lastTyping.current = now;
        send(itemId, field, true);
      },
      leave: (itemId) => {
        lastTyping.current = 0;
        send(itemId, null, false);
      },
    }),
    [send],
  );
}
