import {
  RIGHTS_REQUEST_KIND_LABELS,
  RIGHTS_REQUEST_STATUS_LABELS,
  ACCOMMODATION_STATUS_LABELS,
  ACTION_STATUS_LABELS,
  CONSENT_METHOD_LABELS,
  REFERRAL_STATUS_LABELS,
  AGENDA_ITEM_KIND_LABELS,
  APPOINTMENT_WINDOW_LABELS,
  DUE_WINDOW_LABELS,
  formatDate,
  formatDateTime,
  formatNhsNumber,
  NEED_DOMAIN_LABELS,
  NEED_STATUS_LABELS,
  RELEASE_ITEM_LABELS,
  ROLE_LABELS,
  SHARING_SECTION_LABELS,
  SITUATION_KIND_LABELS,
  TIME_OF_DAY_LABELS,
} from '@casehuddle/shared';
import { APPOINTMENT_STATUS_LABELS } from '../../appointments/labels';
import { MEETING_STATUS_LABELS } from '../../huddles/labels';
import { NOTIFICATION_KIND_LABELS } from '../../notifications/labels';
import { RELEASE_ITEM_STATUS_LABELS } from '../../releases/labels';
import { AUDIT_ACTION_LABELS, auditSectionLabel } from '../labels';

/** A `YYYY-MM-DD` day as "2 Dec 2026" (read at midday, so no time zone moves it). */
export function day(value: string | null | undefined): string {
  return value ? formatDate(`${value.slice(0, 10)}T12:00:00Z`) : '';
}

/** An instant as "2 Dec 2026, 14:05" (UK time). */
export function moment(value: string | null | undefined): string {
  return value ? formatDateTime(value) : '';
}

