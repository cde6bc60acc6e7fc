// What a chart draws, taken from its statistics table by column NAME: reordering or adding a table's
// columns can never make a chart draw (or label) another column than the one it asked for.
import { cellParts, formatCell, tableSummary, type Cell, type StatTable } from '../../../../shared/statistics/tables';

export interface Series {
  /** The table column to draw, by its label. */
  column: string;
  color: string;
  /** Series with the same stack id are stacked. */
  stack?: string;
}

/** The data key of a point's category (row name); no column is called this. */
export const CATEGORY = '__category';

export type ChartPoint = Record<string, string | number | null>;

export interface ChartData {
  /** The series that name a column of the table, in the order asked for. */
  series: Series[];
  /** All drawn columns are percentages (drawn in points, 0–100). */
  percent: boolean;
  points: ChartPoint[];
}

export const columnIndex = (table: StatTable, name: string): number => table.columns.findIndex((c) => c.label === name);

/** The cells of a named column (empty when the table has no such column). */
export function columnCells(table: StatTable, name: string): Cell[] {
  const i = columnIndex(table, name);
  return i < 0 ? [] : table.rows.map((r) => r[i]);
}

export const hasValues = (table: StatTable, name: string): boolean => columnCells(table, name).some((c) => c !== null && c !== undefined);

export function chartData(table: StatTable, wanted: readonly Series[]): ChartData {
  const drawn = wanted.map((s) => ({ s, i: columnIndex(table, s.column) })).filter(({ i }) => i > 0);
  const percent = drawn.length > 0 && drawn.every(({ i }) => table.columns[i].format === 'percent');
  // Only rows whose cells have the column's own format (the outcome table's retention row is a rate, not a count).
  const rows = table.rows.filter((r) => drawn.every(({ i }) => cellParts(r[i], table.columns[i]).format === table.columns[i].format));
  const points = rows.map((r) => {
    const point: ChartPoint = { [CATEGORY]: formatCell(r[0], table.columns[0]) };
    for (const { s, i } of drawn) {
      const v = cellParts(r[i], table.columns[i]).value;
      point[s.column] = typeof v === 'number' ? (percent ? Math.round(v * 1000) / 10 : v) : null;
    }
    return point;
  });
  return { series: drawn.map(({ s }) => s), percent, points };
}

/** The chart's text alternative: the table's summary over the row names and the drawn columns only. */
export function chartSummary(table: StatTable, wanted: readonly Series[]): string {
  const keep = [0, ...wanted.map((s) => columnIndex(table, s.column)).filter((i) => i > 0)];
  const pick = (row: Cell[]) => keep.map((i) => row[i]);
  return tableSummary({ ...table, columns: keep.map((i) => table.columns[i]), rows: table.rows.map(pick), total: table.total ? pick(table.total) : null });
}
