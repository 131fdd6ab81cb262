import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates.js';
import { navAreasFor } from './roles.js';

describe('formatDate', () => {
  it('writes dates as 22 Nov 2026', () => {
    expect(formatDate('2026-11-22T10:00:00Z')).toBe('22 Nov 2026');
  });
  it('uses the UK calendar day in summer time', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(formatDate('2026-06-30T23:30:00Z')).toBe('1 Jul 2026');
  });
  it('returns an empty string for an invalid date', () => {
    expect(formatDate('not a date')).toBe('');
  });
  it('adds a 24-hour time', () => {
    expect(formatDateTime('2026-11-22T14:05:00Z')).toBe('22 Nov 2026, 14:05');
  });
});

describe('navAreasFor', () => {
  it('shows Admin only to administrators', () => {
    expect(navAreasFor('ADMIN').map((a) => a.label)).toEqual(['Admin', 'Governance', 'Sharing agreements']);
    expect(navAreasFor('PRACTITIONER').map((a) => a.label)).not.toContain('Admin');
    expect(navAreasFor('MANAGER').map((a) => a.label)).toContain('Actions');
    expect(navAreasFor('MANAGER').map((a) => a.label)).toContain('Outcomes');
    expect(navAreasFor('COORDINATOR').map((a) => a.label)).not.toContain('Outcomes');
  });
  it('shows a peer mentor only People: the people referred to them', () => {
    expect(navAreasFor('PEER_MENTOR').map((a) => a.label)).toEqual(['People']);
  });
});
