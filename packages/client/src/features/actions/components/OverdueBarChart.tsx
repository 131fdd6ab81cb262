import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { CHART_ROW_HEIGHT } from './chartSize';

/** GOV.UK red, for overdue. */
const BAR_COLOUR = '#d4351c';

export interface BarDatum {
  id: string;
  name: string;
  count: number;
}

/**
 * The drawing itself, with recharts: loaded on its own, after the rest of manager review, so the
 * figures never wait for the charting code. Its container gives screen readers the numbers.
 */
export function OverdueBarChart({ data, onSelect }: { data: BarDatum[]; onSelect: (organisationId: string) => void }) {
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: '100%', height: CHART_ROW_HEIGHT * data.length + 40 }}
      margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
      // The table under the chart is the keyboard and screen reader way in.
      accessibilityLayer={false}
    >
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 14 }} />
      <YAxis type="category" dataKey="name" width={240} tick={{ fontSize: 14 }} interval={0} />
      <Bar
        dataKey="count"
        fill={BAR_COLOUR}
        cursor="pointer"
        isAnimationActive={false}
        onClick={(item) => {
          const id = (item.payload as { id?: unknown } | undefined)?.id;
          if (typeof id === 'string') onSelect(id);
        }}
      >
        <LabelList dataKey="count" position="right" style={{ fontSize: 14, fontWeight: 700, fill: '#0b0c0c' }} />
      </Bar>
    </BarChart>
  );
}

export default OverdueBarChart;
