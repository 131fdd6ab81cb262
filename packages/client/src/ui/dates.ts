/** The three boxes of a GOV.UK date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export function isDateEmpty(parts: DateParts): boolean {
  return !parts.day.trim() && !parts.month.trim() && !parts.year.trim();
}

/** Splits a `YYYY-MM-DD` date (or nothing) into the boxes of a date input. */
export function datePartsFromIso(iso: string | null | undefined): DateParts {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return EMPTY_DATE;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

export type DateCheck = { ok: true; value: string | null } | { ok: false; message: string };

/**
 * Reads a date input the GOV.UK way: `name` is how the question is written in messages, such as
 * "Date of birth". Returns `YYYY-MM-DD`, null when empty and not required, or the message to show.
 */
export function checkDate(parts: DateParts, name: string, { required = false } = {}): DateCheck {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) {
    return required ? { ok: false, message: `Enter the ${name.toLowerCase()}` } : { ok: true, value: null };
  }
  const missing = [!day && 'a day', !month && 'a month', !year && 'a year'].filter(Boolean);
  if (missing.length > 0) return { ok: false, message: `${name} must include ${missing.join(' and ')}` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d+$/.test(year)) {
    return { ok: false, message: `${name} must be a real date` };
  }
  if (year.length !== 4) return { ok: false, message: 'Year must include 4 numbers' };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, message: `${name} must be a real date` };
  }
  return { ok: true, value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** Today's date in the UK, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  // The Canadian English format is ISO 8601.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
