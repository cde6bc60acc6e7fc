// Small-number protection of published tables: primary and secondary suppression, checked by hand
// and on random tables, and the demo corps' workbook and CSV.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishTable, publishTables } from '../../shared/statistics/publish';
import { SMALL_NUMBERS_RULE } from '../../shared/statistics/smallNumbers';
import { statisticsTables, type Cell, type Column, type StatTable } from '../../shared/statistics/tables';
import { isPersonCell, leaks } from '../helpers/publishCheck';
import { makeBackend } from '../helpers/backend';

const P = (label: string): Column => ({ label, format: 'int', kind: 'persons' });
const table = (columns: Column[], rows: Cell[][], total: Cell[] | null, extra: Partial<StatTable> = {}): StatTable => ({
  id: 'personer_kommune',
  title: 'T',
  sheetName: 'T',
  columns,
  rows,
  total,
  note: null,
  ...extra,
});

describe('publishTable', () => {
  it('withholds 1–2 persons and the next-smallest count of the same column, keeping the total', () => {
    const t = table([{ label: 'Kommune', format: 'text' }, P('Personer')], [['A', 1], ['B', 5], ['C', 7], ['D', 20]], ['I alt', 33]);
    const p = publishTable(t);
    expect(p.rows).toEqual([['A', '<3'], ['B', '..'], ['C', 7], ['D', 20]]);
    expect(p.total).toEqual(['I alt', 33]);
    expect(p.note).toBe(SMALL_NUMBERS_RULE);
    expect(leaks([t], [p])).toEqual([]);
    // Without secondary suppression the checker finds the leak (33 − 5 − 7 − 20 = 1).
    expect(leaks([t], [{ ...t, rows: [['A', '<3'], ['B', 5], ['C', 7], ['D', 20]] }])).toHaveLength(1);
  });

  it('protects row totals and column totals together, iterating until stable', () => {
    const cols = [{ label: 'X', format: 'text' as const }, P('a'), P('b'), { ...P('n'), sumOf: [1, 2] }];
    const t = table(cols, [['A', 1, 10, 11], ['B', 5, 6, 11], ['C', 8, 9, 17]], ['I alt', 14, 25, 39]);
    const p = publishTable(t);
    expect(p.rows[0].slice(1, 3)).toEqual(['<3', '..']);
    expect(p.total).toEqual(['I alt', 14, 25, 39]);
    expect(leaks([t], [p])).toEqual([]);
  });

  it('leaves contacts, hours and money as they are, and withholds shares of withheld counts', () => {
    const cols = [{ label: 'X', format: 'text' as const }, { label: 'Samtaler', format: 'int' as const }, P('Personer'), { label: 'Andel', format: 'percent' as const, from: [2] }];
    const t = table(cols, [['A', 1, 2, 0.1], ['B', 2, 9, 0.45], ['C', 1, 9, 0.45]], ['I alt', 4, 20, 1]);
    const p = publishTable(t);
    expect(p.rows.map((r) => r[1])).toEqual([1, 2, 1]);
    expect(p.rows.map((r) => r.slice(2))).toEqual([['<3', '..'], ['..', '..'], [9, 0.45]]);
    expect(leaks([t], [p])).toEqual([]);
  });

  it('leaves a table without person counts alone, note included', () => {
    const t = table([{ label: 'Type', format: 'text' }, { label: 'Samtaler', format: 'int' }], [['A', 1], ['B', 2]], ['I alt', 3]);
    expect(publishTable(t)).toEqual(t);
  });

  it('withholds the total reach when one municipality outside the key has 1–2 persons (total minus key persons)', () => {
    const cols = [{ label: 'K', format: 'text' as const }, { label: 'Kode', format: 'text' as const }, P('Personer'), { label: 'Elevtal', format: 'int' as const }, { label: 'Rækkevidde', format: 'percent' as const, from: [2] }];
    // A and B are in the key (students known); C is not, with 1 person. Key persons = 0.1 × 300 = 30 = 33 − 3.
    const t = table(cols, [['A', '1', 10, 100, 0.1], ['B', '2', 20, 200, 0.1], ['C', '3', 1, null, null]], ['I alt', null, 31, 300, 0.1], {
      sums: [{ column: 2, rows: [0, 1], via: 4 }],
    });
    const p = publishTable(t);
    expect(p.rows[2][2]).toBe('<3');
    expect(p.total![4]).toBe('..');
    expect(p.total![2]).toBe(31);
  });

  it('guards published sums over some rows and figures shown in two tables', () => {
    const cols = [{ label: 'K', format: 'text' as const }, { ...P('Personer'), same: 'k' }];
    // Municipalities A–C are in the key: the total reach gives their sum, so D + E is known too.
    const rows: Cell[][] = [['A', 1], ['B', 40], ['C', 30], ['D', 6], ['E', 5]];
    const big = table(cols, rows, ['I alt', 82], { sums: [{ column: 1, rows: [0, 1, 2] }] });
    expect(publishTable(big).rows.map((r) => r[1])).toEqual(['<3', 40, '..', '..', '..']);
    const small = table(cols, [rows[0], rows[3], rows[4]], ['I alt', 12], { id: 'vaerdi' });
    const [p1, p2] = publishTables([big, small]);
    expect(leaks([big, small], [p1, p2])).toEqual([]);
    expect(p2.rows.map((r) => r[1])).toEqual(['<3', '..', '..']);
  });

  it('never lets a withheld count be computed back on random tables (property)', () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 60 }));
    const shape = fc.record({
      rows: fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 9 }),
      // A row total over one column would merely repeat it (no table does that).
      personCols: fc.integer({ min: 2, max: 3 }),
      rowTotal: fc.boolean(),
      colTotal: fc.boolean(),
      subset: fc.array(fc.nat(8), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(shape, ({ rows, personCols, rowTotal, colTotal, subset }) => {
        // Column 1 counts contacts (left alone), then the person columns, then maybe their row total and a share.
        const persons = Array.from({ length: personCols }, (_, i) => 2 + i);
        const columns: Column[] = [{ label: 'X', format: 'text' }, { label: 'Samtaler', format: 'int' }, ...persons.map((i) => P(`p${i}`))];
        const body: Cell[][] = rows.map((r, i) => [`R${i}`, r[0], ...persons.map((k) => r[k - 1])]);
        if (rowTotal) {
          columns.push({ ...P('n'), sumOf: persons });
          body.forEach((r) => r.push(persons.reduce((s, k) => s + (r[k] as number), 0)));
        }
        columns.push({ label: 'Andel', format: 'percent', from: [2] });
        body.forEach((r) => r.push((r[2] as number) / 100));
        const sum = (k: number) => body.reduce((s, r) => s + (r[k] as number), 0);
        const total: Cell[] | null = colTotal ? ['I alt', ...columns.slice(1, -1).map((_, i) => sum(i + 1)), null] : null;
        // A published sum over some rows (as the reach gives the key's municipalities), leaving at least two
        // rows on each side: with one row alone the sum itself would give it (see the report's limits).
        const rowsOf = [...new Set(subset.filter((r) => r < body.length))];
        const sums = rowsOf.length >= 2 && body.length - rowsOf.length >= 2 ? [{ column: 2, rows: rowsOf }] : [];
        const t = table(columns, body, total, { sums });
        const p = publishTable(t);
        expect(leaks([t], [p])).toEqual([]);
        // Totals stay true, unless a total of 1–2 persons must be guarded in the total row itself.
        if (total && !p.total!.includes('<3')) expect(p.total).toEqual(total);
      }),
      { numRuns: 400 },
    );
  });
});

