import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { ChartSpec } from '../report';

const ROW_HEIGHT = 36;

/**
 * One bar chart of the caseload outcomes page, with recharts: loaded on its own, only when there
 * is something to draw. The container around it names the numbers for screen readers, and the
 * table beside it is the way in for keyboard users.
 */
export function ReportChart({ spec }: { spec: ChartSpec }) {
  const height = spec.horizontal ? ROW_HEIGHT * spec.data.length + 80 : 300;
  return (
    <BarChart
      layout={spec.horizontal ? 'vertical' : 'horizontal'}
      data={spec.data}
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
      accessibilityLayer={false}
      barGap={2}
    >
      <CartesianGrid vertical={!!spec.horizontal} horizontal={!spec.horizontal} stroke="#b1b4b6" strokeDasharray="3 3" />
      {spec.horizontal ? (
        <>
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 14 }} />
          <YAxis type="category" dataKey={spec.categoryKey} width={220} tick={{ fontSize: 14 }} interval={0} />
        </>
      ) : (
        <>
          <XAxis dataKey={spec.categoryKey} tick={{ fontSize: 14 }} interval={0} />
          <YAxis tick={{ fontSize: 14 }} width={48} />
        </>
      )}
      {spec.series.length > 1 ? <Legend wrapperStyle={{ fontSize: 16 }} itemSorter={null} /> : null}
      {spec.series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          fill={s.colour}
          isAnimationActive={false}
          {...(spec.stacked ? { stackId: 'all' } : {})}
        />
      ))}
    </BarChart>
  );
}

export default ReportChart;
