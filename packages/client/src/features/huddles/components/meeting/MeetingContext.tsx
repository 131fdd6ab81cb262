import { createContext, use } from 'react';
import type { AgendaItemFieldsFragment, MeetingRoomQuery as MeetingRoomResult } from '../../../../generated/graphql';
import type { SharedTextFields } from '../../hooks/lazySharedText';
import type { PresenceReporter } from '../../hooks/usePresenceReporter';
import type { PresenceStore } from '../../hooks/presenceStore';

export type Meeting = MeetingRoomResult['meeting'];
export type AgendaItem = AgendaItemFieldsFragment;

export interface MeetingContextValue {
  meeting: Meeting;
  myId: string;
  myName: string;
  /** The shared notes and decisions of every item opened here. */
  fields: SharedTextFields;
  presence: PresenceStore;
  reporter: PresenceReporter;
  projectorSafe: boolean;
  setProjectorSafe: (on: boolean) => void;
  /** Says something to screen reader users, politely. */
  announce: (text: string) => void;
  /** The item's name as shown now: "Person 3" in projector-safe mode for items about people. */
  itemLabel: (item: AgendaItem) => string;
}

const MeetingContext = createContext<MeetingContextValue | null>(null);

export const MeetingProvider = MeetingContext;

export function useMeeting(): MeetingContextValue {
  const value = use(MeetingContext);
  if (!value) throw new Error('useMeeting must be used inside the meeting page');
  return value;
}

/** The item is about a person (whether or not the viewer may see who). */
export function isAboutPerson(item: AgendaItem): boolean {
  return item.person !== null || item.personRestricted;
}

/** The item can be edited: the meeting is open and the person's details are shared with the viewer. */
export function isEditable(meeting: Meeting, item: AgendaItem): boolean {
  return meeting.status !== 'CLOSED' && !item.personRestricted;
}

/**
 * Names for items in projector-safe mode: items about people become "Person 1", "Person 2" in
 * agenda order (stable for everyone looking at the same agenda); other items keep their titles.
 */
export function projectorLabels(items: readonly AgendaItem[]): Map<string, string> {
  const labels = new Map<string, string>();
  let n = 0;
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    if (isAboutPerson(item)) labels.set(item.id, `Person ${++n}`);
  }
  return labels;
}

/** An item's full name: "Aar: New referral", or the title alone when no person is shown. */
export function fullItemLabel(item: AgendaItem): string {
  return item.person ? `${item.person.displayName}: ${item.title}` : item.title;
}
