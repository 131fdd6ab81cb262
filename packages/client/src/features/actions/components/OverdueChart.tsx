import { lazy, Suspense } from 'react';
import type { ActionSummaryQuery } from '../../../generated/graphql';
import { CHART_ROW_HEIGHT } from './chartSize';
import { TableHead } from '../../../ui/TableHead';

// recharts is large: it loads only when there is something to draw.
const OverdueBarChart = lazy(() => import('./OverdueBarChart'));

type OrganisationCount = ActionSummaryQuery['actionSummary']['overdueByOrganisation'][number];

interface OverdueChartProps {
  counts: ReadonlyArray<OrganisationCount>;
  /** The organisation whose overdue actions the table shows, if any. */
  selected: string | null;
  onSelect: (organisationId: string) => void;
}

/**
 * Overdue actions by organisation: a bar chart for the meeting-room screen, with the same numbers
 * in a table (whose buttons do what clicking a bar does) for keyboard and screen reader users.
 */
export function OverdueChart({ counts, selected, onSelect }: OverdueChartProps) {
  const total = counts.reduce((sum, row) => sum + row.count, 0);
  const description = `Bar chart of overdue actions by organisation: ${counts
    .map((row) => `${row.organisation.name}, ${row.count}`)
    .join('; ')}.`;
  const data = counts.map((row) => ({ id: row.organisation.id, name: row.organisation.name, count: row.count }));

  return (
    <section aria-labelledby="overdue-chart-heading" className="app-review-section">
      <h2 className="govuk-heading-m" id="overdue-chart-heading">
        Overdue actions by organisation
      </h2>
      {counts.length === 0 ? (
        <div className="app-empty-state">
          <p className="govuk-body">No overdue actions.</p>
        </div>
      ) : (
        <>
          <div className="app-chart" role="img" aria-label={description}>
            <Suspense fallback={<div style={{ height: CHART_ROW_HEIGHT * data.length + 40 }} />}>
              <OverdueBarChart data={data} onSelect={onSelect} />
            </Suspense>
          </div>
          <p className="govuk-body-s app-secondary-text app-no-print">Select a bar, or a number below, to list those actions.</p>
          <table className="govuk-table app-table app-chart-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Overdue actions by organisation, as a table</caption>
            <TableHead columns={['Organisation', { label: 'Overdue', numeric: true }]} />
            <tbody className="govuk-table__body">
              {counts.map((row) => (
                <tr className="govuk-table__row" key={row.organisation.id}>
                  <th scope="row" className="govuk-table__header">
                    {row.organisation.name}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    <button
                      type="button"
                      className="app-link-button"
                      aria-pressed={selected === row.organisation.id}
                      onClick={() => onSelect(row.organisation.id)}
                    >
                      {row.count} <span className="govuk-visually-hidden">overdue at {row.organisation.name}: show these actions</span>
                    </button>
                  </td>
                </tr>
              ))}
              <tr className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  Total
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold">{total}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
