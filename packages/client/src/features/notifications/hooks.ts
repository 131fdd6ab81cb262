import { useState } from 'react';
import { useQuery, useSubscription } from '@apollo/client/react';
import { notificationHeadline, type NotificationKind } from '@casehuddle/shared';
import { NotificationAddedSubscription, NotificationListQuery, UnreadNotificationCountQuery } from './graphql/notifications';

/** How many notifications the notifications page lists. */
export const NOTIFICATION_LIST_LIMIT = 50;

/**
 * The unread count for the header badge, kept live: each new notification adds one to the count
 * and goes to the top of the list (if the list has been loaded), without asking the server again.
 * Returns the latest new notification's headline (what, and about whom where the reader may know)
 * and message, for a polite announcement.
 */
export function useUnreadNotifications(): { count: number | null; latest: { message: string; key: number } | null } {
  const { data } = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-and-network' });
  const [latest, setLatest] = useState<{ message: string; key: number } | null>(null);

  useSubscription(NotificationAddedSubscription, {
    onData: ({ client, data: event }) => {
      const notification = event.data?.notificationAdded;
      if (!notification) return;
      client.cache.updateQuery({ query: UnreadNotificationCountQuery }, (current) =>
        current ? { unreadNotificationCount: current.unreadNotificationCount + (notification.readAt ? 0 : 1) } : current,
      );
      client.cache.updateQuery({ query: NotificationListQuery, variables: { limit: NOTIFICATION_LIST_LIMIT } }, (current) =>
        current && !current.notifications.some((n) => n.id === notification.id)
          ? { notifications: [notification, ...current.notifications].slice(0, NOTIFICATION_LIST_LIMIT) }
          : current,
      );
      const headline = notificationHeadline(notification.kind as NotificationKind, {
        aboutPerson: notification.aboutPerson,
        personName: notification.person?.legalName ?? null,
      });
      setLatest((previous) => ({ message: `${headline}. ${notification.message}`, key: (previous?.key ?? 0) + 1 }));
    },
  });

  return { count: data?.unreadNotificationCount ?? null, latest };
}
