import { useSubscription } from '@apollo/client/react';
import { ReferralChangedSubscription } from '../graphql/navigation';

/** The queries a change to a referral can alter: the counts, the inbox's lists and the referral page. */
const REFERRAL_QUERIES = new Set(['ReferralInboxSummary', 'Referrals', 'Referral']);

/**
 * Keeps every referral on screen live. The event carries only an id and a version (the server sends
 * no details over the socket), so the counts, lists and page open now are read again; nothing else is.
 * Runs once, in the navigation, for everyone who has the Referrals area.
 */
export function useReferralChanges(): void {
  useSubscription(ReferralChangedSubscription, {
    onData: ({ client }) => {
      // One read per query and variables: the navigation and the inbox share the counts, say.
      const seen = new Set<string>();
      for (const query of client.getObservableQueries('active')) {
        const key = `${query.queryName ?? ''} ${JSON.stringify(query.variables ?? {})}`;
        if (!REFERRAL_QUERIES.has(query.queryName ?? '') || seen.has(key)) continue;
        seen.add(key);
        void query.refetch().catch(() => undefined);
      }
    },
  });
}
