import { todayIso } from '../../ui/dates';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The first day of the quarter a `YYYY-MM-DD` date falls in. */
export function quarterStartOf(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, '0')}-01`;
}

/** "2026-10-01" as "Oct to Dec 2026". */
export function quarterLabel(quarterStart: string): string {
  const [year, month] = quarterStart.split('-').map(Number) as [number, number];
  return `${MONTHS[month - 1]} to ${MONTHS[month + 1]} ${year}`;
}

/** This quarter and the ones before it, newest first. */
export function recentQuarters(count: number, today: string = todayIso()): string[] {
  const [year, month] = quarterStartOf(today).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 4 + (month - 1) / 3 - i;
    const y = Math.floor(index / 4);
    const m = (index % 4) * 3 + 1;
    return `${y}-${String(m).padStart(2, '0')}-01`;
  });
}

export const SERVICE_USE_COLUMNS = [
  { key: 'evictions', label: 'Evictions', max: 999 },
  { key: 'arrests', label: 'Arrests', max: 999 },
  { key: 'nightsInPrison', label: 'Nights in prison', max: 92 },
  { key: 'aeAttendances', label: 'A&E attendances', max: 999 },
  { key: 'mentalHealthInpatientDays', label: 'Mental-health inpatient days', max: 92 },
] as const;

export type ServiceUseKey = (typeof SERVICE_USE_COLUMNS)[number]['key'];
