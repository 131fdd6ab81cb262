/** A notification was added to a user's feed. */
export interface NotificationAddedEvent {
  notificationId: string;
  userId: string;
}

declare module '../../core/pubsub.js' {
  interface Topics {
    NOTIFICATION_ADDED: [NotificationAddedEvent];
  }
}
