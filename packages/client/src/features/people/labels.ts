import {
  NEED_DOMAIN_LABELS,
  SHARING_SECTION_LABELS,
  type AgreementState,
  type NeedDomain,
  type NeedStatus,
  type SharingSection,
} from '@casehuddle/shared';
import type { AccessBasis, PersonPart } from '../../generated/graphql';

/** Why the signed-in user may see a record, in words, with a GOV.UK tag colour. */
export const ACCESS_BASIS: Record<AccessBasis, { label: string; tag: string }> = {
  OWNER: { label: 'Your organisation’s record', tag: '' },
  LEAD_PROFESSIONAL: { label: 'Lead professional', tag: 'govuk-tag--teal' },
  AGREEMENT: { label: 'Shared by agreement', tag: 'govuk-tag--purple' },
  BREAK_GLASS: { label: 'Break-glass access', tag: 'govuk-tag--red' },
  PEER_MENTOR: { label: 'Referred to you for peer mentoring', tag: 'govuk-tag--light-blue' },
  NONE: { label: 'No access', tag: 'govuk-tag--grey' },
};

/** Need statuses as coloured tags: red for "support required", green for done, grey for not started. */
export const NEED_STATUS_TAGS: Record<NeedStatus, string> = {
  NOT_STARTED: 'govuk-tag--grey',
  IN_PROGRESS: '',
  SUPPORT_REQUIRED: 'govuk-tag--red',
  SUPPORT_NOT_REQUIRED: 'govuk-tag--teal',
  SUPPORT_DECLINED: 'govuk-tag--purple',
  DONE: 'govuk-tag--green',
};

/** Agreement states: active green, expiring soon yellow, expired grey, withdrawn red. */
export const AGREEMENT_STATE_TAGS: Record<AgreementState, string> = {
  ACTIVE: 'govuk-tag--green',
  EXPIRING: 'govuk-tag--yellow',
  EXPIRED: 'govuk-tag--grey',
  WITHDRAWN: 'govuk-tag--red',
};

/** What each section of an agreement covers, for the checkboxes' hints. */
export const SHARING_SECTION_HINTS: Record<SharingSection, string> = {
  STORY: 'Their story in their own words',
  NEEDS: 'Needs other than health and substance use, and where they live',
  HEALTH: 'Health and substance-use needs, NHS number, hospital stays',
  RISK: 'Risks and safety plan',
  OFFENDING: 'Custody, release dates, prison number and CRN',
  CONTACT: 'What helps, what to avoid, how and when to get in touch',
};

const PART_LABELS: Record<PersonPart, string> = {
  PROFILE: 'Personal details',
  SITUATION: 'Current situation',
  STORY: SHARING_SECTION_LABELS.STORY,
  NEED: 'Needs',
  PREFERENCES: 'Preferences and contact',
  RISK: SHARING_SECTION_LABELS.RISK,
  LEADS: 'Lead professionals',
  TIMELINE: 'the timeline',
  SHARING: 'Sharing agreements',
  LOCKDOWN: 'the lock-down',
  RESTRICTION: 'the restriction',
};

/** "Accommodation", "My story"…: the part of a record a live change was made to. */
export function partLabel(part: PersonPart, domain: NeedDomain | null | undefined): string {
  return part === 'NEED' && domain ? NEED_DOMAIN_LABELS[domain] : PART_LABELS[part];
}

/** Audit actions, as "who has seen this record" lists them. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  READ: 'Viewed the record',
  READ_DENIED: 'Was refused access',
  SEARCH: 'Found in a search',
  CHANGE: 'Changed the record',
  CREATE: 'Created the record',
  EXPORT: 'Exported the record',
  BREAK_GLASS: 'Used break-glass access',
  LOCK_DOWN: 'Locked the record down',
  UNLOCK: 'Released the lock-down',
  RESTRICT: 'Restricted processing',
  UNRESTRICT: 'Lifted the restriction',
  ERASE: 'Erased the record',
  SHARING_RECORDED: 'Recorded an agreement to share',
  SHARING_WITHDRAWN: 'Withdrew an agreement to share',
  ACCESS_LOG_READ: 'Looked at who has seen the record',
  LIVE_UPDATE: 'Opened live updates',
  DUPLICATE_REFUSED: 'Tried to store a number the record already holds',
  RETENTION_ERASE: 'Erased at the end of its retention period',
  RIGHTS_REQUEST: 'Logged or progressed a rights request',
  MINUTES_CORRECTION: 'Added a correction to minutes',
  REFERRAL: 'Sent or answered a referral',
};

/** Section names as the audit trail records them (sharing sections, and a few parts that are not). */
export function auditSectionLabel(section: string): string {
  if (section in SHARING_SECTION_LABELS) return SHARING_SECTION_LABELS[section as SharingSection];
  const others: Record<string, string> = {
    IDENTITY: 'Name',
    PROFILE: 'Personal details',
    TIMELINE: 'Timeline',
    SHARING: 'Sharing agreements',
    ALL: 'Everything',
  };
  if (others[section]) return others[section];
  // Anything else the server names ("LEAD_PROFESSIONALS"), in words.
  const words = section.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
