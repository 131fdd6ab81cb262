import { lazy, Suspense, type ReactNode } from 'react';
import { TableHead } from '../../../ui/TableHead';
import { downloadCsv } from '../../../ui/download';
import { tableCsv, type ChartSpec, type FigureTable } from '../report';

// recharts is large: it loads only on pages that draw a chart, once there is something to draw.
const ReportChart = lazy(() => import('./ReportChart'));

interface ReportFigureProps {
  id: string;
  title: string;
  intro?: ReactNode;
  /** Shown instead of the chart and table when there is nothing to count. */
  empty: string | null;
  chart: ChartSpec | null;
  table: FigureTable;
  fileName: string;
  /** Under the table: notes on what is withheld, acknowledgements. */
  children?: ReactNode;
}

/**
 * One figure of the caseload outcomes page: a chart, the same numbers as a table beside it (for
 * keyboard and screen reader users, and for print), and the table as a CSV download.
 */
export function ReportFigure({ id, title, intro, empty, chart, table, fileName, children }: ReportFigureProps) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="app-review-section">
      <h2 className="govuk-heading-m" id={headingId}>
        {title}
      </h2>
      {intro}
      {empty ? (
        <div className="app-empty-state">
          <p className="govuk-body">{empty}</p>
        </div>
      ) : (
        <>
          {chart ? (
            <div className="app-figure-chart" role="img" aria-label={chart.description}>
              <Suspense fallback={<div style={{ height: 300 }} />}>
                <ReportChart spec={chart} />
              </Suspense>
            </div>
          ) : null}
          <table className="govuk-table app-table app-chart-table">
            <caption className="govuk-table__caption govuk-table__caption--s">{table.caption}</caption>
            <TableHead
              columns={table.headers.map((label, i) =>
                i > 0 && table.rows.every((row) => typeof row[i] === 'number') ? { label, numeric: true } : label,
              )}
            />
            <tbody className="govuk-table__body">
              {table.rows.map((row, r) => (
                <tr className="govuk-table__row" key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th scope="row" className="govuk-table__header" key={c}>
                        {cell}
                      </th>
                    ) : (
                      <td className={`govuk-table__cell${typeof cell === 'number' ? ' govuk-table__cell--numeric' : ''}`} key={c}>
                        {typeof cell === 'number' ? cell.toLocaleString('en-GB') : cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {children}
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-button--small app-no-print"
            onClick={() => downloadCsv(tableCsv(table), fileName)}
          >
            Download CSV<span className="govuk-visually-hidden">: {title}</span>
          </button>
        </>
      )}
    </section>
  );
}
