/** Where an action stands. NOT_POSSIBLE and NOT_UNDERTAKEN separate "couldn't" (a system barrier) from "didn't" (MARAC practice). */
export const ACTION_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'NOT_POSSIBLE', 'NOT_UNDERTAKEN', 'CANCELLED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  NOT_POSSIBLE: 'Not possible (barrier)',
  NOT_UNDERTAKEN: 'Not undertaken',
  CANCELLED: 'Cancelled',
};

/** Still to do. */
export const ACTIVE_ACTION_STATUSES: readonly ActionStatus[] = ['OPEN', 'IN_PROGRESS'];
/** Incomplete for review at the next huddle: couldn't or didn't. */
export const BLOCKED_ACTION_STATUSES: readonly ActionStatus[] = ['NOT_POSSIBLE', 'NOT_UNDERTAKEN'];

/** The moves an action may make. Cancelled is final; done, not possible and not undertaken can be reopened. */
export const ACTION_TRANSITIONS: Record<ActionStatus, readonly ActionStatus[]> = {
  OPEN: ['IN_PROGRESS', 'DONE', 'NOT_POSSIBLE', 'NOT_UNDERTAKEN', 'CANCELLED'],
  IN_PROGRESS: ['OPEN', 'DONE', 'NOT_POSSIBLE', 'NOT_UNDERTAKEN', 'CANCELLED'],
  DONE: ['IN_PROGRESS'],
  NOT_POSSIBLE: ['OPEN', 'IN_PROGRESS', 'CANCELLED'],
  NOT_UNDERTAKEN: ['OPEN', 'IN_PROGRESS', 'CANCELLED'],
  CANCELLED: [],
};

/** Statuses that need a reason. */
export const REASON_REQUIRED: readonly ActionStatus[] = ['NOT_POSSIBLE', 'NOT_UNDERTAKEN'];

export function canMoveAction(from: ActionStatus, to: ActionStatus): boolean {
  return ACTION_TRANSITIONS[from].includes(to);
}

export const DUE_WINDOWS = ['MORNING', 'AFTERNOON'] as const;
export type DueWindow = (typeof DUE_WINDOWS)[number];
export const DUE_WINDOW_LABELS: Record<DueWindow, string> = { MORNING: 'Morning', AFTERNOON: 'Afternoon' };

export const NOTIFICATION_KINDS = [
  'ASSIGNED',
  'DUE_TOMORROW',
  'OVERDUE',
  'STATUS_CHANGED',
  'APPOINTMENT_MISSED',
  'BULK_READ_ALERT',
  'ACCESS_REQUEST',
  'REFERRAL',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Makes a value safe for a CSV cell opened in a spreadsheet: a cell starting with =, +, -, @,
 * tab or carriage return would be read as a formula, so it is prefixed with an apostrophe.
 */
export function neutraliseCsvFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
