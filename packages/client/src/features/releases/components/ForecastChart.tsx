import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { formatMonth } from '../labels';
import type { MonthTotal } from './forecast';

/** GOV.UK colours: blue for due, green for accommodation secured, purple for Duty to Refer. */
export const SERIES = [
  { key: 'due', name: 'Due for release', colour: '#1d70b8' },
  { key: 'accommodationSecured', name: 'Accommodation secured', colour: '#00703c' },
  { key: 'dutyToReferMade', name: 'Duty to Refer made', colour: '#4c2c92' },
] as const;

interface ForecastChartProps {
  totals: ReadonlyArray<MonthTotal>;
  /** "all council areas" or the area chosen. */
  areaText: string;
  onSelectMonth: (month: string) => void;
}

/**
 * Releases per month, with how many have accommodation and a Duty to Refer, as grouped bars. Withheld
 * counts (small numbers) are left out of the bars, and a note under the chart says so.
 */
export function ForecastChart({ totals, areaText, onSelectMonth }: ForecastChartProps) {
  const data = totals.map((t) => ({ ...t, label: formatMonth(t.month) }));
  const anyWithheld = totals.some((t) => t.withheldCells > 0);
  const description = `Bar chart of releases due each month for ${areaText}: ${data
    .map(
      (t) =>
        `${t.label}, ${t.due} due, ${t.accommodationSecured} with accommodation secured, ${t.dutyToReferMade} with a Duty to Refer made${
          t.withheldCells > 0 ? ', not counting small numbers that are withheld' : ''
        }`,
    )
    .join('; ')}.`;
  return (
    <>
      <div className="app-figure-chart" role="img" aria-label={description}>
        <BarChart
          data={data}
          responsive
          style={{ width: '100%', height: 320 }}
          margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
          accessibilityLayer={false}
          barGap={2}
        >
          <CartesianGrid vertical={false} stroke="#b1b4b6" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 14 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 14 }} width={40} />
          <Legend wrapperStyle={{ fontSize: 16 }} itemSorter={null} />
          {SERIES.map((series) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={series.name}
              fill={series.colour}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(item) => {
                const month = (item.payload as { month?: unknown } | undefined)?.month;
                if (typeof month === 'string') onSelectMonth(month);
              }}
            />
          ))}
        </BarChart>
      </div>
      {anyWithheld ? (
        <p className="govuk-body-s app-secondary-text">
          The bars leave out the numbers that are withheld because they are small, so they may show fewer people than are due. The table
          shows where.
        </p>
      ) : null}
    </>
  );
}
