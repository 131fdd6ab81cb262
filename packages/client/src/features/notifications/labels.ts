import type { NotificationKind } from '@casehuddle/shared';

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  ASSIGNED: 'Assigned to you',
  DUE_TOMORROW: 'Due tomorrow',
  OVERDUE: 'Overdue',
  STATUS_CHANGED: 'Status changed',
  APPOINTMENT_MISSED: 'Appointment missed',
  BULK_READ_ALERT: 'Many records read',
  ACCESS_REQUEST: 'Access request',
  REFERRAL: 'Referral',
};

export const NOTIFICATION_KIND_TAGS: Record<NotificationKind, string> = {
  ASSIGNED: 'govuk-tag--purple',
  DUE_TOMORROW: 'govuk-tag--yellow',
  OVERDUE: 'govuk-tag--red',
  STATUS_CHANGED: 'govuk-tag--teal',
  APPOINTMENT_MISSED: 'govuk-tag--orange',
  BULK_READ_ALERT: 'govuk-tag--red',
  ACCESS_REQUEST: 'govuk-tag--blue',
  REFERRAL: 'govuk-tag--green',
};
