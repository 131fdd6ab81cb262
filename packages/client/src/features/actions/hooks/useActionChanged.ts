import { useEffect, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import type { ActionChangedSubscription as ActionChangedData } from '../../../generated/graphql';
import { ActionChangedSubscription } from '../graphql/changes';

export type ActionChange = ActionChangedData['actionChanged'];

/** How long to gather a burst of changes (a huddle agreeing ten actions) into one refresh. */
const GATHER_MS = 400;

/**
 * Calls `refresh` when actions the viewer may see change, so lists and figures stay live without
 * reloading. Bursts of events become one refresh, and a refresh never overlaps another: events that
 * arrive during one cause exactly one more afterwards. `accept` can ignore events that do not matter.
 */
export function useActionChanged(refresh: (changes: ActionChange[]) => Promise<unknown>, accept?: (change: ActionChange) => boolean): void {
  const latestRefresh = useRef(refresh);
  const latestAccept = useRef(accept);
  const pending = useRef<ActionChange[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef(false);

  useEffect(() => {
    latestRefresh.current = refresh;
    latestAccept.current = accept;
  });

  useEffect(() => () => clearTimeout(timer.current), []);

  async function run() {
    if (running.current) return;
    running.current = true;
    try {
      while (pending.current.length > 0) {
        const changes = pending.current;
        pending.current = [];
        // An error shows on the page through the query itself.
        await latestRefresh.current(changes).catch(() => undefined);
      }
    } finally {
      running.current = false;
    }
  }

  useSubscription(ActionChangedSubscription, {
    onData: ({ data }) => {
      const change = data.data?.actionChanged;
      if (!change || (latestAccept.current && !latestAccept.current(change))) return;
      pending.current.push(change);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), GATHER_MS);
    },
  });
}
