// A bar chart drawn from a statistics table's own rows, so a chart can never show other numbers
// than its table. On screen it fills its card; in print it has a fixed size and no animation
// (recharts does not resize for print). The chart is a picture: its text alternative and the table
// carry the data, so recharts' keyboard layer is off: the SVG never takes focus and is no second image.
import { cloneElement, useLayoutEffect, useState, type ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDecimal, formatInteger } from '../../../../shared/format';
import type { StatTable } from '../../../../shared/statistics/tables';
import { CATEGORY, chartData, type Series } from './chartData';

export interface ChartSize {
  /** Fixed width for print; omitted on screen (fills the card). */
  width?: number;
  height: number;
}

function Sized({ size, children }: { size: ChartSize; children: ReactElement<{ width?: number; height?: number }> }) {
  if (size.width) return cloneElement(children, { width: size.width, height: size.height });
  return (
    <ResponsiveContainer width="100%" height={size.height}>
      {children}
    </ResponsiveContainer>
  );
}

/**
 * The grid, drawn once the axes have given the chart their settings. recharts draws a grid in the chart's
 * first render with default axes, and thins their ticks by measuring each label in the DOM: in print a
 * forced layout of the whole report, about 70 ms (#13), for lines that the next render redraws anyway.
 */
function GridAfterAxes() {
  const [axesKnown, setAxesKnown] = useState(false);
  // The axes register in their layout effects; this runs beside them, and React draws again before paint.
  useLayoutEffect(() => setAxesKnown(true), []);
  return axesKnown ? <CartesianGrid strokeDasharray="3 3" stroke="#d9dee7" /> : null;
}

export function TableChart({ table, series, size, horizontal = false }: { table: StatTable; series: readonly Series[]; size: ChartSize; horizontal?: boolean }) {
  const animate = !size.width;
  const { series: drawn, percent, points } = chartData(table, series);
  const tick = (v: number) => (percent ? `${formatDecimal(v, 0)} %` : formatInteger(v));
  const tooltip = (v: unknown) => (typeof v === 'number' ? (percent ? `${formatDecimal(v, 1)} %` : formatInteger(v)) : '–');
  // Twelve month names do not fit side by side on A4: "jan", "feb", … (the table keeps the full names).
  const abbreviate = (v: string) => (points.length > 8 ? v.slice(0, 3) : v);
  const categoryAxis = horizontal ? (
    <YAxis type="category" dataKey={CATEGORY} width={190} tick={{ fontSize: 12 }} interval={0} />
  ) : (
    <XAxis dataKey={CATEGORY} tick={{ fontSize: 12 }} interval={0} tickFormatter={abbreviate} />
  );
  // In print every value tick is drawn (they are few and fixed in width): recharts then does not measure each
  // tick's text in the DOM to thin them out, which cost the national evaluation about 170 ms (#13).
  // The right margin in print leaves room for the last tick's text ("100.000").
  const valueInterval = size.width ? 0 : undefined;
  const valueAxis = horizontal ? (
    <XAxis type="number" tickFormatter={tick} allowDecimals={false} interval={valueInterval} />
  ) : (
    <YAxis tickFormatter={tick} allowDecimals={false} width={56} interval={valueInterval} />
  );
  return (
    <Sized size={size}>
      <BarChart data={points} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: size.width ? 28 : 16, bottom: 4, left: 4 }} accessibilityLayer={false} role="presentation">
        <GridAfterAxes />
        {categoryAxis}
        {valueAxis}
        <Tooltip formatter={tooltip} isAnimationActive={animate} />
        {drawn.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
        {drawn.map((s) => (
          <Bar key={s.column} dataKey={s.column} name={s.column} fill={s.color} stackId={s.stack} isAnimationActive={animate} />
        ))}
      </BarChart>
    </Sized>
  );
}
