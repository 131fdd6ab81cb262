/** When an appointment is: a half-day window, the whole day, or an exact time. */
export const APPOINTMENT_WINDOWS = ['MORNING', 'AFTERNOON', 'ALL_DAY', 'EXACT'] as const;
export type AppointmentWindow = (typeof APPOINTMENT_WINDOWS)[number];
export const APPOINTMENT_WINDOW_LABELS: Record<AppointmentWindow, string> = {
  MORNING: 'Morning',
  AFTERNOON: 'Afternoon',
  ALL_DAY: 'All day',
  EXACT: 'At a set time',
};

export const APPOINTMENT_STATUSES = ['BOOKED', 'ATTENDED', 'MISSED', 'RESCHEDULED', 'CANCELLED'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** The working hours each window stands for, in minutes after midnight. */
export const WINDOW_MINUTES: Record<Exclude<AppointmentWindow, 'EXACT'>, [number, number]> = {
  MORNING: [9 * 60, 12 * 60 + 30],
  AFTERNOON: [12 * 60 + 30, 17 * 60],
  ALL_DAY: [9 * 60, 17 * 60],
};
/** An exact appointment with no end is taken to last an hour. */
export const DEFAULT_APPOINTMENT_MINUTES = 60;

export interface AppointmentSlot {
  id: string;
  /** 'YYYY-MM-DD' */
  date: string;
  window: AppointmentWindow;
  /** 'HH:MM' for EXACT */
  startTime?: string | null;
  endTime?: string | null;
  town?: string | null;
  /** Cancelled, rescheduled and missed appointments never clash. */
  status?: AppointmentStatus;
}

export type ClashRule = 'SAME_WINDOW' | 'OVERLAPPING_TIMES' | 'TIME_IN_WINDOW' | 'DIFFERENT_TOWNS';

export interface Clash {
  rule: ClashRule;
  a: string;
  b: string;
  message: string;
}

const minutes = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
};
const dayNumber = (date: string) => Math.round(new Date(`${date}T00:00:00Z`).getTime() / 86_400_000);

/** An appointment as an interval of absolute minutes (so one that runs past midnight meets the next day). */
function interval(slot: AppointmentSlot): [number, number] {
  const base = dayNumber(slot.date) * 1440;
  if (slot.window !== 'EXACT') {
    const [from, to] = WINDOW_MINUTES[slot.window];
    return [base + from, base + to];
  }
  const start = minutes(slot.startTime ?? '09:00');
  let end = slot.endTime ? minutes(slot.endTime) : start + DEFAULT_APPOINTMENT_MINUTES;
  if (end <= start) end += 1440; // runs past midnight
  return [base + start, base + end];
}

/** Which half-days (absolute index: day × 2 + 0 for morning, 1 for afternoon) an appointment touches. */
function halfDays(slot: AppointmentSlot): number[] {
  const [from, to] = interval(slot);
  const noon = 12 * 60 + 30;
  const result = new Set<number>();
  for (let t = from; t < to; t += 30) {
    const day = Math.floor(t / 1440);
    result.add(day * 2 + (t % 1440 < noon ? 0 : 1));
  }
  return [...result];
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
const isLive = (s: AppointmentSlot) => !s.status || s.status === 'BOOKED' || s.status === 'ATTENDED';

/**
 * The clashes between one person's appointments:
 * - two windows that overlap on the same day (morning and all-day included);
 * - exact times that overlap;
 * - an exact time inside another appointment's window;
 * - appointments in different towns on the same half-day, even if their times do not overlap.
 */
export function findClashes(slots: AppointmentSlot[]): Clash[] {
  const live = slots.filter(isLive);
  const clashes: Clash[] = [];
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const a = live[i]!;
      const b = live[j]!;
      const ia = interval(a);
      const ib = interval(b);
      const bothWindows = a.window !== 'EXACT' && b.window !== 'EXACT';
      const bothExact = a.window === 'EXACT' && b.window === 'EXACT';
      if (overlaps(ia, ib)) {
        if (bothWindows) clashes.push({ rule: 'SAME_WINDOW', a: a.id, b: b.id, message: 'Two appointments in the same part of the day.' });
        else if (bothExact) clashes.push({ rule: 'OVERLAPPING_TIMES', a: a.id, b: b.id, message: 'The times overlap.' });
        else clashes.push({ rule: 'TIME_IN_WINDOW', a: a.id, b: b.id, message: 'A set time falls inside the other appointment’s window.' });
        continue;
      }
      const townA = a.town?.trim().toLowerCase();
      const townB = b.town?.trim().toLowerCase();
      if (townA && townB && townA !== townB && halfDays(a).some((h) => halfDays(b).includes(h))) {
        clashes.push({
          rule: 'DIFFERENT_TOWNS',
          a: a.id,
          b: b.id,
          message: `${a.town} and ${b.town} in the same half-day: there may not be time to travel.`,
        });
      }
    }
  }
  return clashes;
}
