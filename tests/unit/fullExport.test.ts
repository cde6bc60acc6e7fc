// The full export (#12) of the demo corps: the workbook's first five sheets are the import's columns,
// numbers are numbers and dates are dates, every row is there, an erased person's name is nowhere,
// the JSON has the documented keys, the finance work (#11) is in both, and each export is a logged read.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../shared/import/columns';
import { IMPORT_KINDS } from '../../shared/import/kinds';
import { ANONYMOUS_NAME } from '../../shared/privacy/anonymous';
import { IMPORT_SHEET_NAMES } from '../../electron/backend/export/importSheets';
import { EXPORT_KEYS, type ExportDocument } from '../../electron/backend/export/types';
import { makeBackend, TEST_TODAY, type TestBackend } from '../helpers/backend';
import { addFinanceExtras, ODENSE_REFERENCES } from '../helpers/financeExtras';

let b: TestBackend;
let wb: ExcelJS.Workbook;
let xlsxName: string;
let json: string;
let jsonName: string;
let erased: { id: number; name: string };

const count = (table: string) => (b.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const dataRows = (name: string) => {
  const sheet = wb.getWorksheet(name)!;
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, n) => n > 1 && rows.push(row));
  return rows;
};
type Row = { document: string };
const headers = (name: string) => (wb.getWorksheet(name)!.getRow(1).values as unknown[]).slice(1);

beforeAll(async () => {
  b = makeBackend();
  await b.registry.call('setup.loadDemo');
  // A closed course's person whose name no one else has, erased before the export.
  erased = b.ctx.db
    .prepare(
      `SELECT me.id, me.name FROM mentees me WHERE NOT EXISTS (SELECT 1 FROM courses c WHERE c.mentee_id = me.id AND c.closed_on IS NULL)
         AND (SELECT count(*) FROM mentees o WHERE o.name = me.name) = 1 ORDER BY me.id LIMIT 1`,
    )
    .get() as { id: number; name: string };
  await b.registry.call('privacy.erase', { menteeId: erased.id, reason: 'Anmodning fra eleven' });
  await addFinanceExtras(b);
  const file = await b.registry.call('export.fullXlsx');
  xlsxName = file.fileName;
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const j = await b.registry.call('export.fullJson');
  jsonName = j.fileName;
  json = Buffer.from(j.base64, 'base64').toString('utf8');
}, 60_000);
afterAll(() => b.cleanup());

