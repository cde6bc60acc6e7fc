// Small-number protection for every table that leaves the app (workbook, CSV, the printed report, a
// chart's CSV or copy). Primary: a person count of 1–2 is shown as "<3". Secondary: where a total (a
// total row, a row-total column or another published sum) would give a withheld count back as the
// total minus the rest, the next-smallest count of that line is withheld too (".."), until no line
// has exactly one withheld count. A share or index computed from a withheld count is withheld ("..").
// Totals stay true (but for a total of 1–2 persons, and a total that would give one back). The dashboard on screen shows the true tables (statisticsTables).
import { SMALL_NUMBERS_RULE, SUPPRESSED_COUNT, SUPPRESSED_SHARE, isSmall } from './smallNumbers';
import type { Cell, StatTable } from './tables';

type Pos = readonly [row: number, col: number];

interface State {
  t: StatTable;
  /** The rows, then the total row (if any) at index t.rows.length. */
  grid: Cell[][];
  hidden: boolean[][];
}

const raw = (c: Cell | undefined) => (c !== null && c !== undefined && typeof c === 'object' ? c.value : (c ?? null));

function isPersons(s: State, r: number, c: number): boolean {
  const cell = s.grid[r][c];
  if (cell !== null && typeof cell === 'object') return cell.kind === 'persons';
  return s.t.columns[c]?.kind === 'persons' && cell !== null;
}

/** A count already withheld upstream (the follow-up tables publish their own cells) or of 1–2 persons. */
function primary(s: State, r: number, c: number): boolean {
  if (!isPersons(s, r, c)) return false;
  const v = raw(s.grid[r][c]);
  return typeof v === 'string' || isSmall(v);
}

function init(t: StatTable): State {
  const grid = t.total ? [...t.rows, t.total] : [...t.rows];
  const s: State = { t, grid, hidden: [] };
  s.hidden = grid.map((row, r) => row.map((_, c) => primary(s, r, c)));
  return s;
}

/** Person counts whose sum is published (in `sum`, or elsewhere): no line may hold exactly one withheld count. */
interface Line {
  cells: Pos[];
  sum: Pos | null;
  /** The total-row cell that publishes this line's sum; withheld when no count of the line can be. */
  via?: Pos;
}

function lines(s: State): Line[] {
  const { t, grid, hidden } = s;
  const n = t.rows.length;
  const counted = (cells: Pos[]) => cells.filter(([r, c]) => isPersons(s, r, c));
  const shown = (r: number, c: number) => typeof raw(grid[r]?.[c]) === 'number' && !hidden[r][c];
  const out: Line[] = [];
  t.columns.forEach((col, c) => {
    if (col.kind === 'persons' && t.total && shown(n, c)) out.push({ cells: counted(t.rows.map((_, r) => [r, c] as const)), sum: [n, c] });
    if (col.sumOf) {
      const parts = col.sumOf;
      grid.forEach((_, r) => {
        if (shown(r, c)) out.push({ cells: counted(parts.map((k) => [r, k] as const)), sum: [r, c] });
      });
    }
  });
  for (const sum of t.sums ?? []) {
    const via = sum.via !== undefined && t.total && shown(n, sum.via) ? ([n, sum.via] as const) : undefined;
    if (sum.via !== undefined && !via) continue; // the sum is no longer published
    out.push({ cells: counted(sum.rows.map((r) => [r, sum.column] as const)), sum: null, via });
    // With the column's total shown, the other rows' sum is known too.
    if (t.total && shown(n, sum.column)) out.push({ cells: counted(t.rows.flatMap((_, r) => (sum.rows.includes(r) ? [] : [[r, sum.column] as const]))), sum: null, via });
  }
  return out;
}

