import { ACTION_STATUS_LABELS, DUE_WINDOW_LABELS, formatDate, type ActionStatus, type DueWindow } from '@casehuddle/shared';

/** GOV.UK tag colours for each status. Overdue is shown with its own red tag. */
export const ACTION_STATUS_TAGS: Record<ActionStatus, string> = {
  // The default tag colour is blue.
  OPEN: '',
  IN_PROGRESS: 'govuk-tag--teal',
  DONE: 'govuk-tag--green',
  NOT_POSSIBLE: 'govuk-tag--orange',
  NOT_UNDERTAKEN: 'govuk-tag--yellow',
  CANCELLED: 'govuk-tag--grey',
};

/** A `YYYY-MM-DD` date as "22 Nov 2026" (read at midday so no time zone moves it to another day). */
export function formatLocalDate(date: string): string {
  return formatDate(`${date}T12:00:00Z`);
}

/** "22 Nov 2026", or "22 Nov 2026 (morning)" when a window was agreed. */
export function formatDue(dueDate: string, dueWindow: DueWindow | null | undefined): string {
  const date = formatLocalDate(dueDate);
  return dueWindow ? `${date} (${DUE_WINDOW_LABELS[dueWindow].toLowerCase()})` : date;
}

export function statusLabel(status: string | null | undefined): string {
  return status && status in ACTION_STATUS_LABELS ? ACTION_STATUS_LABELS[status as ActionStatus] : (status ?? '');
}

/** What to ask for when a status needs a reason, and what to say when none is given. */
export const REASON_QUESTIONS: Partial<Record<ActionStatus, { label: string; hint: string; missing: string }>> = {
  NOT_POSSIBLE: {
    label: 'What stopped it?',
    hint: 'Describe the barrier in the system, such as no accommodation available. Barriers are reported to the strategic board.',
    missing: 'Say what stopped it: the barrier the strategic board should know about',
  },
  NOT_UNDERTAKEN: {
    label: 'Why was it not done?',
    hint: 'Say why the agency did not do it, so the next huddle can follow it up.',
    missing: 'Say why it was not done',
  },
};