describe('the workbook', () => {
  it('is named by the day and starts with the five import sheets, headed exactly by the import columns', () => {
    expect(xlsxName).toBe(`Mentorkorps-eksport-${TEST_TODAY}.xlsx`);
    expect(wb.worksheets.slice(0, 5).map((s) => s.name)).toEqual(IMPORT_KINDS.map((k) => IMPORT_SHEET_NAMES[k]));
    for (const kind of IMPORT_KINDS) expect(headers(IMPORT_SHEET_NAMES[kind])).toEqual(IMPORT_COLUMNS[kind].map((c) => c.label));
  });

  it('holds every row', () => {
    expect(dataRows('Kommuner')).toHaveLength(count('municipalities'));
    expect(dataRows('Mentorer')).toHaveLength(count('mentors'));
    expect(dataRows('Mentees og forløb')).toHaveLength(count('courses'));
    expect(dataRows('Samtaler')).toHaveLength(count('contacts'));
    expect(dataRows('Elevtal')).toHaveLength(count('billing_participants'));
    expect(dataRows('Mål')).toHaveLength(count('goals'));
    expect(dataRows('Henvisninger videre')).toHaveLength(count('referrals'));
    expect(dataRows('Mentorhistorik')).toHaveLength(count('course_assignments'));
    expect(dataRows('Opfølgning')).toHaveLength(count('checkpoints'));
    expect(dataRows('Omkostninger')).toHaveLength(count('billing_cost_lines'));
    expect(dataRows('Sletninger')).toHaveLength(1);
  });

  it('writes numbers as numbers, dates as Excel dates (dd.mm.yyyy) and money as kroner with two decimals', () => {
    const odense = dataRows('Kommuner').find((r) => r.getCell(2).value === 'Odense')!;
    expect(odense.getCell(1).value).toBe(461);
    expect(odense.getCell(7).value).toBeInstanceOf(Date);
    expect(odense.getCell(7).numFmt).toBe('dd.mm.yyyy');
    const courses = dataRows('Mentees og forløb');
    const dateCol = IMPORT_COLUMNS.courses.findIndex((c) => c.key === 'referralDate') + 1;
    const idCol = IMPORT_COLUMNS.courses.findIndex((c) => c.key === 'menteeId') + 1;
    for (const r of courses) {
      expect(r.getCell(dateCol).value).toBeInstanceOf(Date);
      expect(typeof r.getCell(idCol).value).toBe('number');
    }
    const first = b.ctx.db.prepare('SELECT referral_date FROM courses ORDER BY id LIMIT 1').get() as { referral_date: string };
    expect((courses[0].getCell(dateCol).value as Date).toISOString().slice(0, 10)).toBe(first.referral_date);
    const minutes = IMPORT_COLUMNS.contacts.findIndex((c) => c.key === 'durationMinutes') + 1;
    expect(dataRows('Samtaler').every((r) => typeof r.getCell(minutes).value === 'number')).toBe(true);
    // The sheet lists the versions by year and version (the demo's previous year has the higher id).
    const lines = b.ctx.db
      .prepare('SELECT c.amount_oere FROM billing_cost_lines c JOIN billing_versions v ON v.id = c.version_id ORDER BY v.year, v.version, c.position')
      .all() as { amount_oere: number }[];
    expect(new Set((b.ctx.db.prepare('SELECT year FROM billing_versions').all() as { year: number }[]).map((v) => v.year)).size).toBeGreaterThan(1);
    const amounts = dataRows('Omkostninger').map((r) => r.getCell(6));
    expect(amounts.map((c) => c.value)).toEqual(lines.map((l) => l.amount_oere / 100));
    expect(amounts[0].numFmt).toBe('#,##0.00');
  });

  it('carries the finance work: payments, statement numbers, the issued documents as stored, payee CVR and references', () => {
    const payments = b.ctx.db.prepare('SELECT amount_oere, note FROM billing_payments ORDER BY year, paid_on, id').all() as { amount_oere: number; note: string | null }[];
    expect(payments.length).toBeGreaterThan(0);
    expect(dataRows('Indbetalinger').map((r) => [r.getCell(6).value, r.getCell(7).value])).toEqual(payments.map((p) => [p.amount_oere / 100, p.note]));
    const numbers = b.ctx.db.prepare('SELECT year, sequence FROM billing_statement_numbers').all() as { year: number; sequence: number }[];
    expect(numbers.length).toBeGreaterThan(0);
    expect(dataRows('Fakturanumre').map((r) => r.getCell(1).value).sort()).toEqual(numbers.map((n) => `${n.year}-${String(n.sequence).padStart(4, '0')}`).sort());
    // Each issued document, its parts put together, is the stored text to the character.
    const stored = b.ctx.db.prepare('SELECT v.year, v.version, i.document FROM billing_issued i JOIN billing_versions v ON v.id = i.version_id').all() as Row[];
    expect(stored.length).toBeGreaterThan(0);
    const joined = new Map<string, string>();
    for (const r of dataRows('Udstedte opkrævninger')) {
      const key = `${r.getCell(1).value}/${r.getCell(2).value}/${r.getCell(3).value}`;
      joined.set(key, (joined.get(key) ?? '') + String(r.getCell(6).value));
    }
    expect([...joined.values()].sort()).toEqual(stored.map((s) => s.document).sort());
    const versionHeaders = headers('Nøgleversioner');
    const cvr = versionHeaders.indexOf('CVR-nummer') + 1;
    const cvrs = b.ctx.db.prepare('SELECT payee_cvr FROM billing_versions ORDER BY year, version').all() as { payee_cvr: string | null }[];
    expect(cvrs.some((v) => v.payee_cvr !== null)).toBe(true);
    expect(dataRows('Nøgleversioner').map((r) => r.getCell(cvr).value)).toEqual(cvrs.map((v) => v.payee_cvr));
    const dueDate = versionHeaders.indexOf('Efterregulering forfalder') + 1;
    expect(dataRows('Nøgleversioner').some((r) => r.getCell(dueDate).value instanceof Date)).toBe(true);
    // The references are on Kommuner once the import takes them, until then on their own sheet; either way in Odense's row.
    const odense = ['Kommuner', 'Kommuners referencer']
      .filter((name) => wb.getWorksheet(name))
      .flatMap((name) => dataRows(name).filter((r) => (r.values as unknown[]).includes(461)))
      .flatMap((r) => r.values as unknown[]);
    expect(odense).toEqual(expect.arrayContaining(Object.values(ODENSE_REFERENCES)));
  });

  it('keeps the erased person as an anonymous row: no name, no birth year, anywhere', () => {
    const texts: string[] = [];
    wb.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => texts.push(String(c.value)))));
    expect(texts.some((t) => t.includes(erased.name))).toBe(false);
    const row = dataRows('Mentees og forløb').find((r) => r.getCell(1).value === erased.id)!;
    expect(row.getCell(2).value).toBeNull();
    expect(row.getCell(3).value).toBeNull();
    expect(texts).not.toContain(ANONYMOUS_NAME);
  });
});

