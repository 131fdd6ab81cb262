import type { ReferralStatus } from '@casehuddle/shared';

/** A referral changed. Ids, the status and the version only: subscribers re-read through the service. */
export interface ReferralChangedEvent {
  referralId: string;
  status: ReferralStatus;
  version: number;
  sendingOrganisationId: string;
  receivingOrganisationId: string;
}

declare module '../../core/pubsub.js' {
  interface Topics {
    REFERRAL_CHANGED: [ReferralChangedEvent];
  }
}
