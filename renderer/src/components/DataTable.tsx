// The one table: one Column<T> for every list in the app, sortable headers that tell screen readers
// how they sort, an optional row header and "I alt" row. PagedTable shows the same columns over a
// list the backend pages.
import type { ReactNode } from 'react';
import { formatInteger } from '../../../shared/format';
import { SortHeader, type SortState } from './SortHeader';

export interface Column<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
  className?: string;
  /** This column names the row (<th scope="row">). */
  rowHeader?: boolean;
  /** Sorting on this column: the key the backend or the caller sorts by. */
  sortKey?: string;
  /** The column's cell in the "I alt" row; empty when left out. */
  total?: ReactNode;
}

export interface TableSort<K extends string> {
  state: SortState<K>;
  onSort: (s: SortState<K>) => void;
}

export const cellClass = <T,>(c: Column<T>): string | undefined => [c.numeric ? 'num' : '', c.className ?? ''].join(' ').trim() || undefined;

export function TableHead<T, K extends string>({ columns, sort }: { columns: ReadonlyArray<Column<T>>; sort?: TableSort<K> }) {
  return (
    <thead>
      <tr>
        {columns.map((c) =>
          sort && c.sortKey && typeof c.header === 'string' ? (
            <SortHeader key={c.key} label={c.header} column={c.sortKey as K} sort={sort.state} onSort={sort.onSort} numeric={c.numeric} />
          ) : (
            <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
              {c.header}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

export function RowCells<T>({ columns, row, titles = false }: { columns: ReadonlyArray<Column<T>>; row: T; titles?: boolean }) {
  return (
    <>
      {columns.map((c) => {
        const content = c.cell(row);
        // In one-line lists plain text keeps its whole value as a tooltip.
        const title = titles && typeof content === 'string' ? content : undefined;
        return c.rowHeader ? (
          <th key={c.key} scope="row" className={cellClass(c)} title={title}>
            {content}
          </th>
        ) : (
          <td key={c.key} className={cellClass(c)} title={title}>
            {content}
          </td>
        );
      })}
    </>
  );
}

export function DataTable<T, K extends string = string>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  sort,
  className = 'table',
  rowClassName,
  totalLabel,
}: {
  caption: string;
  columns: ReadonlyArray<Column<T>>;
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** Shown instead of the table when there are no rows. */
  empty?: string;
  sort?: TableSort<K>;
  className?: string;
  rowClassName?: (row: T) => string | undefined;
  /** Adds an "I alt" row with each column's `total`. */
  totalLabel?: string;
}) {
  if (rows.length === 0 && empty) return <p className="empty">{empty}</p>;
  return (
    <table className={className}>
      <caption className="sr-only">{caption}</caption>
      <TableHead columns={columns} sort={sort} />
      <tbody>
        {rows.map((r) => (
          <tr key={rowKey(r)} className={rowClassName?.(r)}>
            <RowCells columns={columns} row={r} />
          </tr>
        ))}
      </tbody>
      {totalLabel ? (
        <tfoot>
          <tr>
            {columns.map((c, i) =>
              i === 0 ? (
                <th key={c.key} scope="row">
                  {totalLabel}
                </th>
              ) : (
                <td key={c.key} className={c.total === undefined ? undefined : cellClass(c)}>
                  {c.total}
                </td>
              ),
            )}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

export const countText = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;