describe('the JSON', () => {
  it('parses, has exactly the documented top-level keys and every row, with ids kept and money in øre', () => {
    expect(jsonName).toBe(`Mentorkorps-eksport-${TEST_TODAY}.json`);
    const doc = JSON.parse(json) as ExportDocument;
    expect(Object.keys(doc)).toEqual([...EXPORT_KEYS]);
    expect(doc).toMatchObject({ format: 'mentorkorps-export', version: 2, corps: { name: 'Fælles Fynsk Mentorkorps (demo)' } });
    expect(doc.mentees).toHaveLength(count('mentees'));
    expect(doc.courses).toHaveLength(count('courses'));
    expect(doc.contacts).toHaveLength(count('contacts'));
    expect(doc.contacts.reduce((n, c) => n + c.courseIds.length, 0)).toBe(count('contact_participants'));
    const ids = new Set(doc.courses.map((c) => c.id));
    expect(doc.contacts.every((c) => c.courseIds.every((id) => ids.has(id)))).toBe(true);
    const budget = (b.ctx.db.prepare('SELECT sum(amount_oere) AS s FROM billing_cost_lines').get() as { s: number }).s;
    expect(doc.billingVersions.reduce((s, v) => s + v.budgetOere, 0)).toBe(budget);
    expect(doc.mentees.find((m) => m.id === erased.id)).toMatchObject({ name: null, birthYear: null, school: null, phone: null, email: null });
    expect(json).not.toContain(erased.name);
    expect(json).not.toContain(ANONYMOUS_NAME);
  });

  it('carries the finance work row for row: references, payee, settlement dates, issued documents, numbers, payments', () => {
    const doc = JSON.parse(json) as ExportDocument;
    expect(doc.municipalities.find((m) => m.code === 461)).toMatchObject(ODENSE_REFERENCES);
    expect(doc.billingPayments).toHaveLength(count('billing_payments'));
    expect(doc.billingPayments.reduce((s, p) => s + p.amountOere, 0)).toBe((b.ctx.db.prepare('SELECT sum(amount_oere) AS s FROM billing_payments').get() as { s: number }).s);
    expect(doc.billingVersions.flatMap((v) => v.statementNumbers)).toHaveLength(count('billing_statement_numbers'));
    const issued = doc.billingVersions.flatMap((v) => v.issued.map((i) => JSON.stringify(i.document)));
    expect(issued.sort()).toEqual((b.ctx.db.prepare('SELECT document FROM billing_issued').all() as Row[]).map((r) => r.document).sort());
    const settled = doc.billingVersions.find((v) => v.settlement?.issuedOn)!;
    expect(settled.settlement).toMatchObject({ dueDate: expect.stringMatching(/^\d{4}-12-31$/), issuedOn: TEST_TODAY });
    expect(settled).toMatchObject({ payeeCvr: expect.stringMatching(/^\d{8}$/), payeeAddress: expect.any(String) });
  });

  it('is documented key by key in docs/export-format.md', () => {
    const docs = fs.readFileSync(path.join(__dirname, '../../docs/export-format.md'), 'utf8');
    for (const key of EXPORT_KEYS) expect(docs, key).toContain(`\`${key}\``);
  });
});

it('logs each export as a read of personal data with its purpose, naming no one person', () => {
  const lines = b.ctx.db.prepare("SELECT method, kind, mentee_id, purpose FROM audit_log WHERE method LIKE 'export.%' ORDER BY id").all();
  expect(lines).toEqual([
    { method: 'export.fullXlsx', kind: 'read', mentee_id: null, purpose: 'fuld eksport' },
    { method: 'export.fullJson', kind: 'read', mentee_id: null, purpose: 'fuld eksport' },
  ]);
});
