import type { SharingSection } from '@casehuddle/shared';
import type { PersonRecordFieldsFragment } from '../../generated/graphql';

export type PersonRecord = PersonRecordFieldsFragment;

/**
 * Whether the signed-in user may change a section: they can see it and the record is not
 * restricted. A peer mentor changes no section (they add timeline notes and appointments only).
 */
export function canEdit(person: PersonRecord, section: SharingSection): boolean {
  return !person.processingRestricted && !isPeerMentoring(person) && person.access.sections.includes(section);
}

/** Seen by a peer mentor, through the peer mentoring referral that names them. */
export function isPeerMentoring(person: { access: { basis?: string } }): boolean {
  return person.access.basis === 'PEER_MENTOR';
}

/** A locked-down record seen by someone outside the organisations that hold it: names and agencies only. */
export function isLockedDownForViewer(person: PersonRecord): boolean {
  return person.lockedDown && !person.access.full;
}
