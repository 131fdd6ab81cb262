import type { ReleaseForecastQuery } from '../../../generated/graphql';
import type { ForecastRow } from '../csv';

export type Forecast = ReleaseForecastQuery['releaseForecast'];

/** Every council area and month shown, zeros included, in area then month order. */
export function forecastRows(forecast: Forecast, areas: ReadonlyArray<string>): ForecastRow[] {
  const rows: ForecastRow[] = [];
  for (const councilArea of areas) {
    for (const month of forecast.months) {
      const cell = forecast.cells.find((c) => c.councilArea === councilArea && c.month === month);
      rows.push({
        councilArea,
        month,
        due: cell?.due ?? 0,
        accommodationSecured: cell?.accommodationSecured ?? 0,
        dutyToReferMade: cell?.dutyToReferMade ?? 0,
      });
    }
  }
  return rows;
}

export interface MonthTotal {
  month: string;
  due: number;
  accommodationSecured: number;
  dutyToReferMade: number;
  /** The areas with someone due that month (for the drill-down). */
  areas: string[];
}

/** Each month's totals over the given rows. */
export function monthTotals(months: ReadonlyArray<string>, rows: ReadonlyArray<ForecastRow>): MonthTotal[] {
  return months.map((month) => {
    const inMonth = rows.filter((r) => r.month === month);
    return {
      month,
      due: inMonth.reduce((sum, r) => sum + r.due, 0),
      accommodationSecured: inMonth.reduce((sum, r) => sum + r.accommodationSecured, 0),
      dutyToReferMade: inMonth.reduce((sum, r) => sum + r.dutyToReferMade, 0),
      areas: inMonth.filter((r) => r.due > 0).map((r) => r.councilArea),
    };
  });
}
