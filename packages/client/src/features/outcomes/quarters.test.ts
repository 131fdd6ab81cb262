import { describe, expect, it } from 'vitest';
import { quarterLabel, quarterStartOf, recentQuarters } from './quarters';

describe('quarters', () => {
  it('finds the start of a quarter and names it', () => {
    expect(quarterStartOf('2026-11-23')).toBe('2026-10-01');
    expect(quarterStartOf('2026-03-31')).toBe('2026-01-01');
    expect(quarterLabel('2026-10-01')).toBe('Oct to Dec 2026');
    expect(quarterLabel('2027-01-01')).toBe('Jan to Mar 2027');
  });

  it('lists recent quarters newest first, across years', () => {
    expect(recentQuarters(5, '2026-02-10')).toEqual(['2026-01-01', '2025-10-01', '2025-07-01', '2025-04-01', '2025-01-01']);
  });
});
