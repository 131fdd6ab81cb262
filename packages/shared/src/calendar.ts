/**
 * Calendar days as 'YYYY-MM-DD' strings, worked out in UTC so that no time zone can move a day.
 */
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return toDay(date);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return toDate(day).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

const nthWeekday = (year: number, month: number, wd: number, n: number) => {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  return addDays(first, ((wd - weekday(first) + 7) % 7) + (n - 1) * 7);
};
const lastWeekday = (year: number, month: number, wd: number) => {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const last = addDays(next, -1);
  return addDays(last, -((weekday(last) - wd + 7) % 7));
};

/** One-off bank holidays proclaimed for a single year (England and Wales). */
const SPECIAL: Record<number, { add?: string[]; move?: Record<string, string> }> = {
  2020: { move: { '2020-05-04': '2020-05-08' } },
  2022: { add: ['2022-06-03', '2022-09-19'], move: { '2022-05-30': '2022-06-02' } },
  2023: { add: ['2023-05-08'] },
};

/**
 * Bank holidays in England and Wales for a year: New Year's Day, Good Friday, Easter Monday,
 * the early May, spring and summer bank holidays, Christmas Day and Boxing Day, with
 * substitute days when they fall at a weekend, and the one-off days of recent years.
 */
export function bankHolidaysEnglandAndWales(year: number): string[] {
  const days: string[] = [];
  const newYear = `${year}-01-01`;
  days.push(weekday(newYear) === 6 ? addDays(newYear, 2) : weekday(newYear) === 0 ? addDays(newYear, 1) : newYear);
  const easter = easterSunday(year);
  days.push(addDays(easter, -2), addDays(easter, 1));
  days.push(nthWeekday(year, 5, 1, 1), lastWeekday(year, 5, 1), lastWeekday(year, 8, 1));
  const christmas = `${year}-12-25`;
  const boxing = `${year}-12-26`;
  const xmasWd = weekday(christmas);
  if (xmasWd === 6) days.push(addDays(christmas, 2), addDays(christmas, 3));
  else if (xmasWd === 0) days.push(addDays(christmas, 2), boxing);
  else if (xmasWd === 5) days.push(christmas, addDays(christmas, 3));
  else days.push(christmas, boxing);
  const special = SPECIAL[year];
  const moved = days.map((d) => special?.move?.[d] ?? d);
  return [...new Set([...moved, ...(special?.add ?? [])])].sort();
}

export function isBankHoliday(day: string): boolean {
  return bankHolidaysEnglandAndWales(Number(day.slice(0, 4))).includes(day);
}

/** True for Saturday, Sunday or a bank holiday: a day when services are mostly shut. */
export function isNonWorkingDay(day: string): boolean {
  const wd = weekday(day);
  return wd === 0 || wd === 6 || isBankHoliday(day);
}
