const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function toDate(value: Date | string): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

// The Intl formatters are made once, when first used, and only for instants before 1996: making
// the first one with a time zone loads the browser's time-zone data, which on a slow phone takes
// longer than drawing a whole page (measured: 25–190 ms under a 4× CPU slowdown).
let dayMonthYear: Intl.DateTimeFormat | undefined;
let hoursMinutes: Intl.DateTimeFormat | undefined;
const DAY_MONTH_YEAR = () =>
  (dayMonthYear ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }));
const HOURS_MINUTES = () =>
  (hoursMinutes ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hour12: false }));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A calendar date with no time (a due date, a date of birth): the same day wherever it is read. */
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 01:00 UTC on the last Sunday of a month (0-based): when UK clocks change. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * DAY;
}

/**
 * The UK wall clock at an instant, as a Date whose UTC fields read as London time, or null before
 * 1996. Since 1996 UK summer time has run from 01:00 UTC on the last Sunday of March to 01:00 UTC on
 * the last Sunday of October (checked against Intl's Europe/London in dates.test.ts).
 */
function ukWallClock(date: Date): Date | null {
  const year = date.getUTCFullYear();
  if (year < 1996) return null;
  const time = date.getTime();
  const summer = time >= lastSundayAtOneUtc(year, 2) && time < lastSundayAtOneUtc(year, 9);
  return new Date(time + (summer ? HOUR : 0));
}

/**
 * Formats a date the way UK public services write it: "22 Nov 2026".
 * Uses the Europe/London calendar day so a late-evening timestamp is not shown as the next day.
 */
export function formatDate(value: Date | string): string {
  const date = toDate(value);
  if (!date) return '';
  // A calendar date (parsed as midnight UTC) is that day in London in every year, summer or not.
  const wall = typeof value === 'string' && CALENDAR_DATE.test(value) ? date : ukWallClock(date);
  if (wall) return `${wall.getUTCDate()} ${MONTHS[wall.getUTCMonth()]} ${wall.getUTCFullYear()}`;
  const parts = DAY_MONTH_YEAR().formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return `${get('day')} ${MONTHS[get('month') - 1]} ${get('year')}`;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "22 Nov 2026, 14:05" in UK time. */
export function formatDateTime(value: Date | string): string {
  const date = toDate(value);
  if (!date) return '';
  const wall = ukWallClock(date);
  const time = wall ? `${twoDigits(wall.getUTCHours())}:${twoDigits(wall.getUTCMinutes())}` : HOURS_MINUTES().format(date);
  return `${formatDate(date)}, ${time}`;
}
