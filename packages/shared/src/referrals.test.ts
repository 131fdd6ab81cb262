import { describe, expect, it } from 'vitest';
import { addWorkingDays, isReferralOverdue, median, referralRespondBy, referralStepResult } from './referrals.js';

describe('referral response targets in working days', () => {
  it('skips weekends', () => {
    // Thursday 3 Dec 2026 + 2 working days: Friday, then Monday.
    expect(addWorkingDays('2026-12-03', 2)).toBe('2026-12-07');
  });

  it('skips bank holidays in England and Wales, substitute days included', () => {
    // Wednesday 23 Dec 2026: Thursday 24, then Christmas (Fri), Boxing Day (Sat, substitute Mon 28) and the weekend are skipped.
    expect(referralRespondBy('2026-12-23', 2)).toBe('2026-12-29');
    // Friday 28 Aug 2026: Monday 31 Aug is the summer bank holiday.
    expect(referralRespondBy('2026-08-28', 2)).toBe('2026-09-02');
    // Thursday 2 Apr 2026: Good Friday and Easter Monday are skipped.
    expect(referralRespondBy('2026-04-02', 1)).toBe('2026-04-07');
  });

  it('counts working days only when sent at the weekend', () => {
    expect(referralRespondBy('2026-12-05', 1)).toBe('2026-12-07');
  });

  it('is overdue only while waiting for the receiver, after the day it was due', () => {
    expect(isReferralOverdue({ status: 'SENT', respondBy: '2026-09-02' }, '2026-09-02')).toBe(false);
    expect(isReferralOverdue({ status: 'SENT', respondBy: '2026-09-02' }, '2026-09-03')).toBe(true);
    expect(isReferralOverdue({ status: 'ACKNOWLEDGED', respondBy: '2026-09-02' }, '2026-09-03')).toBe(true);
    expect(isReferralOverdue({ status: 'ACCEPTED', respondBy: '2026-09-02' }, '2026-09-03')).toBe(false);
  });
});

describe('referral steps', () => {
  it('allows SENT → ACKNOWLEDGED → ACCEPTED | DECLINED | WITHDRAWN → CLOSED, and nothing else', () => {
    expect(referralStepResult('SENT', 'ACKNOWLEDGE')).toBe('ACKNOWLEDGED');
    expect(referralStepResult('ACKNOWLEDGED', 'ACCEPT')).toBe('ACCEPTED');
    expect(referralStepResult('ACKNOWLEDGED', 'DECLINE')).toBe('DECLINED');
    expect(referralStepResult('SENT', 'WITHDRAW')).toBe('WITHDRAWN');
    expect(referralStepResult('DECLINED', 'CLOSE')).toBe('CLOSED');
    expect(referralStepResult('DECLINED', 'ACCEPT')).toBeNull();
    expect(referralStepResult('ACKNOWLEDGED', 'ACKNOWLEDGE')).toBeNull();
    expect(referralStepResult('SENT', 'CLOSE')).toBeNull();
    expect(referralStepResult('CLOSED', 'WITHDRAW')).toBeNull();
  });

  it('takes the median of odd and even lists', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
