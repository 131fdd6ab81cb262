import type { SharingSection } from '@casehuddle/shared';

/** Where a referral stands, in the words of the people who use it. */
export const REFERRAL_STATUS_LABELS: Record<string, string> = {
  SENT: 'New',
  ACKNOWLEDGED: 'Acknowledged',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  CLOSED: 'Closed',
};

/** GOV.UK tag colours: new is blue, acknowledged yellow, accepted green, declined red, the rest grey. */
export const REFERRAL_STATUS_TAGS: Record<string, string> = {
  SENT: 'govuk-tag--blue',
  ACKNOWLEDGED: 'govuk-tag--yellow',
  ACCEPTED: 'govuk-tag--green',
  DECLINED: 'govuk-tag--red',
  WITHDRAWN: 'govuk-tag--grey',
  CLOSED: 'govuk-tag--grey',
};

export const referralStatusLabel = (status: string) => REFERRAL_STATUS_LABELS[status] ?? status;

/** How consent was given. */
export const CONSENT_METHOD_LABELS: Record<string, string> = {
  SPOKEN: 'Spoken',
  WRITTEN: 'Written',
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
