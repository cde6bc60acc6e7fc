// A statistics table as HTML: the dashboard's table view and the printed report use the same rows
// the CSV and the workbook are written from, shown by the one DataTable. On screen a wide table
// scrolls inside a region that takes keyboard focus, so it can be scrolled without a mouse.
import { formatCell, type Cell, type StatTable } from '../../../../shared/statistics/tables';
import { DataTable, type Column } from '../../components/DataTable';

interface StatRow {
  index: number;
  cells: Cell[];
}

/** The table's columns as DataTable columns, each cell found by its column's position in the table itself. */
export function statColumns(table: StatTable): Column<StatRow>[] {
  return table.columns.map((c, i) => ({
    key: `${i}:${c.label}`,
    header: c.label,
    cell: (row) => formatCell(row.cells[i], c),
    numeric: c.format !== 'text',
    rowHeader: i === 0,
    total: table.total && table.total[i] !== null ? formatCell(table.total[i], c) : undefined,
  }));
}

export function StatTableView({ table, scrollable = true }: { table: StatTable; scrollable?: boolean }) {
  const rows = table.rows.map((cells, index) => ({ index, cells }));
  const totalLabel = table.total ? formatCell(table.total[0], table.columns[0]) : undefined;
  const grid = (
    <DataTable caption={table.title} columns={statColumns(table)} rows={rows} rowKey={(r) => r.index} empty="Ingen data i året." className="table stat-table" totalLabel={totalLabel} />
  );
  if (!scrollable || rows.length === 0) return grid;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`Tabel: ${table.title}`}>
      {grid}
    </div>
  );
}
