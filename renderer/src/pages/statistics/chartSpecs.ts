// Which chart each statistics table gets, its series named by column label. The dashboard and the
// printed report both use this list.
import { CONTACT_TYPES } from '../../../../shared/caseload';
import { COUNTED_CONTACT_TYPE_KEYS } from '../../../../shared/statistics/definitions';
import { tableSummary, type StatTable, type TableId } from '../../../../shared/statistics/tables';
import { chartSummary, hasValues, type Series } from './chartData';

export const PALETTE = ['#1f5fa8', '#f0a500', '#2e9e6a', '#b54708', '#7a4fb5', '#0f8a9d', '#c23b6b', '#5b6474'];

export interface ChartSpec {
  series: (t: StatTable) => Series[];
  horizontal?: boolean;
  wide?: boolean;
  height: number;
}

const one = (column: string, color = PALETTE[0]) => () => [{ column, color }];
/** Reach where the table has it (a key for the year, no mentor or education filter); persons otherwise. */
const reachOrPersons = (color: string) => (t: StatTable) => [{ column: hasValues(t, 'Rækkevidde') ? 'Rækkevidde' : 'Personer', color }];

/** Tables with a chart, in the order they are shown. The key-figure, key and survey tables are shown as tables. */
export const CHARTS: Partial<Record<TableId, ChartSpec>> = {
  samtaler_maaned: { series: () => COUNTED_CONTACT_TYPE_KEYS.map((k, i) => ({ column: CONTACT_TYPES[k], color: PALETTE[i], stack: 'type' })), wide: true, height: 280 },
  samtaler_type: { series: one('Samtaler'), horizontal: true, wide: true, height: 240 },
  personer_kommune: { series: reachOrPersons(PALETTE[0]), horizontal: true, wide: true, height: 300 },
  vaerdi: {
    series: () => [
      { column: 'Andel af udgiften', color: PALETTE[5] },
      { column: 'Andel af personerne', color: PALETTE[1] },
    ],
    horizontal: true,
    wide: true,
    height: 380,
  },
  mentorer: {
    series: () => [
      { column: 'Åbne forløb', color: PALETTE[0] },
      { column: 'Kapacitet', color: PALETTE[7] },
    ],
    height: 240,
  },
  personer_fase: { series: reachOrPersons(PALETTE[2]), horizontal: true, height: 200 },
  personer_uddannelse: { series: one('Personer', PALETTE[4]), horizontal: true, height: 200 },
  temaer: { series: one('Samtaler', PALETTE[3]), horizontal: true, height: 340 },
  henvisninger: { series: one('Henvisninger', PALETTE[6]), horizontal: true, height: 220 },
  udfald: { series: one('Forløb', PALETTE[2]), horizontal: true, height: 260 },
};

/** The text alternative of a table's chart (the table itself when it has no chart). */
export function chartText(table: StatTable): string {
  const spec = CHARTS[table.id];
  return spec ? chartSummary(table, spec.series(table)) : tableSummary(table);
}

/** A bar lying down needs this much height per row to label every row (px). */
const PRINT_ROW_HEIGHT = 18;
/** The most rows a lying chart prints with: 40 rows (770 px) fit on an A4 page with their heading. */
export const PRINT_CHART_MAX_ROWS = 40;

/**
 * The printed chart's height, or null when the report prints the table alone: a chart of 98
 * municipalities or 250 mentors would be taller than the page (cut off, and most of the report's
 * render time), and its table holds every figure anyway.
 */
export function printChartHeight(table: StatTable): number | null {
  const spec = CHARTS[table.id];
  if (!spec || table.rows.length === 0) return null;
  const compact = Math.min(spec.height, 240);
  if (!spec.horizontal) return compact;
  return table.rows.length > PRINT_CHART_MAX_ROWS ? null : Math.max(compact, table.rows.length * PRINT_ROW_HEIGHT + 50);
}
