import { describe, expect, it } from 'vitest';
import { londonTimeToIso, normaliseTime } from './time';

describe('londonTimeToIso', () => {
  it('reads UK winter and summer times', () => {
    expect(londonTimeToIso('2026-11-24', '10:00')).toBe('2026-11-24T10:00:00.000Z');
    expect(londonTimeToIso('2026-07-14', '10:00')).toBe('2026-07-14T09:00:00.000Z');
  });
});

describe('normaliseTime', () => {
  it('accepts 24-hour times and rejects anything else', () => {
    expect(normaliseTime('9:30')).toBe('09:30');
    expect(normaliseTime('14.05')).toBe('14:05');
    expect(normaliseTime('25:00')).toBeNull();
    expect(normaliseTime('half ten')).toBeNull();
  });
});
