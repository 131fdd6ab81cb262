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

/**
 * What happened to an item, as the minutes record it. DISCUSSED when anything was written or
 * decided or an action was raised at it (whether or not anyone clicked "Mark as discussed");
 * otherwise PENDING while the meeting runs, and once it has closed CARRIED_OVER (to the next
 * meeting) or, for the review of incomplete actions, which is not carried, NOT_DISCUSSED.
 */
export const ITEM_OUTCOMES = ['DISCUSSED', 'PENDING', 'CARRIED_OVER', 'NOT_DISCUSSED'] as const;
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number];
export const ITEM_OUTCOME_LABELS: Record<ItemOutcome, string> = {
  DISCUSSED: 'Discussed',
  PENDING: 'Not discussed yet',
  CARRIED_OVER: 'Not discussed: carried over to the next meeting',
  NOT_DISCUSSED: 'Not discussed',
};

/** True when something was said, decided or agreed at an item. Whitespace alone is nothing. */
export function itemHasContent(item: { notes: string | null; decisions: string | null; actionCount: number }): boolean {
  return /\S/.test(item.notes ?? '') || /\S/.test(item.decisions ?? '') || item.actionCount > 0;
}

/** An item's outcome from what happened at it (see ITEM_OUTCOMES). */
export function itemOutcome(item: {
  kind: AgendaItemKind;
  notes: string | null;
  decisions: string | null;
  actionCount: number;
  discussed: boolean;
  meetingClosed: boolean;
}): ItemOutcome {
  if (item.discussed || itemHasContent(item)) return 'DISCUSSED';
  if (!item.meetingClosed) return 'PENDING';
  return item.kind === 'INCOMPLETE_ACTIONS_REVIEW' ? 'NOT_DISCUSSED' : 'CARRIED_OVER';
}

/** The protective marking shown on minutes and agenda packs when the server names none. */
export const DEFAULT_PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';
