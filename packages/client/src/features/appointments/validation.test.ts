import { describe, expect, it } from 'vitest';
import { EMPTY_DATE } from '../../ui/dates';
import { readTime, validateBooking, type BookingValues } from './validation';

const VALUES: BookingValues = {
  date: { day: '30', month: '11', year: '2026' },
  window: 'EXACT',
  startTime: '10.30',
  endTime: '',
  organisationId: '',
  purpose: ' Script review ',
  location: '',
  town: 'Northvale',
  firstProbation: false,
};

describe('validateBooking', () => {
  it('reads a set time and trims the text', () => {
    expect(validateBooking(VALUES, '2026-11-23')).toEqual({
      ok: true,
      input: {
        date: '2026-11-30',
        window: 'EXACT',
        startTime: '10:30',
        endTime: null,
        organisationId: null,
        purpose: 'Script review',
        location: null,
        town: 'Northvale',
        firstProbation: false,
      },
    });
  });

  it('asks for what is missing', () => {
    const result = validateBooking({ ...VALUES, date: EMPTY_DATE, window: '', purpose: '' }, '2026-11-23');
    expect(result).toEqual({
      ok: false,
      fields: {
        date: 'Enter the date of the appointment',
        window: 'Choose when the appointment is',
        purpose: 'Say what the appointment is for',
      },
    });
  });

  it('needs a start time for a set time, and an end after it', () => {
    expect(validateBooking({ ...VALUES, startTime: '' }, '2026-11-23')).toMatchObject({
      fields: { startTime: 'Enter the time the appointment starts' },
    });
    expect(validateBooking({ ...VALUES, endTime: '10:00' }, '2026-11-23')).toMatchObject({
      fields: { endTime: 'The end time must be after the start time' },
    });
  });

  it('does not book in the past, and ignores times for a window', () => {
    expect(validateBooking(VALUES, '2026-12-01')).toMatchObject({
      fields: { date: 'The date of the appointment must be today or in the future' },
    });
    expect(validateBooking({ ...VALUES, window: 'MORNING' }, '2026-11-23')).toMatchObject({
      ok: true,
      input: { window: 'MORNING', startTime: null, endTime: null },
    });
  });

  it('reads times on the 24-hour clock', () => {
    expect(readTime('9:05')).toBe('09:05');
    expect(readTime('14.30')).toBe('14:30');
    expect(readTime('24:00')).toBeNull();
    expect(readTime('2pm')).toBeNull();
  });
});
