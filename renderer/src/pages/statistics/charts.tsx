// Which chart each statistics table gets. The dashboard and the printed report both use this list.
import { CONTACT_TYPE_KEYS } from '../../../../shared/caseload';
import type { StatTable, TableId } from '../../../../shared/statistics/tables';
import { PALETTE, TableChart, type ChartSize, type Series } from './TableChart';

interface ChartSpec {
  series: (t: StatTable) => Series[];
  horizontal?: boolean;
  wide?: boolean;
  height: number;
}

const one = (column: number, color = PALETTE[0]) => () => [{ column, color }];

/** Tables with a chart, in the order they are shown. The key-figure, key and survey tables are shown as tables. */
export const CHARTS: Partial<Record<TableId, ChartSpec>> = {
  samtaler_maaned: { series: () => CONTACT_TYPE_KEYS.map((_, i) => ({ column: i + 1, color: PALETTE[i], stack: 'type' })), wide: true, height: 280 },
  samtaler_type: { series: one(1), horizontal: true, wide: true, height: 240 },
  personer_kommune: {
    // Reach when the year has a key and no mentor/education filter; persons otherwise.
    series: (t) => (t.rows.some((r) => r[4] !== null) ? [{ column: 4, color: PALETTE[0] }] : [{ column: 2, color: PALETTE[0] }]),
    horizontal: true,
    wide: true,
    height: 300,
  },
  vaerdi: { series: () => [{ column: 2, color: PALETTE[5] }, { column: 4, color: PALETTE[1] }], horizontal: true, wide: true, height: 380 },
  mentorer: { series: () => [{ column: 2, color: PALETTE[0] }, { column: 1, color: PALETTE[7] }], height: 240 },
  // Reach by phase when the key has counts per phase; persons otherwise.
  personer_fase: { series: (t) => (t.rows.some((r) => r[4] != null) ? [{ column: 4, color: PALETTE[2] }] : [{ column: 1, color: PALETTE[2] }]), horizontal: true, height: 200 },
  personer_uddannelse: { series: one(1, PALETTE[4]), horizontal: true, height: 200 },
  temaer: { series: one(1, PALETTE[3]), horizontal: true, height: 340 },
  henvisninger: { series: one(1, PALETTE[6]), horizontal: true, height: 220 },
  udfald: { series: one(1, PALETTE[2]), horizontal: true, height: 260 },
};

export function ChartFor({ table, size }: { table: StatTable; size?: Partial<ChartSize> }) {
  const spec = CHARTS[table.id];
  if (!spec) return null;
  return <TableChart table={table} series={spec.series(table)} horizontal={spec.horizontal} size={{ height: size?.height ?? spec.height, width: size?.width }} />;
}
