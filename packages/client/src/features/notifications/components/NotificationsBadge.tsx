import { NavLink } from 'react-router';
import { useUnreadNotifications } from '../hooks';

/**
 * The header's link to the notifications page, with the unread count as a badge. The count stays
 * live; each new notification is also announced politely.
 */
export function NotificationsBadge() {
  const { count, latest } = useUnreadNotifications();
  const unread = count ?? 0;
  return (
    <>
      <NavLink
        to="/notifications"
        className="app-notifications-link"
        aria-label={count === null ? 'Notifications' : `Notifications, ${unread} unread`}
      >
        Notifications
        {/* A space, so the visible text ("Notifications 3") is part of the accessible name. */}
        {unread > 0 ? ' ' : null}
        {unread > 0 ? (
          <span className="app-notifications-link__badge" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </NavLink>
      <span className="govuk-visually-hidden" role="status">
        {latest ? <span key={latest.key}>New notification: {latest.message}</span> : null}
      </span>
    </>
  );
}
