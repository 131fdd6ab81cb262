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
  it('writes a calendar date as that day, in any year', () => {
    expect(formatDate('1969-07-20')).toBe('20 Jul 1969');
    expect(formatDate('2026-03-29')).toBe('29 Mar 2026');
  });
  it('agrees with Intl (Europe/London) around every clock change from 1990 to 2045, and through the years', () => {
    const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric' });
    const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hour12: false });
    const expected = (date: Date) => `${day.format(date).replace('Sept', 'Sep')}, ${time.format(date)}`;
    const instants: Date[] = [];
    for (let year = 1990; year <= 2045; year++) {
      for (const month of [2, 9]) {
        // Every quarter of an hour over the last eight days of March and October.
        const end = Date.UTC(year, month + 1, 1);
        for (let t = end - 8 * 86_400_000; t < end; t += 900_000) instants.push(new Date(t));
      }
      // And every 7 hours 13 minutes through the year.
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 26_000_000) instants.push(new Date(t));
    }
    const wrong = instants.filter((date) => formatDateTime(date) !== expected(date)).map((d) => d.toISOString());
    expect(wrong).toEqual([]);
    expect(instants.length).toBeGreaterThan(40_000);
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
