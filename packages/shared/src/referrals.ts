import { addDays, isNonWorkingDay } from './calendar.js';

/** Where a referral stands. SENT → ACKNOWLEDGED → ACCEPTED | DECLINED | WITHDRAWN → CLOSED. */
export const REFERRAL_STATUSES = ['SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'CLOSED'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  SENT: 'Sent',
  ACKNOWLEDGED: 'Acknowledged',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  CLOSED: 'Closed',
};

/** The steps a referral can take; each is one mutation and one entry in the referral's timeline. */
export const REFERRAL_STEPS = ['ACKNOWLEDGE', 'ACCEPT', 'DECLINE', 'WITHDRAW', 'CLOSE'] as const;
export type ReferralStep = (typeof REFERRAL_STEPS)[number];

/** Which side of a referral may take a step: the receiving or the sending organisation. */
export const REFERRAL_STEP_SIDE: Record<ReferralStep, 'RECEIVER' | 'SENDER' | 'EITHER'> = {
  ACKNOWLEDGE: 'RECEIVER',
  ACCEPT: 'RECEIVER',
  DECLINE: 'RECEIVER',
  WITHDRAW: 'SENDER',
  CLOSE: 'EITHER',
};

/** From which statuses each step may be taken, and where it leads. */
export const REFERRAL_TRANSITIONS: Record<ReferralStep, { from: readonly ReferralStatus[]; to: ReferralStatus }> = {
  ACKNOWLEDGE: { from: ['SENT'], to: 'ACKNOWLEDGED' },
  // A receiver may answer straight away without acknowledging first.
  ACCEPT: { from: ['SENT', 'ACKNOWLEDGED'], to: 'ACCEPTED' },
  DECLINE: { from: ['SENT', 'ACKNOWLEDGED'], to: 'DECLINED' },
  WITHDRAW: { from: ['SENT', 'ACKNOWLEDGED', 'ACCEPTED'], to: 'WITHDRAWN' },
  CLOSE: { from: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'], to: 'CLOSED' },
};

/** The status a step leads to, or null when it may not be taken from `status`. */
export function referralStepResult(status: ReferralStatus, step: ReferralStep): ReferralStatus | null {
  const t = REFERRAL_TRANSITIONS[step];
  return t.from.includes(status) ? t.to : null;
}

/** Open: waiting for, or working under, the receiver's answer. Sharing granted by the referral lasts while it is open. */
export const REFERRAL_OPEN_STATUSES: readonly ReferralStatus[] = ['SENT', 'ACKNOWLEDGED', 'ACCEPTED'];

/** How the person gave their consent to the referral. */
export const CONSENT_METHODS = ['SPOKEN', 'WRITTEN'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = { SPOKEN: 'Spoken', WRITTEN: 'Written' };

/** The kinds of referral shipped in the seed (the list itself is data: `referralKinds`). */
export const DEFAULT_REFERRAL_KINDS = [
  { code: 'DUTY_TO_REFER', label: 'Duty to Refer (housing options)', responseWorkingDays: 2 },
  { code: 'ACCOMMODATION', label: 'Accommodation', responseWorkingDays: 5 },
  { code: 'SUBSTANCE_USE', label: 'Drug and alcohol support', responseWorkingDays: 5 },
  { code: 'MENTAL_HEALTH', label: 'Mental health', responseWorkingDays: 5 },
  { code: 'PEER_MENTORING', label: 'Peer mentoring', responseWorkingDays: 10 },
  { code: 'OTHER', label: 'Other', responseWorkingDays: 10 },
] as const;

/** Adds working days (skipping weekends and bank holidays in England and Wales) to a day. */
export function addWorkingDays(day: string, days: number): string {
  let d = day;
  let left = days;
  while (left > 0) {
    d = addDays(d, 1);
    if (!isNonWorkingDay(d)) left -= 1;
  }
  return d;
}

/**
 * The day by which the receiver should answer a referral sent on `sentOn`: the response target
 * in working days after it was sent (a referral sent on a Saturday with a target of one working
 * day is due on Monday).
 */
export function referralRespondBy(sentOn: string, responseWorkingDays: number): string {
  return addWorkingDays(sentOn, responseWorkingDays);
}

/**
 * Overdue: still waiting for the receiver (not acknowledged, or acknowledged but not answered)
 * after the day it should have been answered by.
 */
export function isReferralOverdue(r: { status: ReferralStatus; respondBy: string }, today: string): boolean {
  if (r.status !== 'SENT' && r.status !== 'ACKNOWLEDGED') return false;
  return today > r.respondBy;
}

/** Median of a list of numbers (null when empty). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