/** Cells of a `;` CSV line (quotes allowed). */
function csvCells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  return [...out, cur];
}

describe('the demo corps published', () => {
  it('has no count of 1–2 persons in its workbook or CSV, while the dashboard keeps the true counts', async () => {
    const demo = makeBackend();
    try {
      await demo.registry.call('setup.loadDemo');
      const { years } = await demo.registry.call('statistics.years');
      let smallInStatistics = 0;
      let withheld = 0;
      for (const year of years) {
        const stats = await demo.registry.call('statistics.get', { year, municipalityId: null, mentorId: null, education: null });
        const tables = statisticsTables(stats);
        const published = publishTables(tables);
        expect(leaks(tables, published)).toEqual([]);
        const personCells = (t: StatTable) => [...t.rows, ...(t.total ? [t.total] : [])].flatMap((row, r) => row.map((_, c) => [r, c] as const).filter(([, c]) => isPersonCell(t, r, c)));
        for (const t of tables) for (const [r, c] of personCells(t)) if ([1, 2].includes((r === t.rows.length ? t.total! : t.rows[r])[c] as number)) smallInStatistics++;

        const xlsx = await demo.registry.call('evaluation.exportXlsx', { year });
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
        for (const t of tables) {
          const sheet = wb.getWorksheet(t.sheetName)!;
          for (const [r, c] of personCells(t)) {
            const v = sheet.getRow(4 + r).getCell(c + 1).value;
            expect([1, 2], `${year} ${t.sheetName} row ${r} col ${c}`).not.toContain(v);
            if (v === '<3' || v === '..') withheld++;
          }
        }

        const csv = await demo.registry.call('evaluation.exportCsv', { year });
        const lines = Buffer.from(csv.base64, 'base64').toString('utf8').split('\r\n');
        let at = 0;
        for (const t of tables) {
          at = lines.findIndex((l, i) => i >= at && csvCells(l)[0].replace(/^\uFEFF/, '') === t.title);
          expect(at, t.title).toBeGreaterThan(0);
          for (const [r, c] of personCells(t)) expect(['1', '2'], `${year} ${t.title} CSV`).not.toContain(csvCells(lines[at + 2 + r])[c]);
        }
      }
      // The demo has small counts to withhold, so the checks above can fail.
      expect(smallInStatistics).toBeGreaterThan(0);
      expect(withheld).toBeGreaterThan(0);
    } finally {
      demo.cleanup();
    }
  }, 60_000);
});
