import { useQuery } from '@apollo/client/react';
import { ReferralInboxSummaryQuery } from '../graphql/navigation';
import { useReferralChanges } from '../hooks/useReferralChanges';

/**
 * After "Referrals" in the navigation: how many new referrals the organisation has, kept live. The
 * count is part of the link's name ("Referrals, 2 new"), and nothing is added when there are none.
 */
export function ReferralsNavCount() {
  useReferralChanges();
  const { data } = useQuery(ReferralInboxSummaryQuery, { fetchPolicy: 'cache-and-network' });
  const count = data?.referralInbox.new ?? 0;
  if (count === 0) return null;
  return (
    <>
      {' '}
      <span className="app-nav-count">{count > 99 ? '99+' : count}</span> <span className="govuk-visually-hidden">new</span>
    </>
  );
}
