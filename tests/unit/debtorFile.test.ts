// The debtor file for the host municipality's finance system: one row per line to book, amounts that add
// up to the statements to the øre, and hostile names that no spreadsheet evaluates.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../shared/api/evaluation';
import { expectRefused, makeBackend, type TestBackend } from '../helpers/backend';
import { billingYearInput } from '../helpers/billingData';
import { financeYear, HOSTILE, issue, issuedSettlement } from '../helpers/financeData';
import { openInLibreOffice, parseCsv, soffice } from '../helpers/spreadsheet';

let b: TestBackend;
beforeEach(() => {
  b = makeBackend();
});
afterEach(() => b.cleanup());

const HEADER = ['EAN', 'Kommune', 'Kommunekode', 'Fakturanummer', 'Tekst', 'Periode fra', 'Periode til', 'Beløb (kr.)', 'Forfaldsdato', 'Kontaktperson/bruger-id', 'Ordrenummer', 'Kontostreng'];

async function sheetRows(file: ExportFile): Promise<ExcelJS.CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const rows: ExcelJS.CellValue[][] = [];
  wb.getWorksheet('Debitorer')!.eachRow((r) => {
    rows.push(HEADER.map((_, i) => r.getCell(i + 1).value));
    r.eachCell((c) => expect(c.formula, `celle ${c.address}`).toBeFalsy());
  });
  return rows;
}

/** Øre per statement number, from kroner cells (numbers) or Danish CSV text ("-1234,50"). */
function totalsByStatement(rows: unknown[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows.slice(1)) {
    const kroner = typeof r[7] === 'number' ? r[7] : Number(String(r[7]).replace(',', '.'));
    out.set(String(r[3]), (out.get(String(r[3])) ?? 0) + Math.round(kroner * 100));
  }
  return out;
}

