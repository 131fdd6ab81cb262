import { addDays, isNonWorkingDay } from './calendar.js';

/** The rights an individual may exercise over their record (UK GDPR Arts. 15–21). */
export const RIGHTS_REQUEST_KINDS = ['SUBJECT_ACCESS', 'RECTIFICATION', 'RESTRICTION', 'OBJECTION', 'ERASURE'] as const;
export type RightsRequestKind = (typeof RIGHTS_REQUEST_KINDS)[number];

export const RIGHTS_REQUEST_KIND_LABELS: Record<RightsRequestKind, string> = {
  SUBJECT_ACCESS: 'Subject access',
  RECTIFICATION: 'Rectification',
  RESTRICTION: 'Restriction of processing',
  OBJECTION: 'Objection',
  ERASURE: 'Erasure',
};

export const RIGHTS_REQUEST_STATUSES = ['RECEIVED', 'IDENTITY_CHECKED', 'IN_PROGRESS', 'EXTENDED', 'COMPLETED', 'REFUSED'] as const;
export type RightsRequestStatus = (typeof RIGHTS_REQUEST_STATUSES)[number];

export const RIGHTS_REQUEST_STATUS_LABELS: Record<RightsRequestStatus, string> = {
  RECEIVED: 'Received',
  IDENTITY_CHECKED: 'Identity checked',
  IN_PROGRESS: 'In progress',
  EXTENDED: 'Extended',
  COMPLETED: 'Completed',
  REFUSED: 'Refused',
};

/** A request is flagged as near its deadline this many days before it. */
export const RIGHTS_NEAR_DEADLINE_DAYS = 7;

/**
 * The day a response is due, by the ICO's rule for the one-month time limit (UK GDPR Art. 12(3)):
 * the limit runs from the day the request is received to the corresponding calendar date in the
 * following month; where that month has no such date (received 31 January), it is the last day
 * of that month (28 or 29 February); and where the date falls on a weekend or bank holiday, the
 * response is due on the next working day. An extension for complex or numerous requests adds
 * two further months, so the extended deadline is worked out the same way, three months from
 * receipt. `receivedOn` and the result are 'YYYY-MM-DD'. Bank holidays are England and Wales.
 */
export function rightsDeadline(receivedOn: string, months: 1 | 3 = 1): string {
  const [year, month, day] = receivedOn.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  let due = target.toISOString().slice(0, 10);
  while (isNonWorkingDay(due)) due = addDays(due, 1);
  return due;
}

/** Where a request stands against its deadline on `today`. Closed requests are never late. */
export function rightsDeadlineState(dueOn: string, closed: boolean, today: string): 'CLOSED' | 'OVERDUE' | 'DUE_SOON' | 'ON_TRACK' {
  if (closed) return 'CLOSED';
  if (today > dueOn) return 'OVERDUE';
  if (addDays(today, RIGHTS_NEAR_DEADLINE_DAYS) >= dueOn) return 'DUE_SOON';
  return 'ON_TRACK';
}
