import type { AppointmentWindow } from '@casehuddle/shared';
import { checkDate, todayIso, type DateParts } from '../../ui/dates';

export type BookingField = 'date' | 'window' | 'startTime' | 'endTime' | 'organisationId' | 'purpose' | 'location' | 'town';
export const BOOKING_FIELDS: readonly BookingField[] = [
  'date',
  'window',
  'startTime',
  'endTime',
  'organisationId',
  'purpose',
  'location',
  'town',
];

export interface BookingValues {
  date: DateParts;
  window: AppointmentWindow | '';
  startTime: string;
  endTime: string;
  organisationId: string;
  purpose: string;
  location: string;
  town: string;
  firstProbation: boolean;
}

export interface BookingInput {
  date: string;
  window: AppointmentWindow;
  startTime: string | null;
  endTime: string | null;
  organisationId: string | null;
  purpose: string;
  location: string | null;
  town: string | null;
  firstProbation: boolean;
}

/** "9:5" is not a time; "9:30", "09.30" and "14:05" are (read as 09:30, 09:30, 14:05). */
export function readTime(value: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Checks a booking the GOV.UK way: a message for each field that needs fixing, or the input to send. */
export function validateBooking(
  values: BookingValues,
  today: string = todayIso(),
): { ok: true; input: BookingInput } | { ok: false; fields: Partial<Record<BookingField, string>> } {
  const fields: Partial<Record<BookingField, string>> = {};
  const date = checkDate(values.date, 'Date of the appointment', { required: true });
  if (!date.ok) fields.date = date.message;
  else if (date.value && date.value < today) fields.date = 'The date of the appointment must be today or in the future';
  if (!values.window) fields.window = 'Choose when the appointment is';
  let startTime: string | null = null;
  let endTime: string | null = null;
  if (values.window === 'EXACT') {
    if (!values.startTime.trim()) fields.startTime = 'Enter the time the appointment starts';
    else {
      startTime = readTime(values.startTime);
      if (!startTime) fields.startTime = 'Enter the start time using the 24-hour clock, like 10:30';
    }
    if (values.endTime.trim()) {
      endTime = readTime(values.endTime);
      if (!endTime) fields.endTime = 'Enter the end time using the 24-hour clock, like 11:30';
      else if (startTime && endTime <= startTime) fields.endTime = 'The end time must be after the start time';
    }
  }
  const purpose = values.purpose.trim();
  if (!purpose) fields.purpose = 'Say what the appointment is for';
  else if (purpose.length > 300) fields.purpose = 'Keep what it is for to 300 characters or fewer';
  if (values.location.trim().length > 300) fields.location = 'Keep the place to 300 characters or fewer';
  if (values.town.trim().length > 120) fields.town = 'Keep the town to 120 characters or fewer';
  if (Object.keys(fields).length > 0 || !date.ok || !date.value || !values.window) return { ok: false, fields };
  return {
    ok: true,
    input: {
      date: date.value,
      window: values.window,
      startTime,
      endTime,
      organisationId: values.organisationId || null,
      purpose,
      location: values.location.trim() || null,
      town: values.town.trim() || null,
      firstProbation: values.firstProbation,
    },
  };
}
