// A statistics table's chart, as CHARTS (chartSpecs.ts) describes it.
import type { StatTable } from '../../../../shared/statistics/tables';
import { CHARTS } from './chartSpecs';
import { TableChart, type ChartSize } from './TableChart';

export function ChartFor({ table, size }: { table: StatTable; size?: Partial<ChartSize> }) {
  const spec = CHARTS[table.id];
  if (!spec) return null;
  return <TableChart table={table} series={spec.series(table)} horizontal={spec.horizontal} size={{ height: size?.height ?? spec.height, width: size?.width }} />;
}