describe('billing.debtorFile', () => {
  it('xlsx: one typed row per instalment, amounts adding up to each statement to the øre, hostile text as text', async () => {
    const { versionId, ids } = await financeYear(b);
    const v = await b.registry.call('billing.get', { id: versionId });
    const file = await b.registry.call('billing.debtorFile', { id: versionId, kind: 'opkraevning', format: 'xlsx' });
    expect(file.fileName).toBe('Debitorfil-Opkraevninger-2027-v1.xlsx');
    const rows = await sheetRows(file);
    expect(rows[0]).toEqual(HEADER);
    // Langeland's 0 kr. has nothing to book; everyone else four instalments.
    expect(rows.length - 1).toBe(4 * 4);
    const aeroe = rows.filter((r) => r[1] === HOSTILE.name);
    expect(aeroe).toHaveLength(4);
    const first = aeroe[0];
    expect(first[0]).toBe(v.key.find((k) => k.municipalityId === ids.Ærø)!.ean);
    expect(first[2]).toBe(492);
    expect(first[3]).toMatch(/^2027-\d{4}$/);
    expect(first[4]).toBe('Mentorkorpset 2027, rate 1 af 4');
    expect(first[5]).toEqual(new Date('2027-01-01T00:00:00Z'));
    expect(first[6]).toEqual(new Date('2027-12-31T00:00:00Z'));
    expect(first[8]).toEqual(new Date('2027-01-01T00:00:00Z'));
    expect(first.slice(9)).toEqual([HOSTILE.financeReference, HOSTILE.orderNumber, HOSTILE.accountString]);
    expect(typeof first[7]).toBe('number');
    const totals = totalsByStatement(rows);
    for (const k of v.key.filter((k) => k.amountOere > 0)) {
      const number = rows.find((r) => r[2] === k.code)![3] as string;
      expect(totals.get(number), k.name).toBe(k.amountOere);
    }
  });

  it('CSV: semicolons, two decimals, and LibreOffice evaluates none of the hostile names or references', { timeout: 120_000 }, async () => {
    const { versionId } = await financeYear(b);
    const v = await b.registry.call('billing.get', { id: versionId });
    const file = await b.registry.call('billing.debtorFile', { id: versionId, kind: 'opkraevning', format: 'csv' });
    expect(file.fileName).toBe('Debitorfil-Opkraevninger-2027-v1.csv');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(HEADER);
    for (const r of rows.slice(1)) expect(r[7]).toMatch(/^-?\d+,\d{2}$/);
    const totals = totalsByStatement(rows);
    expect([...totals.values()].reduce((a, n) => a + n, 0)).toBe(v.budgetOere);
    if (!soffice) throw new Error('LibreOffice mangler: testen kan ikke åbne CSV-filen i et regneark');
    const opened = (await openInLibreOffice({ debitor: text })).debitor;
    expect(opened.flat().some((c) => c?.formula)).toBe(false);
    // Calc shows neutralised text as written, apostrophe and all; the amounts are numbers.
    const column = (i: number) => opened.slice(1).map((r) => r[i]?.value);
    expect(new Set(column(1))).toEqual(new Set(["'=1+1", "'-2+3", 'Odense', 'Nyborg']));
    expect(new Set(column(9))).toEqual(new Set(["'@SUM(A1)", 'BUR-4711', undefined]));
    expect(new Set(column(10))).toEqual(new Set(["'-2", 'PO-2027-17', undefined]));
    expect(new Set(column(11))).toEqual(new Set(["'+x", '4.22.05.1-1', undefined]));
    column(7).forEach((value, i) => expect(value).toBe(Number(rows[i + 1][7].replace(',', '.'))));
  });

  it('version 2 books the difference per instalment from version 1', async () => {
    const { versionId, ids } = await financeYear(b);
    const v1 = await b.registry.call('billing.get', { id: versionId });
    const draft = await b.registry.call('billing.newVersion', { id: versionId, reason: 'Ærø talte forkert' });
    const input = await billingYearInput(b.registry, {
      participants: v1.participants.map((p) => ({ municipalityId: p.municipalityId, students: p.municipalityId === ids.Ærø ? 75 : p.students, countDate: p.countDate, source: p.source })),
    });
    await b.registry.call('billing.update', { id: draft.id, data: input });
    await issue(b, draft.id);
    const v2 = await b.registry.call('billing.get', { id: draft.id });
    const rows = await sheetRows(await b.registry.call('billing.debtorFile', { id: v2.id, kind: 'opkraevning', format: 'xlsx' }));
    const byCode = (code: number) => rows.slice(1).filter((r) => r[2] === code);
    for (const k of v2.key) {
      const before = v1.key.find((o) => o.municipalityId === k.municipalityId)!;
      const booked = byCode(k.code).reduce((a, r) => a + Math.round((r[7] as number) * 100), 0);
      expect(booked, k.name).toBe(k.amountOere - before.amountOere);
      byCode(k.code).forEach((r) => expect(r[4]).toMatch(/regulering i version 2$/));
    }
    // Ærø pays more, everyone else less: both signs are there.
    expect(byCode(492).every((r) => (r[7] as number) > 0)).toBe(true);
    expect(byCode(461).every((r) => (r[7] as number) < 0)).toBe(true);
  });

  it('efterregulering: one row per statement with the difference and the settlement due date', async () => {
    const { versionId } = await financeYear(b);
    await issuedSettlement(b, versionId, 140_000_000, '2028-03-01');
    const v = await b.registry.call('billing.get', { id: versionId });
    const rows = await sheetRows(await b.registry.call('billing.debtorFile', { id: versionId, kind: 'efterregulering', format: 'xlsx' }));
    const paying = v.settlement!.rows.filter((r) => r.differenceOere !== 0);
    expect(rows.length - 1).toBe(paying.length);
    for (const r of paying) {
      const row = rows.find((x) => x[2] === r.code)!;
      expect(Math.round((row[7] as number) * 100)).toBe(r.differenceOere);
      expect(row[8]).toEqual(new Date('2028-03-01T00:00:00Z'));
      expect(row[4]).toBe('Mentorkorpset 2027, efterregulering');
    }
  });

  it('refuses a draft and a settlement that is not issued, in Danish, naming the version', async () => {
    await b.registry.call('municipalities.addFunen');
    const draft = await b.registry.call('billing.create', await billingYearInput(b.registry));
    const err = await expectRefused(b, 'billing.debtorFile', { id: draft.id, kind: 'opkraevning', format: 'csv' }, 'id');
    expect(err.fields.id).toMatch(/kladde/);
    await issue(b, draft.id);
    await expectRefused(b, 'billing.debtorFile', { id: draft.id, kind: 'efterregulering', format: 'xlsx' }, 'id');
    await expectRefused(b, 'billing.debtorFile', { id: draft.id, kind: 'opkraevning', format: 'pdf' }, 'format');
  });
});
