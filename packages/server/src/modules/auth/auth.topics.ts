/** Why a session ended; sent to the client as the WebSocket close reason. */
export type SessionEndReason =
  'SIGNED_OUT' | 'ACCOUNT_DEACTIVATED' | 'ORGANISATION_DEACTIVATED' | 'TWO_FACTOR_RESET' | 'TWO_FACTOR_REQUIRED';

/** A session was revoked (sign-out, deactivated user); its sockets must close on every process. */
export interface SessionRevokedEvent {
  sessionId: string;
  userId: string;
  reason: SessionEndReason;
}

declare module '../../core/pubsub.js' {
  interface Topics {
    SESSION_REVOKED: [SessionRevokedEvent];
  }
}
