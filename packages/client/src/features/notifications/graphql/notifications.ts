import { graphql } from '../../../generated';

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    message
    actionId
    aboutPerson
    person {
      id
      legalName
    }
    createdAt
    readAt
  }
`);

/** The number on the header badge. */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationListQuery = graphql(`
  query NotificationList($limit: Int!) {
    notifications(limit: $limit) {
      ...NotificationFields
    }
  }
`);

/** Marks the given notifications, or all of them when `ids` is null, as read. */
export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);
