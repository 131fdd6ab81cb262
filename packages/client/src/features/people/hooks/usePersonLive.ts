import { useEffect, useRef, useState } from 'react';
import { useSubscription } from '@apollo/client/react';
import type { PersonChangedSubscription as PersonChangedData } from '../../../generated/graphql';
import { useCurrentUser } from '../../auth/session';
import type { PersonRecord } from '../access';
import { PersonChangedSubscription } from '../graphql/people';
import { partLabel } from '../labels';

type Change = PersonChangedData['personChanged'];

/** The version of the changed part this page already shows, if the part has one. */
function versionShown(person: PersonRecord | undefined, change: Change): number | null {
  if (!person) return null;
  switch (change.part) {
    case 'NEED':
      return person.needs.find((need) => need.domain === change.domain)?.version ?? null;
    case 'STORY':
      return person.story?.version ?? null;
    case 'PREFERENCES':
      return person.preferences?.version ?? null;
    case 'SITUATION':
      return person.situation?.version ?? null;
    case 'RISK':
      return person.risk?.version ?? null;
    case 'PROFILE':
      return person.profile?.version ?? null;
    default:
      return null;
  }
}

/**
 * Keeps an open record live: on each `personChanged` event it reads the record again (coalescing
 * bursts into one read at a time) and says politely who changed what. Changes the user made in this
 * window are already on screen, so they are neither re-read nor announced.
 */
export function usePersonLive(
  personId: string,
  person: PersonRecord | undefined,
  refetch: () => Promise<unknown>,
): { text: string; key: number } | null {
  const me = useCurrentUser();
  const [message, setMessage] = useState<{ text: string; key: number } | null>(null);
  const latest = useRef(person);
  const inFlight = useRef(false);
  const again = useRef(false);

  useEffect(() => {
    latest.current = person;
  }, [person]);

  // News about one record is not news about the next one opened.
  useEffect(() => setMessage(null), [personId]);

  async function refresh() {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    try {
      do {
        again.current = false;
        // An error (say, access withdrawn) shows on the page through the query itself.
        await refetch().catch(() => undefined);
      } while (again.current);
    } finally {
      inFlight.current = false;
    }
  }

  useSubscription(PersonChangedSubscription, {
    variables: { personId },
    skip: !person,
    onData: ({ data }) => {
      const change = data.data?.personChanged;
      if (!change) return;
      const mine = change.changedBy?.id === me.id;
      if (mine && change.version !== null && change.version === versionShown(latest.current, change)) return;
      void refresh();
      if (mine) return;
      const who = change.changedBy ? `${change.changedBy.name} (${change.changedBy.organisation.name})` : 'Someone';
      const text = `${who} updated ${partLabel(change.part, change.domain)}`;
      // A new key for each event, so the same words are announced again.
      setMessage((previous) => ({ text, key: (previous?.key ?? 0) + 1 }));
    },
    // Losing access ends the stream: reading again shows the no-access page if that is why.
    onError: () => void refresh(),
  });

  return message;
}
