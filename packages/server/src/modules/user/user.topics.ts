/** A user's account changed (role, organisation, active). */
export interface UserChangedEvent {
  userId: string;
}

declare module '../../core/pubsub.js' {
  interface Topics {
    USER_CHANGED: [UserChangedEvent];
  }
}
