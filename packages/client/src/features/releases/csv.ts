import { neutraliseCsvFormula, SMALL_NUMBER } from '@casehuddle/shared';
import { todayIso } from '../../ui/dates';

export interface ForecastRow {
  councilArea: string;
  month: string;
  /** Fewer than 5 people, not all of whom the user may see: the counts are withheld (null). */
  suppressed: boolean;
  due: number | null;
  accommodationSecured: number | null;
  dutyToReferMade: number | null;
}

/** How a withheld count is shown, in the table and the CSV. */
export const WITHHELD_TEXT = `fewer than ${SMALL_NUMBER}`;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting = + - @) is neutralised,
 * and text with a comma, quote or line break is quoted, with quotes doubled.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = neutraliseCsvFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const FORECAST_CSV_HEADERS = ['Council area', 'Month', 'Due for release', 'Accommodation secured', 'Duty to Refer made'];

/**
 * The forecast table as CSV: one line per council area and month (months as YYYY-MM). A withheld
 * cell's counts are written as "fewer than 5".
 */
export function forecastCsv(rows: ReadonlyArray<ForecastRow>): string {
  const count = (value: number | null) => value ?? WITHHELD_TEXT;
  const lines = [
    FORECAST_CSV_HEADERS,
    ...rows.map((r) => [r.councilArea, r.month, count(r.due), count(r.accommodationSecured), count(r.dutyToReferMade)]),
  ];
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** "casehuddle-release-forecast-2026-11-23.csv" */
export function forecastFileName(now: Date = new Date()): string {
  return `casehuddle-release-forecast-${todayIso(now)}.csv`;
}

export { downloadCsv } from '../../ui/download';
