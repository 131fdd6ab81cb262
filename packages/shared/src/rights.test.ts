import { describe, expect, it } from 'vitest';
import { rightsDeadline, rightsDeadlineState } from './rights.js';

describe('rightsDeadline (ICO: corresponding calendar date, month end, next working day)', () => {
  it('is the same date in the next month', () => {
    expect(rightsDeadline('2026-09-03')).toBe('2026-10-05'); // 3 Oct 2026 is a Saturday
    expect(rightsDeadline('2029-03-14')).toBe('2029-04-16'); // 14 Apr 2029 is a Saturday
    expect(rightsDeadline('2029-05-08')).toBe('2029-06-08');
  });

  it('is the last day of a shorter month: 31 Jan gives 28 Feb, or 29 Feb in a leap year', () => {
    expect(rightsDeadline('2029-01-31')).toBe('2029-02-28');
    expect(rightsDeadline('2028-01-31')).toBe('2028-02-29');
    expect(rightsDeadline('2029-03-31')).toBe('2029-04-30');
  });

  it('moves to the next working day past weekends and bank holidays', () => {
    expect(rightsDeadline('2026-01-31')).toBe('2026-03-02'); // 28 Feb 2026 is a Saturday
    expect(rightsDeadline('2026-11-25')).toBe('2026-12-29'); // Christmas Friday, then the weekend, then Boxing Day's substitute
  });

  it('runs three months from receipt when extended', () => {
    expect(rightsDeadline('2029-01-31', 3)).toBe('2029-04-30');
    expect(rightsDeadline('2029-05-08', 3)).toBe('2029-08-08');
  });

  it('flags requests near or past their deadline', () => {
    expect(rightsDeadlineState('2029-02-28', false, '2029-03-01')).toBe('OVERDUE');
    expect(rightsDeadlineState('2029-02-28', false, '2029-02-21')).toBe('DUE_SOON');
    expect(rightsDeadlineState('2029-02-28', false, '2029-02-20')).toBe('ON_TRACK');
    expect(rightsDeadlineState('2029-02-28', true, '2029-03-10')).toBe('CLOSED');
  });
});
