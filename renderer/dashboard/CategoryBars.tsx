import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { categoryAxisWidth, chartHeight } from './chart-rows';

export interface BarSeries<K extends string> {
  dataKey: K;
  name: string;
  color: string;
}

export interface CategoryBarsProps<K extends string> {
  rows: readonly ({ label: string } & Record<K, number>)[];
  /** Stacked when there are several: each bar is a whole split into parts. */
  series: readonly BarSeries<K>[];
  /** The value axis' title, with its unit. */
  axis: string;
  tickText: (n: number) => string;
  tooltipText: (n: number) => string;
  /** False for a panel beside another that already names the rows. */
  showCategories?: boolean;
  /** Counts of units have no fractions to tick. */
  wholeNumbers?: boolean;
}

const TICK = { fontSize: 12, fill: '#595959' };
const MARGIN = { top: 4, right: 24, bottom: 20, left: 4 };

/**
 * Horizontal bars, one row per label: long Chinese category names stay on one line and readable,
 * where a vertical bar chart would tilt or cut them. Text is styled through SVG attributes rather
 * than CSS, because a saved picture of the chart carries no CSS.
 */
export function CategoryBars<K extends string>(props: CategoryBarsProps<K>) {
  const { rows, series, axis, tickText, tooltipText, showCategories = true, wholeNumbers = false } = props;
  return (
    <ResponsiveContainer width="100%" height={chartHeight(rows.length)}>
      <BarChart layout="vertical" data={rows as ({ label: string } & Record<K, number>)[]} margin={MARGIN}>
        <CartesianGrid horizontal={false} stroke="#f0f0f0" />
        <XAxis
          type="number"
          allowDecimals={!wholeNumbers}
          tick={TICK}
          tickFormatter={tickText}
          label={{ value: axis, position: 'insideBottom', offset: -14, ...TICK }}
        />
        <YAxis
          type="category"
          dataKey="label"
          interval={0}
          tick={TICK}
          hide={!showCategories}
          width={categoryAxisWidth(rows.map((r) => r.label))}
        />
        <Tooltip formatter={(n) => tooltipText(Number(n))} />
        {series.map((s) => (
          <Bar
            key={s.dataKey}
            dataKey={s.dataKey}
            name={s.name}
            fill={s.color}
            stackId={series.length > 1 ? 'stack' : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
