import type { NeedDomain, SharingSection } from '@casehuddle/shared';
import type { PersonPart } from './person.enums.js';

/** A part of a person's record changed. Ids, versions and the section only: never the data. */
export interface PersonChangedEvent {
  personId: string;
  part: PersonPart;
  version: number | null;
  domain: NeedDomain | null;
  section: SharingSection | null;
  changedBy: string | null;
}

declare module '../../core/pubsub.js' {
  interface Topics {
    PERSON_CHANGED: [PersonChangedEvent];
  }
}
