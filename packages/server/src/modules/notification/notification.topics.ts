/** A notification was added to a user's feed. */
export interface NotificationAddedEvent {
  notificationId: string;
  userId: string;
  /** The service instance (one per server process) that created it: that one hands it to the channels. */
  origin?: string;
}

declare module '../../core/pubsub.js' {
  interface Topics {
    NOTIFICATION_ADDED: [NotificationAddedEvent];
  }
}
