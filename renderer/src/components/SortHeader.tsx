export interface SortState<K extends string> {
  key: K;
  direction: 'asc' | 'desc';
}

/** A column header that sorts on click (Enter/Space from the keyboard) and tells screen readers how. */
export function SortHeader<K extends string>({
  label,
  column,
  sort,
  onSort,
  numeric,
}: {
  label: string;
  column: K;
  sort: SortState<K>;
  onSort: (s: SortState<K>) => void;
  numeric?: boolean;
}) {
  const active = sort.key === column;
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort"
        onClick={() => onSort({ key: column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
      >
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}
