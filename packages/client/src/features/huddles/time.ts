/** Minutes that UK time is ahead of UTC at this instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * A UK wall-clock date and time ("2026-11-22", "10:00") as a UTC instant in ISO 8601, across
 * the clock changes.
 */
export function londonTimeToIso(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wallClock = Date.UTC(y, m - 1, d, hh, mm);
  let utc = wallClock - londonOffsetMinutes(new Date(wallClock)) * 60_000;
  const checked = wallClock - londonOffsetMinutes(new Date(utc)) * 60_000;
  if (checked !== utc) utc = checked;
  return new Date(utc).toISOString();
}

/** "10:00" or "9:30" as "09:30"; null when it is not a 24-hour time. */
export function normaliseTime(value: string): string | null {
  const match = /^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$/.exec(value);
  if (!match) return null;
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

let clock: Intl.DateTimeFormat | undefined;

/** "14:05" in UK time. */
export function timeOfDay(value: Date | string | number): string {
  // Made once, when first used: each text field's status line asks for it on every change.
  clock ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return clock.format(new Date(value));
}
