import type { ReferralStatus, SharingSection } from '@casehuddle/shared';
import type { ReferralEventKind } from '../../generated/graphql';

/** GOV.UK tag colours: new is blue, acknowledged yellow, accepted green, declined red, the rest grey. */
export const REFERRAL_STATUS_TAGS: Record<ReferralStatus, string> = {
  SENT: 'govuk-tag--blue',
  ACKNOWLEDGED: 'govuk-tag--yellow',
  ACCEPTED: 'govuk-tag--green',
  DECLINED: 'govuk-tag--red',
  WITHDRAWN: 'govuk-tag--grey',
  CLOSED: 'govuk-tag--grey',
};

/**
 * What sharing each section with the receiver means, in plain words for the checkboxes' hints: the
 * receiver reads these parts of the record, so the person does not have to tell them again.
 */
export const REFERRAL_SECTION_DESCRIPTIONS: Record<SharingSection, string> = {
  STORY: 'Their story in their own words, so they do not have to tell it again',
  NEEDS: 'Their needs (other than health and substance use) and where they live now',
  HEALTH: 'Health and substance-use needs, NHS number and hospital stays',
  RISK: 'Risks and the safety plan, so the receiver can plan a safe first meeting',
  OFFENDING: 'Custody, release date, prison number and CRN',
  CONTACT: 'What helps, what to avoid, and how and when to get in touch',
};

/** What happened to a referral, for its timeline. */
export const REFERRAL_EVENT_LABELS: Record<ReferralEventKind, string> = {
  SENT: 'Referral sent',
  ACKNOWLEDGED: 'Acknowledged',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  CLOSED: 'Closed',
  OVERDUE: 'Not answered by the date it was due',
  APPOINTMENT_BOOKED: 'First joint appointment booked',
};

/** The inbox's views: what each lists, and the words for it. */
export const INBOX_VIEWS = {
  new: { label: 'New', caption: 'New referrals to your organisation', empty: 'No new referrals.' },
  overdue: { label: 'Overdue', caption: 'Referrals to your organisation not answered in time', empty: 'No overdue referrals.' },
  accepted: { label: 'Accepted', caption: 'Referrals your organisation has accepted', empty: 'No accepted referrals still open.' },
  sent: { label: 'Sent', caption: 'Referrals your organisation has sent', empty: 'Your organisation has not sent any referrals.' },
} as const;
export type InboxView = keyof typeof INBOX_VIEWS;
