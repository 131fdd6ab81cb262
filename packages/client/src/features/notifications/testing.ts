import type { MockLink } from '@apollo/client/testing';
import { ActionChangedSubscription } from '../actions/graphql/actions';
import { NotificationAddedSubscription, UnreadNotificationCountQuery } from './graphql/notifications';

/**
 * What every signed-in page asks of the API besides its own data: the header's unread count (none)
 * and the live feeds, which stay open and quiet. renderApp adds these after a test's own mocks, so a
 * test that cares (a count of 3, a live event) gives its own, which is matched first.
 */
export function quietShellMocks(): MockLink.MockedResponse[] {
  return [
    { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: 0 } }, maxUsageCount: Infinity },
    { request: { query: NotificationAddedSubscription }, delay: Infinity, maxUsageCount: Infinity },
    { request: { query: ActionChangedSubscription }, delay: Infinity, maxUsageCount: Infinity },
  ];
}
