// The dashboard's and the report's charts pick their series by column name: every chart's series
// exist in its table, and a table whose columns are reordered still draws (and labels) the same figures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statisticsTables, type StatTable } from '../../shared/statistics/tables';
import { CATEGORY, chartData, chartSummary } from '../../renderer/src/pages/statistics/chartData';
import { CHARTS, PRINT_CHART_MAX_ROWS, printChartHeight } from '../../renderer/src/pages/statistics/chartSpecs';
import { makeBackend, type TestBackend } from '../helpers/backend';
import { seedEvaluationData, type EvaluationFixture } from '../helpers/evaluationData';

let b: TestBackend;
let f: EvaluationFixture;
beforeEach(() => {
  b = makeBackend();
  f = seedEvaluationData(b);
});
afterEach(() => b.cleanup());

/** The same table with its value columns in reverse order (the row-name column stays first). */
function reordered(t: StatTable): StatTable {
  const order = [0, ...t.columns.map((_, i) => i).slice(1).reverse()];
  const pick = <T,>(row: T[]) => order.map((i) => row[i]);
  return { ...t, columns: pick(t.columns), rows: t.rows.map(pick), total: t.total ? pick(t.total) : null };
}

async function chartedTables(filter: Record<string, unknown> = {}) {
  const s = await b.registry.call('statistics.get', { year: 2026, ...filter });
  return statisticsTables(s).filter((t) => CHARTS[t.id]);
}

describe('charts choose their series by column name', () => {
  it('every series of every chart names a column of its table, with and without a filter', async () => {
    for (const filter of [{}, { mentorId: f.m1 }, { municipalityId: f.odense }]) {
      const tables = await chartedTables(filter);
      expect(tables.map((t) => t.id)).toContain('samtaler_maaned');
      for (const t of tables) {
        const wanted = CHARTS[t.id]!.series(t);
        expect(wanted.length).toBeGreaterThan(0);
        for (const s of wanted) expect(t.columns.map((c) => c.label), `${t.id}: ${s.column}`).toContain(s.column);
        expect(chartData(t, wanted).series).toEqual(wanted);
      }
    }
  });

  it('reordering a table’s columns changes neither what a chart draws nor its text alternative', async () => {
    const tables = await chartedTables();
    expect(tables.some((t) => t.id === 'vaerdi')).toBe(true);
    for (const t of tables) {
      const moved = reordered(t);
      const wanted = CHARTS[t.id]!.series(t);
      expect(CHARTS[t.id]!.series(moved), t.id).toEqual(wanted);
      expect(chartData(moved, wanted), t.id).toEqual(chartData(t, wanted));
      expect(chartSummary(moved, wanted), t.id).toBe(chartSummary(t, wanted));
    }
  });

  it('draws the named column’s values under its own name, percentages in points', async () => {
    const vaerdi = (await chartedTables()).find((t) => t.id === 'vaerdi')!;
    const { points, percent, series } = chartData(vaerdi, CHARTS.vaerdi!.series(vaerdi));
    expect(percent).toBe(true);
    expect(series.map((s) => s.column)).toEqual(['Andel af udgiften', 'Andel af personerne']);
    const odense = vaerdi.rows.find((r) => r[0] === 'Odense')!;
    const cost = odense[vaerdi.columns.findIndex((c) => c.label === 'Andel af udgiften')] as number;
    expect(points.find((p) => p[CATEGORY] === 'Odense')!['Andel af udgiften']).toBe(Math.round(cost * 1000) / 10);
  });

  it('a series that names no column is left out, never drawn from another column', async () => {
    const t = (await chartedTables()).find((x) => x.id === 'samtaler_type')!;
    const data = chartData(t, [{ column: 'Findes ikke', color: '#000' }, { column: 'Samtaler', color: '#111' }]);
    expect(data.series.map((s) => s.column)).toEqual(['Samtaler']);
    expect(Object.keys(data.points[0]).sort()).toEqual([CATEGORY, 'Samtaler'].sort());
  });
});

describe('charts in the printed report', () => {
  it('prints a lying chart tall enough to label every row, and the table alone when it would not fit the page', async () => {
    const t = (await chartedTables()).find((x) => x.id === 'personer_kommune')!;
    const withRows = (n: number): StatTable => ({ ...t, rows: Array.from({ length: n }, (_, i) => t.rows[i % t.rows.length]) });
    expect(printChartHeight(withRows(3))).toBe(CHARTS.personer_kommune!.height > 240 ? 240 : CHARTS.personer_kommune!.height);
    expect(printChartHeight(withRows(PRINT_CHART_MAX_ROWS))).toBe(PRINT_CHART_MAX_ROWS * 18 + 50);
    // 98 municipalities: 1,814 px, taller than an A4 page, was cut off in the PDF.
    expect(printChartHeight(withRows(98))).toBeNull();
    expect(printChartHeight(withRows(0))).toBeNull();
    const month = (await chartedTables()).find((x) => !CHARTS[x.id]!.horizontal)!;
    expect(printChartHeight({ ...month, rows: Array.from({ length: 98 }, () => month.rows[0]) })).toBeLessThanOrEqual(240);
  });
});
