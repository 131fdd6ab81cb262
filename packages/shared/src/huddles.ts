export const MEETING_STATUSES = ['PLANNED', 'LIVE', 'CLOSED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/**
 * Why an item is on the agenda. PERSON_DISCUSSED is never stored: it is what a viewer sees in
 * place of a kind that would disclose a part of the record not shared with them.
 */
export const AGENDA_ITEM_KINDS = [
  'RELEASE_SOON',
  'OVERDUE_ACTIONS',
  'OUTCOME_DUE',
  'NEW_REFERRAL',
  'RAISED',
  'CARRIED_OVER',
  'INCOMPLETE_ACTIONS_REVIEW',
  'PERSON_DISCUSSED',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];
export const AGENDA_ITEM_KIND_LABELS: Record<AgendaItemKind, string> = {
  RELEASE_SOON: 'Release in 28 days or less',
  OVERDUE_ACTIONS: 'Overdue or blocked actions',
  OUTCOME_DUE: 'Outcome assessment due',
  NEW_REFERRAL: 'New referral',
  RAISED: 'Raised by a member',
  CARRIED_OVER: 'Carried over from last time',
  INCOMPLETE_ACTIONS_REVIEW: 'Review of incomplete actions',
  PERSON_DISCUSSED: 'Person on the caseload',
};

/** The separately versioned fields of an agenda item: editing one never conflicts with another. */
export const AGENDA_FIELDS = ['NOTES', 'DECISIONS', 'SYSTEM_BARRIER', 'DISCUSSED'] as const;
export type AgendaField = (typeof AGENDA_FIELDS)[number];

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A coordinator should hold at most about this many people. */
export const COORDINATOR_CASELOAD_LIMIT = 15;
/** People released within this many days are proposed for the agenda. */
export const RELEASE_AGENDA_DAYS = 28;

export const MEETING_EVENT_TYPES = [
  'ITEM_ADDED',
  'ITEM_CHANGED',
  'ITEM_MOVED',
  'ACTION_CREATED',
  'ACTION_CHANGED',
  'ATTENDANCE',
  'FOCUS',
  'STATUS',
  'PRESENCE',
  'LEFT',
] as const;
export type MeetingEventType = (typeof MEETING_EVENT_TYPES)[number];
