import type { ReleaseForecastQuery } from '../../../generated/graphql';
import type { ForecastRow } from '../csv';

export type Forecast = ReleaseForecastQuery['releaseForecast'];

/** Every council area and month shown, zeros included, in area then month order. */
export function forecastRows(forecast: Forecast, areas: ReadonlyArray<string>): ForecastRow[] {
  const rows: ForecastRow[] = [];
  for (const councilArea of areas) {
    for (const month of forecast.months) {
      const cell = forecast.cells.find((c) => c.councilArea === councilArea && c.month === month);
      const suppressed = cell?.suppressed ?? false;
      rows.push({
        councilArea,
        month,
        suppressed,
        due: suppressed ? null : (cell?.due ?? 0),
        accommodationSecured: suppressed ? null : (cell?.accommodationSecured ?? 0),
        dutyToReferMade: suppressed ? null : (cell?.dutyToReferMade ?? 0),
      });
    }
  }
  return rows;
}

/** Someone is due in this area and month (a withheld cell always has someone). */
export function hasSomeoneDue(row: ForecastRow): boolean {
  return row.suppressed || (row.due ?? 0) > 0;
}

export interface MonthTotal {
  month: string;
  /** Sums over the cells that are shown; withheld cells are left out. */
  due: number;
  accommodationSecured: number;
  dutyToReferMade: number;
  /** How many of the month's cells are withheld: the true totals are at least the sums above. */
  withheldCells: number;
  /** The areas with someone due that month (for the drill-down). */
  areas: string[];
}

/** Each month's totals over the given rows. */
export function monthTotals(months: ReadonlyArray<string>, rows: ReadonlyArray<ForecastRow>): MonthTotal[] {
  return months.map((month) => {
    const inMonth = rows.filter((r) => r.month === month);
    return {
      month,
      due: inMonth.reduce((sum, r) => sum + (r.due ?? 0), 0),
      accommodationSecured: inMonth.reduce((sum, r) => sum + (r.accommodationSecured ?? 0), 0),
      dutyToReferMade: inMonth.reduce((sum, r) => sum + (r.dutyToReferMade ?? 0), 0),
      withheldCells: inMonth.filter((r) => r.suppressed).length,
      areas: inMonth.filter(hasSomeoneDue).map((r) => r.councilArea),
    };
  });
}

type Measure = 'due' | 'accommodationSecured' | 'dutyToReferMade';

/**
 * A month total as text: exact when nothing in it is withheld, otherwise "at least N". Each withheld
 * cell has at least one person due, so it adds one to the lowest possible number due.
 */
export function totalText(total: MonthTotal, measure: Measure): string {
  if (total.withheldCells === 0) return String(total[measure]);
  return `at least ${total[measure] + (measure === 'due' ? total.withheldCells : 0)}`;
}
