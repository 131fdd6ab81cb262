import { describe, expect, it } from 'vitest';
import { findClashes, type AppointmentSlot } from './appointments.js';
import { bankHolidaysEnglandAndWales, easterSunday, isBankHoliday } from './calendar.js';

const slot = (id: string, over: Partial<AppointmentSlot>): AppointmentSlot => ({ id, date: '2026-12-01', window: 'MORNING', ...over });
const rules = (slots: AppointmentSlot[]) => findClashes(slots).map((c) => `${c.rule}:${c.a}-${c.b}`);

describe('appointment clashes', () => {
  it('two appointments in the same window clash; morning and afternoon do not', () => {
    expect(rules([slot('a', {}), slot('b', {})])).toEqual(['SAME_WINDOW:a-b']);
    expect(rules([slot('a', {}), slot('b', { window: 'AFTERNOON' })])).toEqual([]);
    expect(rules([slot('a', { window: 'ALL_DAY' }), slot('b', { window: 'AFTERNOON' })])).toEqual(['SAME_WINDOW:a-b']);
    expect(rules([slot('a', {}), slot('b', { date: '2026-12-02' })])).toEqual([]);
  });

  it('overlapping exact times clash; back-to-back times do not', () => {
    expect(
      rules([slot('a', { window: 'EXACT', startTime: '10:00', endTime: '11:00' }), slot('b', { window: 'EXACT', startTime: '10:30' })]),
    ).toEqual(['OVERLAPPING_TIMES:a-b']);
    expect(
      rules([slot('a', { window: 'EXACT', startTime: '10:00', endTime: '11:00' }), slot('b', { window: 'EXACT', startTime: '11:00' })]),
    ).toEqual([]);
  });

  it('an exact time inside a window clashes, at the window’s edges too', () => {
    expect(rules([slot('a', { window: 'EXACT', startTime: '11:00' }), slot('b', { window: 'MORNING' })])).toEqual(['TIME_IN_WINDOW:a-b']);
    expect(rules([slot('a', { window: 'EXACT', startTime: '12:15' }), slot('b', { window: 'AFTERNOON' })])).toEqual(['TIME_IN_WINDOW:a-b']); // runs to 13:15
    expect(rules([slot('a', { window: 'EXACT', startTime: '08:00' }), slot('b', { window: 'MORNING' })])).toEqual([]); // 08:00–09:00
    expect(rules([slot('a', { window: 'EXACT', startTime: '17:00' }), slot('b', { window: 'AFTERNOON' })])).toEqual([]);
  });

  it('handles midnight: a late appointment meets an early one the next day, not a window', () => {
    const late = slot('a', { window: 'EXACT', startTime: '23:30', endTime: '00:30' });
    expect(rules([late, slot('b', { date: '2026-12-02', window: 'EXACT', startTime: '00:15' })])).toEqual(['OVERLAPPING_TIMES:a-b']);
    expect(rules([late, slot('b', { date: '2026-12-02', window: 'MORNING' })])).toEqual([]);
    expect(rules([slot('a', { window: 'EXACT', startTime: '00:00' }), slot('b', { window: 'MORNING' })])).toEqual([]);
  });

  it('different towns on the same half-day clash even when the times do not overlap', () => {
    expect(
      rules([
        slot('a', { window: 'EXACT', startTime: '09:00', town: 'Northvale' }),
        slot('b', { window: 'EXACT', startTime: '11:00', town: 'Eastbrook' }),
      ]),
    ).toEqual(['DIFFERENT_TOWNS:a-b']);
    expect(
      rules([slot('a', { window: 'EXACT', startTime: '09:00', town: 'Northvale' }), slot('b', { window: 'AFTERNOON', town: 'Eastbrook' })]),
    ).toEqual([]);
    expect(
      rules([
        slot('a', { window: 'EXACT', startTime: '09:00', town: 'Northvale' }),
        slot('b', { window: 'EXACT', startTime: '11:00', town: ' northvale ' }),
      ]),
    ).toEqual([]);
  });

  it('ignores cancelled, rescheduled and missed appointments', () => {
    expect(
      rules([slot('a', {}), slot('b', { status: 'CANCELLED' }), slot('c', { status: 'RESCHEDULED' }), slot('d', { status: 'MISSED' })]),
    ).toEqual([]);
  });
});

describe('bank holidays in England and Wales', () => {
  it('finds Easter', () => {
    expect([2024, 2025, 2026, 2027].map(easterSunday)).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28']);
  });
  it('lists the year’s days, with substitutes at weekends', () => {
    expect(bankHolidaysEnglandAndWales(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    // 2027: Christmas on a Saturday, so Monday 27 and Tuesday 28.
    expect(bankHolidaysEnglandAndWales(2027).slice(-2)).toEqual(['2027-12-27', '2027-12-28']);
    // 2022: the Platinum Jubilee moved the spring bank holiday and added two days.
    expect(bankHolidaysEnglandAndWales(2022)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
    expect(isBankHoliday('2022-05-30')).toBe(false);
  });
});
