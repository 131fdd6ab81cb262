import type { MockLink } from '@apollo/client/testing';
import { ActionChangedSubscription } from '../actions/graphql/actions';
import { ReferralChangedSubscription, ReferralInboxSummaryQuery } from '../referrals/graphql/referrals';
import { NotificationAddedSubscription, UnreadNotificationCountQuery } from './graphql/notifications';

/**
 * What every signed-in page asks of the API besides its own data: the header's unread count (none),
 * the referral counts in the navigation (none) and the live feeds, which stay open and quiet. renderApp adds these after a test's own mocks, so a
 * test that cares (a count of 3, a live event) gives its own, which is matched first.
 */
export function quietShellMocks(): MockLink.MockedResponse[] {
  return [
    { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 0 } }, maxUsageCount: Infinity },
    { request: { query: NotificationAddedSubscription }, delay: Infinity, maxUsageCount: Infinity },
    { request: { query: ActionChangedSubscription }, delay: Infinity, maxUsageCount: Infinity },
    {
      request: { query: ReferralInboxSummaryQuery },
      result: { data: { referralInbox: { __typename: 'ReferralInboxSummary', new: 0, overdue: 0, accepted: 0, awaitingAnswer: 0 } } },
      maxUsageCount: Infinity,
    },
    { request: { query: ReferralChangedSubscription }, delay: Infinity, maxUsageCount: Infinity },
  ];
}
