import { formatDate, formatDateTime, type MeetingStatus, type Weekday } from '@casehuddle/shared';

export const WEEKDAY_PLURALS: Record<Weekday, string> = {
  MONDAY: 'Mondays',
  TUESDAY: 'Tuesdays',
  WEDNESDAY: 'Wednesdays',
  THURSDAY: 'Thursdays',
  FRIDAY: 'Fridays',
};

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  PLANNED: 'Planned',
  LIVE: 'Live now',
  CLOSED: 'Closed',
};

export const MEETING_STATUS_TAGS: Record<MeetingStatus, string> = {
  PLANNED: '',
  LIVE: 'govuk-tag--green',
  CLOSED: 'govuk-tag--grey',
};

/** "Tuesdays at 10:00", "Tuesdays", "At 10:00", or null when neither is set. */
export function usualSlot(day: Weekday | null | undefined, time: string | null | undefined): string | null {
  if (day && time) return `${WEEKDAY_PLURALS[day]} at ${time}`;
  if (day) return WEEKDAY_PLURALS[day];
  if (time) return `At ${time}`;
  return null;
}

/** A meeting's name in headings and links: "Meeting on 22 Nov 2026, 10:00". */
export function meetingTitle(startsAt: string): string {
  return `Meeting on ${formatDateTime(startsAt)}`;
}

export function minutesTitle(startsAt: string): string {
  return `Minutes of the meeting on ${formatDate(startsAt)}`;
}

interface MeetingLike {
  id: string;
  startsAt: string;
  status: MeetingStatus;
}

/** The meeting to go to next: one that is live, or else the earliest planned one. */
export function nextMeeting<M extends MeetingLike>(meetings: readonly M[]): M | null {
  const live = meetings.find((m) => m.status === 'LIVE');
  if (live) return live;
  const planned = meetings.filter((m) => m.status === 'PLANNED').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return planned[0] ?? null;
}

/** Closed meetings, newest first. */
export function pastMeetings<M extends MeetingLike>(meetings: readonly M[]): M[] {
  return meetings.filter((m) => m.status === 'CLOSED').sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}

/** Initials for a presence avatar: "Sam Okafor" → "SO". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = parts[0]!.charAt(0);
  const last = parts.length > 1 ? parts[parts.length - 1]!.charAt(0) : '';
  return `${first}${last}`.toUpperCase();
}

/** "Sam", "Sam and Jordan", "Sam, Jordan and Chris". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
