import type { SharingSection } from '@casehuddle/shared';
import type { PersonRecordFieldsFragment } from '../../generated/graphql';

export type PersonRecord = PersonRecordFieldsFragment;

/** Whether the signed-in user may change a section: they can see it and the record is not restricted. */
export function canEdit(person: PersonRecord, section: SharingSection): boolean {
  return !person.processingRestricted && person.access.sections.includes(section);
}

/** A locked-down record seen by someone outside the organisations that hold it: names and agencies only. */
export function isLockedDownForViewer(person: PersonRecord): boolean {
  return person.lockedDown && !person.access.full;
}