/** Withholds a second count in each line with exactly one withheld; true when anything changed. */
function secondary(s: State): boolean {
  let changed = false;
  for (let again = true; again; ) {
    again = false;
    const all = lines(s);
    // A count that is a published sum on its own cannot be hidden; withholding it would protect nothing.
    const pinned = new Set(all.filter((l) => l.cells.length === 1 && !l.sum).map(({ cells: [[r, c]] }) => `${r},${c}`));
    for (const { cells: line, sum, via } of all) {
      if (line.filter(([r, c]) => s.hidden[r][c]).length !== 1) continue;
      // The smallest count above zero, else a zero; a total only to guard a total of 1–2 in the total row.
      const n = s.t.rows.length;
      const inTotalRow = line.every(([r]) => r === n);
      const candidates = line.filter(([r, c]) => !s.hidden[r][c] && (r < n || inTotalRow) && typeof raw(s.grid[r][c]) === 'number' && !pinned.has(`${r},${c}`));
      const value = ([r, c]: Pos) => raw(s.grid[r][c]) as number;
      // No count to take: withhold the row's own total instead (a question's answers, never the total row).
      const fallback = sum && sum[0] < n && !pinned.has(`${sum[0]},${sum[1]}`) ? [sum] : [];
      const pick = [...(candidates.length ? candidates : fallback)].sort((a, b) => (value(a) > 0 ? 0 : 1) - (value(b) > 0 ? 0 : 1) || value(a) - value(b))[0];
      if (!pick) {
        // Nothing in the line can go (e.g. one municipality outside the key): the sum itself is withheld.
        if (via && !s.hidden[via[0]][via[1]]) s.hidden[via[0]][via[1]] = again = changed = true;
        continue;
      }
      s.hidden[pick[0]][pick[1]] = true;
      again = changed = true;
    }
  }
  return changed;
}

/** A count withheld in one table is withheld in every table that shows the same figure (Column.same). */
function link(states: State[]): boolean {
  const withheld = new Set<string>();
  const each = (f: (s: State, r: number, c: number, key: string) => void) => {
    for (const s of states)
      s.t.columns.forEach((col, c) => {
        if (col.same) s.t.rows.forEach((row, r) => f(s, r, c, `${col.same}\u0000${String(raw(row[0]))}`));
      });
  };
  each((s, r, c, key) => {
    if (s.hidden[r][c]) withheld.add(key);
  });
  let changed = false;
  each((s, r, c, key) => {
    if (withheld.has(key) && !s.hidden[r][c] && isPersons(s, r, c)) s.hidden[r][c] = changed = true;
  });
  return changed;
}

function output(s: State): StatTable {
  const { t } = s;
  const derivedHidden = (r: number, c: number) => {
    const cell = s.grid[r][c];
    if (cell !== null && typeof cell === 'object' && cell.basis?.some((v) => isSmall(v))) return true;
    return t.columns[c]?.from?.some((k) => s.hidden[r][k]) ?? false;
  };
  const grid = s.grid.map((row, r) =>
    row.map((cell, c): Cell => {
      const v = raw(cell);
      if (s.hidden[r][c]) return typeof v === 'string' ? v : isPersons(s, r, c) && isSmall(v) ? SUPPRESSED_COUNT : SUPPRESSED_SHARE;
      if (v !== null && typeof v !== 'string' && derivedHidden(r, c)) return SUPPRESSED_SHARE;
      return cell;
    }),
  );
  const guarded = s.grid.some((row, r) => row.some((cell, c) => isPersons(s, r, c) || (cell !== null && typeof cell === 'object' && cell.basis)));
  const note = guarded && !t.note?.includes(SMALL_NUMBERS_RULE) ? [t.note, SMALL_NUMBERS_RULE].filter(Boolean).join(' ') : t.note;
  return { ...t, rows: grid.slice(0, t.rows.length), total: t.total ? grid[t.rows.length] : null, note };
}

/** The tables as published: all at once, so a figure shown in two tables is withheld in both. */
export function publishTables(tables: readonly StatTable[]): StatTable[] {
  const states = tables.map(init);
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of states) if (secondary(s)) changed = true;
    if (link(states)) changed = true;
  }
  return states.map(output);
}

/** One table as published (a chart's CSV); prefer publishTables for a whole report. */
export const publishTable = (table: StatTable): StatTable => publishTables([table])[0];
