import { formatDate, type RedFlag, type ReleaseItemStatus } from '@casehuddle/shared';

/** A `YYYY-MM-DD` date as "22 Nov 2026" (read at midday so no time zone moves it to another day). */
export function formatLocalDate(date: string): string {
  return formatDate(`${date}T12:00:00Z`);
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

/** "Friday 27 Nov 2026": the day of the week matters for releases (services close at weekends). */
export function formatLocalDateWithDay(date: string): string {
  return `${WEEKDAY.format(new Date(`${date}T12:00:00Z`))} ${formatLocalDate(date)}`;
}

/** A forecast month, `YYYY-MM`, as "Dec 2026". */
export function formatMonth(month: string): string {
  return formatLocalDate(`${month}-15`).split(' ').slice(1).join(' ');
}

/** "Released today", "Released tomorrow", "Released in 11 days" or, once past, "Released 3 days ago". */
export function countdownText(days: number): string {
  if (days === 0) return 'Released today';
  if (days === 1) return 'Released tomorrow';
  if (days > 1) return `Released in ${days} days`;
  if (days === -1) return 'Released yesterday';
  return `Released ${-days} days ago`;
}

/** The "days to go" column: "Today", "1 day", "11 days". */
export function daysToGoText(days: number): string {
  if (days <= 0) return 'Today';
  return days === 1 ? '1 day' : `${days} days`;
}

/** The two flags that can leave someone homeless on release are red; the others orange. */
export const RED_FLAG_COLOURS: Record<RedFlag, 'govuk-tag--red' | 'govuk-tag--orange'> = {
  NO_ACCOMMODATION: 'govuk-tag--red',
  DUTY_TO_REFER_LATE: 'govuk-tag--red',
  FRIDAY_RELEASE: 'govuk-tag--orange',
  BEFORE_BANK_HOLIDAY: 'govuk-tag--orange',
  FIRST_APPOINTMENT_ELSEWHERE: 'govuk-tag--orange',
};

/** Why each red flag matters and what usually helps, in practitioners' words. */
export const RED_FLAG_EXPLANATIONS: Record<RedFlag, string> = {
  NO_ACCOMMODATION: 'Release is close and nowhere to live has been secured. Without it, the person is likely to leave with nowhere to go.',
  DUTY_TO_REFER_LATE:
    'No Duty to Refer has been made and release is getting close. Refer to the council now, so it has time to help before release day.',
  FRIDAY_RELEASE:
    'Release is on a Friday after midday, or at a time not recorded. There may be too little time to reach probation and housing before the weekend, so ask for a morning release, book appointments early and check travel.',
  BEFORE_BANK_HOLIDAY:
    'Release is the day before a bank holiday, after midday or at a time not recorded. Services will be closed the next day, so make sure accommodation and medication are in place.',
  FIRST_APPOINTMENT_ELSEWHERE:
    'The first probation appointment is on release day in a different town from the prison. Check the person can get there in time, or move it.',
};

export const RELEASE_ITEM_STATUS_LABELS: Record<ReleaseItemStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  NOT_NEEDED: 'Not needed',
};

export const RELEASE_ITEM_STATUS_TAGS: Record<ReleaseItemStatus, string> = {
  NOT_STARTED: 'govuk-tag--grey',
  IN_PROGRESS: 'govuk-tag--blue',
  DONE: 'govuk-tag--green',
  NOT_NEEDED: 'govuk-tag--grey',
};

/** How far out the countdown list looks. */
export const WITHIN_DAYS_OPTIONS = [28, 56, 180] as const;
export const DEFAULT_WITHIN_DAYS = 56;

export function withinDaysLabel(days: number): string {
  return days === 180 ? 'Next 6 months' : `Next ${days / 7} weeks`;
}
