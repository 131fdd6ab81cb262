import type { ActionStatus } from '@casehuddle/shared';

/** An action was created or changed. */
export interface ActionChangedEvent {
  actionId: string;
  status: ActionStatus;
  version: number;
  ownerUserId: string;
  ownerOrganisationId: string;
  createdBy: string;
  huddleId: string | null;
  meetingId: string | null;
}

declare module '../../core/pubsub.js' {
  interface Topics {
    ACTION_CHANGED: [ActionChangedEvent];
  }
}
