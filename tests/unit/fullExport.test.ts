// The full export (#12) of the demo corps: the workbook's first five sheets are the import's columns,
// numbers are numbers and dates are dates, every row is there, an erased person's name is nowhere,
// the JSON has the documented keys, and each export is a logged read.
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
    const lines = b.ctx.db.prepare('SELECT amount_oere FROM billing_cost_lines ORDER BY version_id, position').all() as { amount_oere: number }[];
    const amounts = dataRows('Omkostninger').map((r) => r.getCell(6));
    expect(amounts.map((c) => c.value)).toEqual(lines.map((l) => l.amount_oere / 100));
    expect(amounts[0].numFmt).toBe('#,##0.00');
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
    expect(doc).toMatchObject({ format: 'mentorkorps-export', version: 1, corps: { name: 'Fælles Fynsk Mentorkorps (demo)' } });
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
