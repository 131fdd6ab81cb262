import { graphql } from '../../../generated';

// What the navigation reads on every page, for everyone with the Referrals area. These are in a
// module of their own so that every page's first chunks carry these two documents only, not every
// referral operation (referrals.ts, which re-exports them).

/** The counts in the navigation and on the inbox's tabs. */
export const ReferralInboxSummaryQuery = graphql(`
  query ReferralInboxSummary {
    referralInbox {
      new
      overdue
      accepted
      awaitingAnswer
    }
  }
`);

/** Ids and versions only: the inbox and the page read again what they show. */
export const ReferralChangedSubscription = graphql(`
  subscription ReferralChanged {
    referralChanged {
      referralId
      status
      version
    }
  }
`);
