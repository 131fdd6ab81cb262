import type { DeadlineStateLabel } from './types';

export const RECORD_TYPE_LABELS: Record<string, string> = {
  PERSON_RECORD: 'Person record',
  ACTION: 'Action',
  MINUTES: 'Minutes',
  NOTIFICATION: 'Notification',
  SESSION: 'Sign-in session',
};

export const PERIOD_UNIT_LABELS: Record<string, [string, string]> = {
  DAYS: ['day', 'days'],
  MONTHS: ['month', 'months'],
  YEARS: ['year', 'years'],
};

/** "6 years", "90 days". */
export function periodText(count: number, unit: string): string {
  const [one, many] = PERIOD_UNIT_LABELS[unit] ?? [unit, unit];
  return `${count} ${count === 1 ? one : many}`;
}

export const DEADLINE_TAGS: Record<string, DeadlineStateLabel> = {
  OVERDUE: { text: 'Overdue', className: 'govuk-tag--red' },
  DUE_SOON: { text: 'Due within 7 days', className: 'govuk-tag--orange' },
  ON_TRACK: { text: 'On track', className: 'govuk-tag--green' },
  CLOSED: { text: 'Closed', className: 'govuk-tag--grey' },
};
