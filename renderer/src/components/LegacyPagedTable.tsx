// LEGACY: being replaced by PagedTable (route table / TanStack Query rebuild, #14); delete when unused.
// A table over a list that may hold a million rows: the backend filters, sorts and pages in SQL;
// this asks for one window of rows at a time as you scroll, and renders only the visible rows
// (@tanstack/react-virtual), keeping real <table> semantics with spacer rows above and below.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Page } from '../../../shared/caseloadTypes';
import { formatInteger } from '../../../shared/format';
import { errorMessage } from '../api/client';
import { Alert } from './Alert';

const PAGE_SIZE = 100;

export interface Column<T> {
  key: string;
  /** A plain header, or a SortHeader element. */
  header: ReactNode;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

interface Props<T> {
  caption: string;
  columns: ReadonlyArray<Column<T>>;
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>;
  /** When any of these change the list starts over from the top. */
  deps: unknown[];
  empty: string;
  rowHeight?: number;
  maxHeight?: number;
  /** Shown above the table: "123 forløb". */
  countLabel?: (total: number) => string;
}

export function PagedTable<T extends { id: number }>({ caption, columns, fetchPage, deps, empty, rowHeight = 46, maxHeight = 600, countLabel }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<Map<number, T[]>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const inFlight = useRef(new Set<number>());
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  function load(page: number, gen: number) {
    if (inFlight.current.has(page)) return;
    inFlight.current.add(page);
    fetchRef.current(page * PAGE_SIZE, PAGE_SIZE).then(
      (result) => {
        if (gen !== generation.current) return;
        inFlight.current.delete(page);
        setTotal(result.total);
        setError(null);
        setPages((prev) => new Map(prev).set(page, result.rows));
      },
      (err: unknown) => {
        if (gen !== generation.current) return;
        inFlight.current.delete(page);
        setError(errorMessage(err));
      },
    );
  }

  useEffect(() => {
    generation.current += 1;
    inFlight.current = new Set();
    setPages(new Map());
    load(0, generation.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items.length ? Math.floor(items[0].index / PAGE_SIZE) : 0;
  const last = items.length ? Math.floor(items[items.length - 1].index / PAGE_SIZE) : 0;

  useEffect(() => {
    for (let p = first; p <= last; p++) if (!pages.has(p)) load(p, generation.current);
  }, [first, last, pages]);

  const padTop = items.length ? items[0].start : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  return (
    <div className="paged">
      <Alert kind="error">{error}</Alert>
      {total !== null && countLabel ? <p className="muted paged__count">{countLabel(total)}</p> : null}
      <div ref={scrollRef} className="paged__scroll" style={{ maxHeight }}>
        <table className="table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) =>
                typeof c.header === 'string' ? (
                  <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                    {c.header}
                  </th>
                ) : (
                  <FragmentHeader key={c.key}>{c.header}</FragmentHeader>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 ? (
              <tr aria-hidden="true" style={{ height: padTop }}>
                <td colSpan={columns.length} />
              </tr>
            ) : null}
            {items.map((item) => {
              const row = pages.get(Math.floor(item.index / PAGE_SIZE))?.[item.index % PAGE_SIZE];
              return (
                <tr key={row ? row.id : `x${item.index}`} style={{ height: rowHeight }}>
                  {row ? (
                    columns.map((c) => {
                      const content = c.cell(row);
                      // Cells are cut to one line; plain text keeps its whole value as a tooltip.
                      return (
                        <td key={c.key} className={c.numeric ? 'num' : undefined} title={typeof content === 'string' ? content : undefined}>
                          {content}
                        </td>
                      );
                    })
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

/** A SortHeader renders its own <th>. */
function FragmentHeader({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

export const countText = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;
