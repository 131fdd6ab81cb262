import { APPOINTMENT_WINDOW_LABELS, WINDOW_MINUTES, type AppointmentStatus, type AppointmentWindow } from '@casehuddle/shared';

export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  BOOKED: 'Booked',
  ATTENDED: 'Attended',
  MISSED: 'Missed',
  RESCHEDULED: 'Rescheduled',
  CANCELLED: 'Cancelled',
};

/** A missed appointment is a prompt to check in, so it is not shown in alarming red. */
export const APPOINTMENT_STATUS_TAGS: Record<AppointmentStatus, string> = {
  BOOKED: 'govuk-tag--blue',
  ATTENDED: 'govuk-tag--green',
  MISSED: 'govuk-tag--yellow',
  RESCHEDULED: 'govuk-tag--grey',
  CANCELLED: 'govuk-tag--grey',
};

/** 570 minutes after midnight as "9:30am"; 720 as "12pm". */
function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const suffix = h >= 12 ? 'pm' : 'am';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m ? `:${String(m).padStart(2, '0')}` : ''}${suffix}`;
}

/** "9am to 12:30pm" */
export function windowHours(window: Exclude<AppointmentWindow, 'EXACT'>): string {
  const [from, to] = WINDOW_MINUTES[window];
  return `${clock(from)} to ${clock(to)}`;
}

/** "Morning (9am to 12:30pm)", "All day (9am to 5pm)". */
export function windowText(window: Exclude<AppointmentWindow, 'EXACT'>): string {
  return `${APPOINTMENT_WINDOW_LABELS[window]} (${windowHours(window)})`;
}

/** When the appointment is on its day: a window, or a set time such as "10:30" or "10:30 to 11:15". */
export function whenText(appointment: { window: AppointmentWindow; startTime: string | null; endTime: string | null }): string {
  if (appointment.window !== 'EXACT') return windowText(appointment.window);
  if (!appointment.startTime) return APPOINTMENT_WINDOW_LABELS.EXACT;
  return appointment.endTime ? `${appointment.startTime} to ${appointment.endTime}` : appointment.startTime;
}

const toMinutes = (time: string) => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

/** Which half of the day an appointment is in, or null for all day. */
export function halfOfDay(appointment: { window: AppointmentWindow; startTime: string | null }): 'MORNING' | 'AFTERNOON' | null {
  if (appointment.window === 'MORNING' || appointment.window === 'AFTERNOON') return appointment.window;
  if (appointment.window === 'EXACT' && appointment.startTime) {
    return toMinutes(appointment.startTime) < WINDOW_MINUTES.AFTERNOON[0] ? 'MORNING' : 'AFTERNOON';
  }
  return null;
}

interface Slot {
  id: string;
  window: AppointmentWindow;
  startTime: string | null;
}

/**
 * Where to move an appointment to get it out of a clash: the other half of the day. For an all-day
 * appointment, the half that the appointments it clashes with leave free (if they all sit in one).
 */
export function moveTarget(appointment: Slot, clashingWith: ReadonlyArray<Slot>): 'MORNING' | 'AFTERNOON' | null {
  const half = halfOfDay(appointment);
  if (half) return half === 'MORNING' ? 'AFTERNOON' : 'MORNING';
  const halves = new Set(clashingWith.map(halfOfDay));
  if (halves.size !== 1 || halves.has(null)) return null;
  return halves.has('MORNING') ? 'AFTERNOON' : 'MORNING';
}

export function moveLabel(target: 'MORNING' | 'AFTERNOON'): string {
  return target === 'MORNING' ? 'Move to the morning' : 'Move to the afternoon';
}
