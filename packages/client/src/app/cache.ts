import { InMemoryCache } from '@apollo/client';

/**
 * The app's cache. Parts of a person's record have no id of their own, so they live inside their
 * Person; merging them lets a partial read (a search result) and a full read share one Person without
 * either wiping the other's fields.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      PersonAccessInfo: { merge: true },
      PersonProfile: { merge: true },
      PersonSituation: { merge: true },
      PersonStory: { merge: true },
      PersonPreferences: { merge: true },
      PersonRisk: { merge: true },
      // An appointment's clashes are worked out afresh on every read: the new list replaces the old.
      Appointment: { fields: { clashes: { merge: false } } },
      // A kind of referral is known by its code; a referral's timeline is read whole each time.
      ReferralKind: { keyFields: ['code'] },
      Referral: { fields: { timeline: { merge: false }, sections: { merge: false } } },
    },
  });
}
