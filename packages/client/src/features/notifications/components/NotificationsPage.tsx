import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatDateTime, notificationHeadline, type NotificationKind } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { MarkNotificationsReadMutation, NotificationListQuery, UnreadNotificationCountQuery } from '../graphql/notifications';
import { NOTIFICATION_LIST_LIMIT } from '../hooks';
import { NOTIFICATION_KIND_LABELS, NOTIFICATION_KIND_TAGS } from '../labels';

/** The signed-in user's notifications at /notifications, newest first, with "Mark all as read". */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const { data, error, refetch } = useQuery(NotificationListQuery, {
    variables: { limit: NOTIFICATION_LIST_LIMIT },
    fetchPolicy: 'cache-and-network',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [markRead, { loading }] = useMutation(MarkNotificationsReadMutation, {
    // The server says how many are still unread; the badge shows that at once.
    update: (cache, result) => {
      const left = result.data?.markNotificationsRead;
      if (typeof left === 'number') cache.writeQuery({ query: UnreadNotificationCountQuery, data: { unreadNotificationCount: left } });
    },
  });

  async function markAllRead() {
    setProblem(null);
    try {
      await markRead({ variables: { ids: null } });
      await refetch();
      setDone(true);
    } catch (caught) {
      setProblem(readApiError(caught).message);
    }
  }

  function markOneRead(id: string) {
    // Following a notification reads it; a failure here matters little and is not shown.
    markRead({ variables: { ids: [id] } }).catch(() => undefined);
  }

  if (!data) {
    if (!error) return <Loading />;
    return <ServiceProblem message={readApiError(error).message} onRetry={() => void refetch().catch(() => undefined)} />;
  }

  const notifications = data.notifications;
  const unread = notifications.filter((n) => !n.readAt).length;

  return (
    <>
      <div className="app-page-heading">
        <h1 className="govuk-heading-l">Notifications</h1>
        <button
          type="button"
          className="govuk-button govuk-button--secondary app-page-heading__action"
          onClick={() => void markAllRead()}
          disabled={loading || unread === 0}
          aria-disabled={loading || unread === 0 || undefined}
        >
          {loading ? 'Saving…' : 'Mark all as read'}
        </button>
      </div>
      <div role="status">
        {done && unread === 0 ? <p className="govuk-body app-saved-message">All notifications marked as read.</p> : null}
      </div>
      {problem ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      ) : null}
      {notifications.length === 0 ? (
        <div className="app-empty-state">
          <p className="govuk-body">You have no notifications.</p>
          <p className="govuk-body app-secondary-text">You will hear here when someone gives you an action, or one is due or overdue.</p>
        </div>
      ) : (
        <ul className="govuk-list app-notifications">
          {notifications.map((notification) => {
            const kind = notification.kind as NotificationKind;
            // What happened and about whom: the server names the person only to a reader who may know of them now.
            const headline = notificationHeadline(kind, {
              aboutPerson: notification.aboutPerson,
              personName: notification.person?.legalName ?? null,
            });
            return (
              <li
                className={`app-notifications__item${notification.readAt ? '' : ' app-notifications__item--unread'}`}
                key={notification.id}
              >
                <p className="app-notifications__meta">
                  {notification.readAt ? null : <strong className="govuk-tag app-tag">New</strong>}{' '}
                  <strong className={['govuk-tag', 'app-tag', NOTIFICATION_KIND_TAGS[kind]].filter(Boolean).join(' ')}>
                    {NOTIFICATION_KIND_LABELS[kind]}
                  </strong>{' '}
                  <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
                </p>
                <p className="govuk-body govuk-!-font-weight-bold app-notifications__headline">{headline}</p>
                <p className="govuk-body app-notifications__message">{notification.message}</p>
                {notification.actionId ? (
                  <Link
                    className="govuk-link"
                    to={`/actions/${notification.actionId}`}
                    state={{ from: '/notifications' }}
                    onClick={() => (notification.readAt ? undefined : markOneRead(notification.id))}
                  >
                    View the action<span className="govuk-visually-hidden">: {headline}</span>
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export default NotificationsPage;
