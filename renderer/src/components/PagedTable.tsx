// A table over a list that may hold a million rows: the backend filters, sorts and pages in SQL;
// this reads the pages under the visible rows (each page a query, so writes invalidate them) and
// renders only the visible rows (@tanstack/react-virtual), keeping real <table> semantics.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { Page } from '../../../shared/caseloadTypes';
import { errorMessage } from '../api/client';
import { PAGE_SIZE, useApiPageWindow, type PagedFilter, type RowOf } from '../api/queries';
import { Alert } from './Alert';
import { RowCells, TableHead, type Column, type TableSort } from './DataTable';

type PagedMethod = Parameters<typeof useApiPageWindow>[0];

interface Props<M extends PagedMethod, K extends string> {
  caption: string;
  method: M;
  /** The list's filter and sort; rows start over from the top when it changes. */
  filter: PagedFilter<M>;
  columns: ReadonlyArray<Column<RowOf<M>>>;
  sort?: TableSort<K>;
  empty: string;
  rowHeight?: number;
  maxHeight?: number;
  /** Shown above the table: "123 forløb". */
  countLabel?: (total: number) => string;
}

export function PagedTable<M extends PagedMethod, K extends string = string>({ caption, method, filter, columns, sort, empty, rowHeight = 46, maxHeight = 600, countLabel }: Props<M, K>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The total comes with every page; until the first answer the list is empty. It is state, not a ref:
  // the virtualizer sizes the list from it, so its arrival must render again (or no rows show).
  const [total, setTotal] = useState<number | null>(null);

  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [filterKey]);

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const firstPage = items.length ? Math.floor(items[0].index / PAGE_SIZE) : 0;
  const lastPage = items.length ? Math.floor(items[items.length - 1].index / PAGE_SIZE) : 0;
  const pageNumbers = Array.from({ length: lastPage - firstPage + 1 }, (_, i) => firstPage + i);
  const results = useApiPageWindow(method, filter, pageNumbers);

  const pages = new Map<number, Page<RowOf<M>>>();
  results.forEach((r, i) => r.data && pages.set(pageNumbers[i], r.data as Page<RowOf<M>>));
  const failed = results.find((r) => r.error)?.error;
  const answered = results.find((r) => r.data && !r.isPlaceholderData)?.data as Page<RowOf<M>> | undefined;
  const answeredTotal = answered?.total;
  useEffect(() => {
    if (answeredTotal !== undefined) setTotal(answeredTotal);
  }, [answeredTotal]);

  const padTop = items.length ? items[0].start : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  return (
    <div className="paged">
      <Alert kind="error">{failed ? errorMessage(failed) : null}</Alert>
      {total !== null && countLabel ? <p className="muted paged__count">{countLabel(total)}</p> : null}
      {/* Keyboard users scroll the list with the arrow keys once it has focus. */}
      <div ref={scrollRef} className="paged__scroll" style={{ maxHeight }} tabIndex={0} role="region" aria-label={caption}>
        <table className="table">
          <caption className="sr-only">{caption}</caption>
          <TableHead columns={columns} sort={sort} />
          <tbody>
            {padTop > 0 ? (
              <tr aria-hidden="true" style={{ height: padTop }}>
                <td colSpan={columns.length} />
              </tr>
            ) : null}
            {items.map((item) => {
              const row = pages.get(Math.floor(item.index / PAGE_SIZE))?.rows[item.index % PAGE_SIZE];
              return (
                <tr key={item.index} style={{ height: rowHeight }}>
                  {row ? (
                    <RowCells columns={columns} row={row} titles />
                  ) : (
                    <td colSpan={columns.length} className="muted">
                      Indlæser …
                    </td>
                  )}
                </tr>
              );
            })}
            {padBottom > 0 ? (
              <tr aria-hidden="true" style={{ height: padBottom }}>
                <td colSpan={columns.length} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {total === 0 ? <p className="empty">{empty}</p> : null}
    </div>
  );
}
