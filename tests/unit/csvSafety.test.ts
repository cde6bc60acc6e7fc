// #11 CSV formula injection: every CSV the app writes (the key, the evaluation, each chart's table) goes
// through one writer that shows a hostile name as text — checked in the file and reopened in LibreOffice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyCsv } from '../../renderer/src/pages/billing/exportCsv';
import { toCsv } from '../../shared/csv';
import { publishTable } from '../../shared/statistics/publish';
import { statisticsTables, tableClipboard, tableCsv, tableHeading } from '../../shared/statistics/tables';
import { makeBackend, type TestBackend } from '../helpers/backend';
import { billingYearInput } from '../helpers/billingData';
import { seedEvaluationData } from '../helpers/evaluationData';
import { HOSTILE_NAMES, openInLibreOffice, parseCsv, soffice } from '../helpers/spreadsheet';

/** A written number: digits with an optional sign and decimal comma (what a spreadsheet reads as a number). */
const NUMBER = /^-?\d+(,\d+)?$/;
/** What a spreadsheet would evaluate: a cell starting with = + - @ (after spaces), or with tab / CR. */
const FORMULA = /^[\s\u00a0]*[=+\-@]|^[\t\r]/;

/** Every cell is a number or text no spreadsheet evaluates; each hostile name appears, neutralised. */
function expectSafe(csv: string, names: readonly string[]) {
  const cells = parseCsv(csv).flat();
  for (const c of cells) if (!NUMBER.test(c)) expect(c, 'celle der kan blive en formel').not.toMatch(FORMULA);
  for (const n of names) expect(cells.some((c) => c.includes(`'${n}`)), n).toBe(true);
}

let b: TestBackend;
beforeEach(() => (b = makeBackend()));
afterEach(() => b.cleanup());

/** The key of a year whose municipalities and count sources are hostile names, as typed into the forms. */
async function hostileKeyCsv(): Promise<string> {
  const base = await billingYearInput(b.registry);
  const participants = [];
  for (const [i, name] of HOSTILE_NAMES.entries()) {
    const m = await b.registry.call('municipalities.create', { name, code: 101 + i });
    participants.push({ municipalityId: m.id, students: 10 * (i + 1), countDate: '2026-09-05', source: HOSTILE_NAMES[(i + 1) % HOSTILE_NAMES.length] });
  }
  return keyCsv(await b.registry.call('billing.create', { ...base, participants }));
}

/** The evaluation year with hostile municipality, mentor and corps names. */
async function hostileEvaluation() {
  const f = seedEvaluationData(b);
  const rename = (table: string, id: number, name: string) => b.ctx.db.prepare(`UPDATE ${table} SET name = ? WHERE id = ?`).run(name, id);
  rename('municipalities', f.odense, '=1+1');
  rename('municipalities', f.svendborg, '@SUM(A1)');
  rename('mentors', f.m1, '=HYPERLINK("http://x","y")');
  rename('mentors', f.m2, '+45 1234');
  b.ctx.db.prepare("UPDATE settings SET value = '-2+3' WHERE key = 'corps_name'").run();
  const file = await b.registry.call('evaluation.exportCsv', { year: 2026 });
  const stats = await b.registry.call('statistics.get', { year: 2026 });
  // Each chart's CSV, as ChartCard writes it: the published table under its heading.
  const charts = statisticsTables(stats).map((t) => tableCsv(publishTable(t), tableHeading(t, { year: 2026, filterLabel: '=1+1' })));
  return { evaluation: Buffer.from(file.base64, 'base64').toString('utf8'), charts, tables: statisticsTables(stats) };
}

describe('the one CSV writer', () => {
  it('neutralises text that starts a formula and keeps numbers, negative ones too, as numbers', () => {
    const csv = toCsv([
      [...HOSTILE_NAMES, '\t=1+1', '\r=1+1', ' =1+1', 'Odense', '-'],
      [-5, -2.5, 0, 1234.56, 'tekst; med "citat"'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [text, numbers] = parseCsv(csv);
    expect(text).toEqual([...HOSTILE_NAMES.map((n) => `'${n}`), "'\t=1+1", "'\r=1+1", "' =1+1", 'Odense', "'-"]);
    expect(numbers).toEqual(['-5', '-2,5', '0', '1234,56', 'tekst; med "citat"']);
    // Neutralised text is quoted (OWASP), numbers never are.
    expect(csv).toContain(`"'=1+1";"'+45 1234"`);
    expect(csv).toContain('\r\n-5;-2,5;0;1234,56;');
  });

  it('the key CSV shows hostile municipality names and sources as text', async () => {
    expectSafe(await hostileKeyCsv(), HOSTILE_NAMES);
  });

  it('the evaluation CSV and every chart CSV show hostile names as text', async () => {
    const { evaluation, charts, tables } = await hostileEvaluation();
    expectSafe(evaluation, ['=1+1', '@SUM(A1)', '=HYPERLINK("http://x","y")', '+45 1234', '-2+3']);
    expect(charts).toHaveLength(tables.length);
    for (const csv of charts) expectSafe(csv, []);
    // The charts that list municipalities or mentors carry the names, neutralised.
    expectSafe(charts.join(''), ['=1+1', '@SUM(A1)', '=HYPERLINK("http://x","y")', '+45 1234']);
  });
});

describe.skipIf(!soffice)('opened in LibreOffice Calc (formulas evaluated, Danish numbers)', () => {
  it('shows every hostile name as its literal text, no cell a formula, numbers as numbers', async () => {
    const { evaluation, charts } = await hostileEvaluation();
    const files: Record<string, string> = {
      writer: toCsv([[...HOSTILE_NAMES, '\t=1+1', '\r=1+1'], [-5, -2.5, 1234.56]]),
      key: await hostileKeyCsv(),
      evaluation,
      ...Object.fromEntries(charts.map((c, i) => [`chart${i}`, c])),
    };
    const sheets = await openInLibreOffice(files);
    for (const [name, rows] of Object.entries(sheets)) {
      const expected = parseCsv(files[name]);
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const where = `${name} række ${r + 1} kolonne ${c + 1}`;
          expect(cell.formula, where).toBeUndefined();
          const written = expected[r]?.[c] ?? '';
          // A number written as a number is read as that number; everything else is the literal text.
          if (NUMBER.test(written)) expect(cell.value, where).toBe(Number(written.replace(',', '.')));
          // (Calc keeps a line break inside a cell as LF.)
          else if (written !== '') expect(String(cell.value), where).toBe(written.replace(/\r\n?/g, '\n'));
        }),
      );
    }
    expect(sheets.writer[0].map((c) => c.value)).toEqual([...HOSTILE_NAMES.map((n) => `'${n}`), "'\t=1+1", "'\n=1+1"]);
    expect(sheets.writer[1].map((c) => c.value)).toEqual([-5, -2.5, 1234.56]);
  }, 120_000);
});

describe('a chart table copied to the clipboard', () => {
  it('pastes hostile names as text and figures as figures', async () => {
    const { tables } = await hostileEvaluation();
    const cells = tables.flatMap((t) => tableClipboard(t, tableHeading(t, { year: 2026, filterLabel: null })).split('\n').flatMap((l) => l.split('\t')));
    for (const n of ['=1+1', '@SUM(A1)', '=HYPERLINK("http://x","y")', '+45 1234']) expect(cells, n).toContain(`'${n}`);
    // Only formatted numbers may start with a sign.
    for (const c of cells) if (!/^-?[\d.]+(,\d+)?( %| kr\.)?$/.test(c)) expect(c).not.toMatch(FORMULA);
  });
});
