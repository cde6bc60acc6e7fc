// A bar chart drawn from a statistics table's own rows, so a chart can never show other numbers
// than its table. On screen it fills its card; in print it has a fixed size and no animation
// (recharts does not resize for print).
import { cloneElement, type ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDecimal, formatInteger } from '../../../../shared/format';
import { cellParts, formatCell, type StatTable } from '../../../../shared/statistics/tables';

export interface Series {
  /** Index of the table column to draw. */
  column: number;
  color: string;
  /** Series with the same stack id are stacked. */
  stack?: string;
}

export interface ChartSize {
  /** Fixed width for print; omitted on screen (fills the card). */
  width?: number;
  height: number;
}

export const PALETTE = ['#1f5fa8', '#f0a500', '#2e9e6a', '#b54708', '#7a4fb5', '#0f8a9d', '#c23b6b', '#5b6474'];

function Sized({ size, children }: { size: ChartSize; children: ReactElement<{ width?: number; height?: number }> }) {
  if (size.width) return cloneElement(children, { width: size.width, height: size.height });
  return (
    <ResponsiveContainer width="100%" height={size.height}>
      {children}
    </ResponsiveContainer>
  );
}

export function TableChart({ table, series, size, horizontal = false }: { table: StatTable; series: readonly Series[]; size: ChartSize; horizontal?: boolean }) {
  const animate = !size.width;
  const columns = series.map((s) => table.columns[s.column]);
  const percent = columns.every((c) => c.format === 'percent');
  // Only rows whose cells have the column's own format (the outcome table's retention row is a rate, not a count).
  const rows = table.rows.filter((r) => series.every((s) => cellParts(r[s.column], table.columns[s.column]).format === table.columns[s.column].format));
  const data = rows.map((r) => {
    const point: Record<string, string | number | null> = { name: formatCell(r[0], table.columns[0]) };
    series.forEach((s) => {
      const v = cellParts(r[s.column], table.columns[s.column]).value;
      point[table.columns[s.column].label] = typeof v === 'number' ? (percent ? Math.round(v * 1000) / 10 : v) : null;
    });
    return point;
  });
  const tick = (v: number) => (percent ? `${formatDecimal(v, 0)} %` : formatInteger(v));
  const tooltip = (v: unknown) => (typeof v === 'number' ? (percent ? `${formatDecimal(v, 1)} %` : formatInteger(v)) : '–');
  // Twelve month names do not fit side by side on A4: "jan", "feb", … (the table keeps the full names).
  const abbreviate = (v: string) => (data.length > 8 ? v.slice(0, 3) : v);
  const categoryAxis = horizontal ? (
    <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12 }} interval={0} />
  ) : (
    <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} tickFormatter={abbreviate} />
  );
  const valueAxis = horizontal ? <XAxis type="number" tickFormatter={tick} allowDecimals={false} /> : <YAxis tickFormatter={tick} allowDecimals={false} width={56} />;
  return (
    <Sized size={size}>
      <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#d9dee7" />
        {categoryAxis}
        {valueAxis}
        <Tooltip formatter={tooltip} isAnimationActive={animate} />
        {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
        {series.map((s) => (
          <Bar key={s.column} dataKey={table.columns[s.column].label} fill={s.color} stackId={s.stack} isAnimationActive={animate} />
        ))}
      </BarChart>
    </Sized>
  );
}
