// The shell shared by the key and the settlement table: one row per municipality (its own row
// highlighted on a statement), a hidden caption, and an "I alt" row.
import type { ReactNode } from 'react';

export interface Column<R> {
  header: ReactNode;
  /** Right-aligned figures. */
  num?: boolean;
  className?: string;
  cell: (row: R) => ReactNode;
  /** The column's cell in the "I alt" row; empty when left out. */
  total?: ReactNode;
}

export function MunicipalityTable<R extends { municipalityId: number; name: string }>({
  caption,
  rows,
  columns,
  highlight,
}: {
  caption: string;
  rows: readonly R[];
  columns: readonly Column<R>[];
  highlight?: number;
}) {
  const cls = (c: Column<R>) => [c.num ? 'num' : '', c.className ?? ''].join(' ').trim() || undefined;
  return (
    <table className="table key-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Kommune</th>
          {columns.map((c, i) => (
            <th key={i} scope="col" className={c.num ? 'num' : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.municipalityId} className={r.municipalityId === highlight ? 'key-table__own' : undefined}>
            <th scope="row">{r.name}</th>
            {columns.map((c, i) => (
              <td key={i} className={cls(c)}>
                {c.cell(r)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">I alt</th>
          {columns.map((c, i) => (
            <td key={i} className={c.total === undefined ? undefined : cls(c)}>
              {c.total}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
