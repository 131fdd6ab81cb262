import { neutraliseCsvFormula } from '@casehuddle/shared';
import { todayIso } from '../../ui/dates';

export interface ForecastRow {
  councilArea: string;
  month: string;
  due: number;
  accommodationSecured: number;
  dutyToReferMade: number;
}

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

/** The forecast table as CSV: one line per council area and month (months as YYYY-MM). */
export function forecastCsv(rows: ReadonlyArray<ForecastRow>): string {
  const lines = [FORECAST_CSV_HEADERS, ...rows.map((r) => [r.councilArea, r.month, r.due, r.accommodationSecured, r.dutyToReferMade])];
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** "casehuddle-release-forecast-2026-11-23.csv" */
export function forecastFileName(now: Date = new Date()): string {
  return `casehuddle-release-forecast-${todayIso(now)}.csv`;
}

export { downloadCsv } from '../../ui/download';
