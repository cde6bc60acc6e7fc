// A table over a list that may hold a million rows: the backend filters, sorts and pages in SQL;
// this reads the pages under the visible rows (each page a query, so writes invalidate them) and
// renders only the visible rows, keeping real <table> semantics (aria-rowcount/-rowindex give the
// whole list's size). Rows have one fixed height, so the window is plain arithmetic (scrollScale.ts)
// rather than a virtualizer: it must also scale a list taller than the browser's maximum height.
import { useEffect, useRef, useState } from 'react';
import type { Page } from '../../../shared/caseloadTypes';
import { errorMessage } from '../api/client';
import { PAGE_SIZE, useApiPageWindow, type PagedFilter, type RowOf } from '../api/queries';
import { Alert } from './Alert';
import { GoToRow } from './GoToRow';
import { useScaledScroll } from './useScaledScroll';
import { RowCells, TableHead, type Column, type TableSort } from './DataTable';

/** Lists from this long get a "Gå til række" field. */
const GOTO_FROM = 1000;

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
  // the row window is sized from it, so its arrival must render again (or no rows show).
  const [total, setTotal] = useState<number | null>(null);

  const scroll = useScaledScroll(scrollRef, total ?? 0, rowHeight, maxHeight);
  const { reset } = scroll;
  const filterKey = JSON.stringify(filter);
  useEffect(() => reset(), [filterKey, reset]);

  const { first, last, padTop, padBottom } = scroll.rowWindow;
  const firstPage = Math.floor(first / PAGE_SIZE);
  const lastPage = last >= first ? Math.floor(last / PAGE_SIZE) : firstPage;
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

  const indexes = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);

  return (
    <div className="paged">
      <Alert kind="error">{failed ? errorMessage(failed) : null}</Alert>
      <div className="paged__bar">
        {total !== null && countLabel ? <p className="muted paged__count">{countLabel(total)}</p> : null}
        {total !== null && total >= GOTO_FROM ? <GoToRow total={total} onGo={scroll.scrollToRow} /> : null}
      </div>
      {/* Keyboard users scroll the list with the arrow keys once it has focus. */}
      <div
        ref={scrollRef}
        className="paged__scroll"
        style={{ maxHeight }}
        tabIndex={0}
        role="region"
        aria-label={caption}
        onScroll={scroll.onScroll}
        onKeyDown={scroll.onKeyDown}
      >
        <table className="table" aria-rowcount={total === null ? undefined : total + 1}>
          <caption className="sr-only">{caption}</caption>
          <TableHead columns={columns} sort={sort} />
          <tbody>
            {padTop > 0 ? (
              <tr aria-hidden="true" style={{ height: padTop }}>
                <td colSpan={columns.length} />
              </tr>
            ) : null}
            {indexes.map((index) => {
              const row = pages.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE];
              return (
                // Row 1 is the header row.
                <tr key={index} aria-rowindex={index + 2} style={{ height: rowHeight }}>
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
