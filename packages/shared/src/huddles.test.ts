import { describe, expect, it } from 'vitest';
import { itemOutcome } from './huddles.js';

const base = { kind: 'NEW_REFERRAL' as const, notes: '', decisions: '', actionCount: 0, discussed: false, meetingClosed: true };

describe('itemOutcome', () => {
  it('counts notes, decisions or actions as discussed even when nobody marked it', () => {
    expect(itemOutcome({ ...base, notes: 'Spoke to the GP' })).toBe('DISCUSSED');
    expect(itemOutcome({ ...base, decisions: 'Refer to housing' })).toBe('DISCUSSED');
    expect(itemOutcome({ ...base, actionCount: 1 })).toBe('DISCUSSED');
    expect(itemOutcome({ ...base, discussed: true })).toBe('DISCUSSED');
  });

  it('treats whitespace as nothing written', () => {
    expect(itemOutcome({ ...base, notes: ' \n\t', decisions: null })).toBe('CARRIED_OVER');
  });

  it('says pending while the meeting runs, and not discussed for the review, which is never carried', () => {
    expect(itemOutcome({ ...base, meetingClosed: false })).toBe('PENDING');
    expect(itemOutcome({ ...base, kind: 'INCOMPLETE_ACTIONS_REVIEW' })).toBe('NOT_DISCUSSED');
  });
});
