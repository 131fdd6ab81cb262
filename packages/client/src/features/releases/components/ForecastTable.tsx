import { WITHHELD_TEXT, type ForecastRow } from '../csv';
import { formatMonth } from '../labels';
import { hasSomeoneDue, totalText, type MonthTotal } from './forecast';

export interface ForecastSelection {
  month: string;
  areas: string[];
}

interface ForecastTableProps {
  months: ReadonlyArray<string>;
  areas: ReadonlyArray<string>;
  rows: ReadonlyArray<ForecastRow>;
  totals: ReadonlyArray<MonthTotal>;
  selected: ForecastSelection | null;
  onSelect: (selection: ForecastSelection) => void;
}

const MEASURES = [
  { key: 'due', label: 'Due for release' },
  { key: 'accommodationSecured', label: 'Accommodation secured' },
  { key: 'dutyToReferMade', label: 'Duty to Refer made' },
] as const;
type Measure = (typeof MEASURES)[number]['key'];

function isSelected(selected: ForecastSelection | null, month: string, areas: string[]) {
  return selected !== null && selected.month === month && selected.areas.join('|') === areas.join('|');
}

/**
 * The forecast's numbers by council area and month: for each area, how many are due, and of them how
 * many have accommodation secured and a Duty to Refer made. Each "due" number lists those people.
 * A withheld count shows as "fewer than 5", and a total with one in it as "at least N".
 */
export function ForecastTable({ months, areas, rows, totals, selected, onSelect }: ForecastTableProps) {
  // Each cell as text (a withheld count, a total with something withheld in it) and whether anyone is due.
  type Shown = { month: string; text: Record<Measure, string>; someoneDue: boolean };
  const areaCell = (r: ForecastRow): Shown => ({
    month: r.month,
    text: Object.fromEntries(MEASURES.map((m) => [m.key, r.suppressed ? WITHHELD_TEXT : String(r[m.key] ?? 0)])) as Record<Measure, string>,
    someoneDue: hasSomeoneDue(r),
  });
  const totalCell = (t: MonthTotal): Shown => ({
    month: t.month,
    text: Object.fromEntries(MEASURES.map((m) => [m.key, totalText(t, m.key)])) as Record<Measure, string>,
    someoneDue: t.areas.length > 0,
  });
  const groups: Array<{ name: string; areas: string[]; cells: ReadonlyArray<Shown> }> = areas.map((area) => ({
    name: area,
    areas: [area],
    cells: rows.filter((r) => r.councilArea === area).map(areaCell),
  }));
  if (areas.length > 1) groups.push({ name: 'All areas', areas: [...areas], cells: totals.map(totalCell) });

  return (
    <div className="app-table-scroll" role="region" aria-labelledby="forecast-table-caption" tabIndex={0}>
      <table className="govuk-table app-table app-forecast-table">
        <caption className="govuk-table__caption govuk-table__caption--s" id="forecast-table-caption">
          Releases by council area and month, as a table
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Council area
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Measure</span>
            </th>
            {months.map((month) => (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric app-table__date" key={month}>
                {formatMonth(month)}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody className="govuk-table__body app-forecast-table__group" key={group.name}>
            {MEASURES.map((measure, index) => (
              <tr className="govuk-table__row" key={measure.key}>
                {index === 0 ? (
                  <th scope="rowgroup" rowSpan={MEASURES.length} className="govuk-table__header app-forecast-table__area">
                    {group.name}
                  </th>
                ) : null}
                <th scope="row" className="govuk-table__header app-forecast-table__measure">
                  {measure.label}
                </th>
                {months.map((month) => {
                  const cell = group.cells.find((c) => c.month === month);
                  const value = cell?.text[measure.key] ?? '0';
                  if (measure.key !== 'due' || !cell?.someoneDue) {
                    return (
                      <td className="govuk-table__cell govuk-table__cell--numeric" key={month}>
                        {value}
                      </td>
                    );
                  }
                  const cellAreas =
                    group.areas.length === 1
                      ? group.areas
                      : group.areas.filter((a) => rows.some((r) => r.councilArea === a && r.month === month && hasSomeoneDue(r)));
                  return (
                    <td className="govuk-table__cell govuk-table__cell--numeric" key={month}>
                      <button
                        type="button"
                        className="app-link-button app-forecast-table__due"
                        aria-pressed={isSelected(selected, month, cellAreas)}
                        onClick={() => onSelect({ month, areas: cellAreas })}
                      >
                        {value}{' '}
                        <span className="govuk-visually-hidden">
                          due in {formatMonth(month)}, {group.name}: show who
                        </span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
