import { todayIso } from '../../ui/dates';

/** "casehuddle-actions-2026-11-23.csv" */
export function csvFileName(now: Date = new Date()): string {
  return `casehuddle-actions-${todayIso(now)}.csv`;
}

export { downloadCsv } from '../../ui/download';