/** "CHARITY_WORKER" → "Charity worker": the last resort for a code no label map knows. */
export function humanise(code: string): string {
  const words = code
    .replace(/[_:]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function lookup(labels: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '';
  return labels[code] ?? humanise(code);
}

export const label = {
  needDomain: (code: string) => lookup(NEED_DOMAIN_LABELS, code),
  needStatus: (code: string) => lookup(NEED_STATUS_LABELS, code),
  situation: (code: string) => lookup(SITUATION_KIND_LABELS, code),
  accommodation: (code: string | null) => lookup(ACCOMMODATION_STATUS_LABELS, code),
  timeOfDay: (code: string | null) => lookup(TIME_OF_DAY_LABELS, code),
  section: (code: string) => lookup(SHARING_SECTION_LABELS, code),
  appointmentWindow: (code: string) => lookup(APPOINTMENT_WINDOW_LABELS, code),
  appointmentStatus: (code: string) => lookup(APPOINTMENT_STATUS_LABELS, code),
  releaseItem: (code: string) => lookup(RELEASE_ITEM_LABELS, code),
  releaseItemStatus: (code: string) => lookup(RELEASE_ITEM_STATUS_LABELS, code),
  actionStatus: (code: string) => lookup(ACTION_STATUS_LABELS, code),
  dueWindow: (code: string | null) => lookup(DUE_WINDOW_LABELS, code),
  agendaKind: (code: string) => lookup(AGENDA_ITEM_KIND_LABELS, code),
  meetingStatus: (code: string) => lookup(MEETING_STATUS_LABELS, code),
  notification: (code: string) => lookup(NOTIFICATION_KIND_LABELS, code),
  auditAction: (code: string) => lookup(AUDIT_ACTION_LABELS, code),
  auditSection: (code: string) => auditSectionLabel(code),
  role: (code: string | null) => lookup(ROLE_LABELS, code),
  timelineKind: (code: string) => (code === 'NOTE' ? 'Note' : code === 'CHANGE' ? 'Change' : humanise(code)),
  rightsKind: (code: string) => lookup(RIGHTS_REQUEST_KIND_LABELS, code),
  rightsStatus: (code: string) => lookup(RIGHTS_REQUEST_STATUS_LABELS, code),
  referralStatus: (code: string) => lookup(REFERRAL_STATUS_LABELS, code),
  consentMethod: (code: string) => lookup(CONSENT_METHOD_LABELS, code),
};

export const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** A quarter's first day, as "Oct to Dec 2026". */
export function quarter(start: string): string {
  const [, month, year] = day(start).split(' ');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const first = months.indexOf(month ?? '');
  return first < 0 ? day(start) : `${month} to ${months[first + 2]} ${year}`;
}

/** The part of the record a saved change was to: "My story", "Needs: Accommodation". */
export function changePart(part: string): string {
  if (part.startsWith('NEED:')) return `Needs: ${label.needDomain(part.slice(5))}`;
  const parts: Record<string, string> = {
    PROFILE: 'Personal details',
    SITUATION: 'Current situation',
    STORY: 'My story',
    PREFERENCES: 'Preferences and contact',
    RISK: 'Risks and safety',
  };
  return parts[part] ?? humanise(part);
}

/** Each field a change can save, with its name in words and how to show its values. */
const CHANGE_FIELDS: Record<string, { name: string; show?: (value: unknown) => string }> = {
  legal_name: { name: 'Legal name' },
  preferred_name: { name: 'Preferred name' },
  pronouns: { name: 'Pronouns' },
  date_of_birth: { name: 'Date of birth', show: (v) => day(String(v)) },
  council_area: { name: 'Council area' },
  nhs_number: { name: 'NHS number', show: (v) => formatNhsNumber(String(v)) },
  prison_number: { name: 'Prison number' },
  crn: { name: 'Case reference number (CRN)' },
  situation_kind: { name: 'Where they are', show: (v) => label.situation(String(v)) },
  establishment: { name: 'Prison or hospital' },
  release_date: { name: 'Release or discharge date', show: (v) => day(String(v)) },
  accommodation_status: { name: 'Accommodation', show: (v) => label.accommodation(String(v)) },
  situation_notes: { name: 'Notes on their situation' },
  story: { name: 'Story' },
  story_person_agreed: { name: 'They agreed to it being recorded', show: (v) => yesNo(v === true) },
  story_recorded_by: { name: 'Recorded by' },
  story_recorded_at: { name: 'Recorded on', show: (v) => moment(String(v)) },
  what_helps: { name: 'What helps' },
  what_to_avoid: { name: 'What to avoid' },
  contact_how: { name: 'How to get in touch' },
  contact_when: { name: 'When to get in touch' },
  time_of_day: { name: 'Best time of day', show: (v) => label.timeOfDay(String(v)) },
  risk_summary: { name: 'Risks' },
  safety_plan: { name: 'Safety plan' },
  status: { name: 'Status', show: (v) => label.needStatus(String(v)) },
  notes: { name: 'Notes' },
};

export function changeFieldName(field: string): string {
  return CHANGE_FIELDS[field]?.name ?? humanise(field);
}

export function changeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'Nothing recorded';
  const show = CHANGE_FIELDS[field]?.show;
  if (show) return show(value);
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'string') return /^[A-Z][A-Z_]+$/.test(value) ? humanise(value) : value;
  return String(value);
}

/** What an action's history line changed, in words, and its values shown the same way. */
const ACTION_FIELDS: Record<string, { name: string; show?: (value: string) => string }> = {
  created: { name: 'Created' },
  title: { name: 'Title' },
  detail: { name: 'Detail' },
  dueDate: { name: 'Due date', show: day },
  dueWindow: { name: 'Time of day', show: (v) => label.dueWindow(v) },
  owner: { name: 'Given to' },
  status: { name: 'Status', show: (v) => label.actionStatus(v) },
  statusReason: { name: 'Reason' },
};

export function actionHistoryLine(h: { field: string; from: string | null; to: string | null }): string {
  const field = ACTION_FIELDS[h.field] ?? { name: humanise(h.field) };
  const show = (value: string | null) => (value === null || value === '' ? 'nothing' : field.show ? field.show(value) : value);
  if (h.field === 'created') return `Created: ${h.to ?? ''}`;
  return `${field.name} changed from ${show(h.from)} to ${show(h.to)}`;
}

export { formatNhsNumber };
