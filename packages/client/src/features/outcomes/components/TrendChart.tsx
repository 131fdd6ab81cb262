import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { OutcomeHistoryFieldsFragment } from '../../../generated/graphql';
import { formatLocalDate } from '../../releases/labels';

type History = OutcomeHistoryFieldsFragment;

/** A measure's totals over time. The same numbers are in the table beside it. */
export function TrendChart({ history, shortName }: { history: History; shortName: string }) {
  const { measure, assessments } = history;
  const data = assessments.map((a) => ({ label: formatLocalDate(a.assessedOn), total: a.total }));
  const description = `Line chart of ${shortName} totals over time, out of ${measure.maxTotal}, where higher means more need: ${data
    .map((d) => `${d.label}, ${d.total}`)
    .join('; ')}.`;
  return (
    <div className="app-figure-chart" role="img" aria-label={description}>
      <LineChart
        data={data}
        responsive
        style={{ width: '100%', height: 280 }}
        margin={{ top: 8, right: 24, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="#b1b4b6" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 14 }} padding={{ left: 48, right: 48 }} />
        <YAxis domain={[0, measure.maxTotal]} allowDecimals={false} tick={{ fontSize: 14 }} width={40} />
        <Line
          type="linear"
          dataKey="total"
          name="Total"
          stroke="#1d70b8"
          strokeWidth={3}
          dot={{ r: 5, fill: '#1d70b8' }}
          isAnimationActive={false}
          label={{ position: 'top', fontSize: 14, fontWeight: 700, fill: '#0b0c0c' }}
        />
      </LineChart>
    </div>
  );
}
