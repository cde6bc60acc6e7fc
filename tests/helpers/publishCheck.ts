// An independent check of published tables: can any withheld person count be got back as a total
// minus the rest of its row or column, or from a share still shown? Reads only the table definitions.
import type { Cell, StatTable } from '../../shared/statistics/tables';

const raw = (c: Cell | undefined) => (c !== null && c !== undefined && typeof c === 'object' ? c.value : (c ?? null));

export function isPersonCell(t: StatTable, r: number, c: number): boolean {
  const cell = (r === t.rows.length ? t.total : t.rows[r])?.[c];
  if (cell !== null && typeof cell === 'object') return cell?.kind === 'persons';
  return t.columns[c]?.kind === 'persons' && cell !== null && cell !== undefined;
}

/** Every leak found, as readable text (empty when the published tables are safe). */
export function leaks(originals: readonly StatTable[], published: readonly StatTable[]): string[] {
  const out: string[] = [];
  const labelHidden = new Map<string, boolean[]>();
  originals.forEach((t, i) => {
    const p = published[i];
    const grid = t.total ? [...t.rows, t.total] : t.rows;
    const pub = p.total ? [...p.rows, p.total] : p.rows;
    const hidden = (r: number, c: number) => typeof raw(pub[r][c]) === 'string';
    const value = (r: number, c: number) => raw(grid[r][c]);
    grid.forEach((row, r) =>
      row.forEach((cell, c) => {
        const shown = raw(pub[r][c]);
        if (isPersonCell(t, r, c)) {
          if (shown === 1 || shown === 2) out.push(`${t.id}[${r}][${c}] shows ${shown} persons`);
        } else if (!t.columns[c].from && !(cell && typeof cell === 'object' && cell.basis) && JSON.stringify(pub[r][c]) !== JSON.stringify(cell)) {
          out.push(`${t.id}[${r}][${c}] is not a person count but changed`);
        }
      }),
    );
    // A line with a published sum and exactly one withheld count: the difference gives it back.
    const tryLine = (what: string, sum: unknown, cells: [number, number][]) => {
      if (typeof sum !== 'number') return;
      const withheld = cells.filter(([r, c]) => hidden(r, c));
      if (withheld.length !== 1) return;
      const rest = cells.filter(([r, c]) => !hidden(r, c)).reduce((s, [r, c]) => s + (raw(pub[r][c]) as number), 0);
      const [r, c] = withheld[0];
      if (sum - rest === value(r, c)) out.push(`${t.id}[${r}][${c}] = ${what} ${sum} − ${rest}`);
    };
    t.columns.forEach((col, c) => {
      const persons = t.rows.map((_, r) => [r, c] as [number, number]).filter(([r]) => isPersonCell(t, r, c));
      if (col.kind === 'persons' && p.total) tryLine('column total', raw(p.total[c]), persons);
      if (col.sumOf) pub.forEach((_, r) => tryLine('row total', raw(pub[r][c]), col.sumOf!.map((k) => [r, k] as [number, number]).filter(([, k]) => isPersonCell(t, r, k))));
      if (col.from) pub.forEach((_, r) => typeof raw(pub[r][c]) === 'number' && col.from!.some((k) => hidden(r, k)) && out.push(`${t.id}[${r}][${c}] share of a withheld count`));
      if (col.same) t.rows.forEach((row, r) => {
        const key = `${col.same}/${String(raw(row[0]))}`;
        labelHidden.set(key, [...(labelHidden.get(key) ?? []), hidden(r, c)]);
      });
    });
    for (const s of t.sums ?? []) {
      const sumOf = (rows: number[]) => rows.reduce((a, r) => a + ((value(r, s.column) as number) ?? 0), 0);
      const rest = t.rows.map((_, r) => r).filter((r) => !s.rows.includes(r));
      // A sum of 1–2 persons is itself withheld where it is shown (a share's basis, a note's count).
      const total = sumOf(s.rows);
      if (total > 2) tryLine('published sum', total, s.rows.map((r) => [r, s.column] as [number, number]));
      if (p.total && typeof raw(p.total[s.column]) === 'number' && total > 2) tryLine('total minus a published sum', sumOf(rest), rest.map((r) => [r, s.column] as [number, number]));
    }
    grid.forEach((row, r) => {
      const cell = row[0] !== undefined ? row.find((x) => x && typeof x === 'object' && x.basis) : undefined;
      if (cell && typeof cell === 'object' && cell.basis!.some((v) => v === 1 || v === 2) && typeof raw(pub[r][row.indexOf(cell)]) === 'number')
        out.push(`${t.id}[${r}] ratio of 1–2 persons shown`);
    });
  });
  for (const [key, states] of labelHidden) if (states.some(Boolean) && !states.every(Boolean)) out.push(`${key} withheld in one table, shown in another`);
  return out;
}
