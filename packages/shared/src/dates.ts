const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function toDate(value: Date | string): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

// Each formatter is made once, when first used: making one (with its time zone) costs far more
// than using it, and lists of dates call these for every row.
let dayMonthYear: Intl.DateTimeFormat | undefined;
let hoursMinutes: Intl.DateTimeFormat | undefined;
const DAY_MONTH_YEAR = () =>
  (dayMonthYear ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }));
const HOURS_MINUTES = () =>
  (hoursMinutes ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hour12: false }));

/**
 * Formats a date the way UK public services write it: "22 Nov 2026".
 * Uses the Europe/London calendar day so a late-evening timestamp is not shown as the next day.
 */
export function formatDate(value: Date | string): string {
  const date = toDate(value);
  if (!date) return '';
  const parts = DAY_MONTH_YEAR().formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return `${get('day')} ${MONTHS[get('month') - 1]} ${get('year')}`;
}

/** "22 Nov 2026, 14:05" in UK time. */
export function formatDateTime(value: Date | string): string {
  const date = toDate(value);
  if (!date) return '';
  return `${formatDate(date)}, ${HOURS_MINUTES().format(date)}`;
}
