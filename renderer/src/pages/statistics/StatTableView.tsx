// A statistics table as HTML: the dashboard's table view and the printed report use the same rows
// the CSV and the workbook are written from.
import { formatCell, type StatTable } from '../../../../shared/statistics/tables';

export function StatTableView({ table, caption = false }: { table: StatTable; caption?: boolean }) {
  const numeric = table.columns.map((c) => c.format !== 'text');
  return (
    // Focusable and named so a keyboard user can scroll a table wider than its box.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`Tabel: ${table.title}`}>
      <table className="table stat-table" data-table={table.id}>
        <caption className={caption ? 'stat-table__caption' : 'sr-only'}>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={c.label} scope="col" className={numeric[i] ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, ri) => (
            <tr key={ri}>
              {r.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {formatCell(cell, table.columns[i])}
                  </th>
                ) : (
                  <td key={i} className={numeric[i] ? 'num' : undefined}>
                    {formatCell(cell, table.columns[i])}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {table.total ? (
          <tfoot>
            <tr>
              {table.total.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {formatCell(cell, table.columns[i])}
                  </th>
                ) : (
                  <td key={i} className={numeric[i] ? 'num' : undefined}>
                    {cell === null ? '' : formatCell(cell, table.columns[i])}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
      {table.rows.length === 0 ? <p className="empty">Ingen data i året.</p> : null}
    </div>
  );
}
