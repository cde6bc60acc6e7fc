// The full JSON export restored into an empty corps (#12): the demo corps, with an erased person, an issued
// key, last year's payments and issued settlement (#11), a municipality's finance references, a survey and a recorded follow-up, goes out as JSON and comes back into a fresh data file with every
// row of every data table the same (ids too), and the same statistics, evaluation and statements. Bad files
// are refused in Danish, naming the part, with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../electron/backend/export/types';
import { dumpDatabase, expectRefused, makeBackend, type TestBackend } from '../helpers/backend';
import { addFinanceExtras } from '../helpers/financeExtras';

let a: TestBackend;
let b: TestBackend;
let json: Buffer;
const backends: TestBackend[] = [];
const fresh = () => {
  const backend = makeBackend();
  backends.push(backend);
  return backend;
};

/** Uploads bytes in pieces, as the page does; returns the upload's id. */
async function upload(backend: TestBackend, bytes: Buffer, fileName = 'Mentorkorps-eksport.json'): Promise<string> {
  const { uploadId } = await backend.registry.call('import.begin', { fileName, size: bytes.length });
  const piece = 4 * 1024 * 1024;
  for (let i = 0; i * piece < bytes.length; i++) {
    await backend.registry.call('import.chunk', { uploadId, index: i, base64: bytes.subarray(i * piece, (i + 1) * piece).toString('base64') });
  }
  return uploadId;
}

/**
 * Every table that holds the corps: the audit log and settings (sessions, keys, mappings) are the file's own,
 * and the statistics summary tables (stat_*) are derived, never exported.
 */
function dataTables(backend: TestBackend) {
  const { audit_log: _log, settings: _settings, ...rest } = dumpDatabase(backend);
  return Object.fromEntries(Object.entries(rest).filter(([name]) => !name.startsWith('stat_')));
}

/** What issue #11 added (migration 011): each must hold something in the corps exported, so a dropped one fails. */
const FINANCE_COLUMNS: Record<string, string[]> = {
  municipalities: ['finance_reference', 'order_number', 'account_string', 'payment_terms_days'],
  billing_versions: ['payee_cvr', 'payee_address'],
  billing_settlements: ['due_date', 'issued_on'],
  billing_issued: ['version_id', 'kind', 'issued_on', 'document'],
  billing_statement_numbers: ['year', 'sequence', 'version_id', 'kind', 'municipality_id'],
  billing_payments: ['year', 'municipality_id', 'instalment', 'paid_on', 'amount_oere', 'note', 'created_on'],
};
const columnValues = (backend: TestBackend, table: string, column: string) =>
  (backend.ctx.db.prepare(`SELECT ${column} AS v FROM ${table} WHERE ${column} IS NOT NULL`).all() as { v: unknown }[]).map((r) => JSON.stringify(r.v)).sort();

const docOf = (bytes: Buffer) => JSON.parse(bytes.toString('utf8')) as ExportDocument;
const bytesOf = (doc: unknown) => Buffer.from(JSON.stringify(doc), 'utf8');

beforeAll(async () => {
  a = makeBackend();
  await a.registry.call('setup.loadDemo');
  const closed = a.ctx.db
    .prepare('SELECT me.id FROM mentees me WHERE NOT EXISTS (SELECT 1 FROM courses c WHERE c.mentee_id = me.id AND c.closed_on IS NULL) ORDER BY me.id LIMIT 1')
    .get() as { id: number };
  await a.registry.call('privacy.erase', { menteeId: closed.id, reason: 'Anmodning fra personen' });
  const draft = (await a.registry.call('billing.list')).find((v) => v.lockedOn === null);
  if (!draft) throw new Error('The demo corps has no draft key');
  await a.registry.call('billing.issue', { id: draft.id, acceptWarnings: true });
  await addFinanceExtras(a);
  const due = await a.registry.call('checkpoints.due', {});
  expect(due.rows.length).toBeGreaterThan(0);
  await a.registry.call('checkpoints.record', { courseId: due.rows[0]!.courseId, months: due.rows[0]!.months, status: 'arbejde', learnedOn: a.ctx.today(), source: 'skolen' });
  json = Buffer.from((await a.registry.call('export.fullJson')).base64, 'base64');

  b = makeBackend();
  await b.registry.call('import.restoreFull', { uploadId: await upload(b, json) });
}, 120_000);

afterAll(() => {
  a?.cleanup();
  b?.cleanup();
  for (const x of backends) x.cleanup();
});

describe('restoring a full JSON export into an empty corps', () => {
  it('brings back every row of every data table, ids kept', () => {
    const was = dataTables(a);
    const is = dataTables(b);
    expect(Object.keys(is)).toEqual(Object.keys(was));
    for (const table of Object.keys(was)) expect(is[table], table).toEqual(was[table]);
    // The demo and the extras are really there (a round trip of nothing would pass too).
    for (const table of ['mentees', 'courses', 'contacts', 'goals', 'referrals', 'payer_periods', 'course_assignments', 'checkpoints', 'survey_questions', 'privacy_requests']) {
      expect(was[table]!.length, table).toBeGreaterThan(0);
    }
  });

  it('brings back every table and column of the finance work (#11) row for row, issued documents unchanged', () => {
    for (const [table, columns] of Object.entries(FINANCE_COLUMNS)) {
      for (const column of columns) {
        const was = columnValues(a, table, column);
        expect(was.length, `${table}.${column} holds something in the corps exported`).toBeGreaterThan(0);
        expect(columnValues(b, table, column), `${table}.${column}`).toEqual(was);
      }
    }
    // Still frozen after the restore: the data file refuses to change an issued document.
    expect(() => b.ctx.db.prepare("UPDATE billing_issued SET document = '{}'").run()).toThrow(/kan ikke ændres/);
  });

  it('brings the erased person back as an anonymous row, never with data', () => {
    const anon = b.ctx.db.prepare('SELECT * FROM mentees WHERE anonymised_at IS NOT NULL').all() as Record<string, unknown>[];
    expect(anon.length).toBeGreaterThan(0);
    for (const m of anon) expect(m).toMatchObject({ name: 'Anonymiseret person', birth_year: 0, school: null, phone: null, email: null, anonymised_by: expect.any(Number) });
  });

  it('sets the corps name and marks the corps set up', async () => {
    expect(await b.registry.call('app.info')).toMatchObject({ corpsName: 'Fælles Fynsk Mentorkorps (demo)', setupDone: true });
  });

  it('writes one audit line naming the file', () => {
    const lines = b.ctx.db.prepare("SELECT * FROM audit_log WHERE method = 'import.restoreFull'").all() as { kind: string; fields: string }[];
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ kind: 'write', fields: JSON.stringify(['fuld eksport', 'Mentorkorps-eksport.json']) });
  });

  it('gives the same statistics, survey and evaluation for every year', async () => {
    const years = await a.registry.call('statistics.years');
    expect(await b.registry.call('statistics.years')).toEqual(years);
    expect(years.years.length).toBeGreaterThan(1);
    for (const year of years.years) {
      expect(await b.registry.call('statistics.get', { year }), `statistics ${year}`).toEqual(await a.registry.call('statistics.get', { year }));
      expect(await b.registry.call('survey.get', { year }), `survey ${year}`).toEqual(await a.registry.call('survey.get', { year }));
      const csv = async (x: TestBackend) => Buffer.from((await x.registry.call('evaluation.exportCsv', { year })).base64, 'base64').toString('utf8');
      expect(await csv(b), `evaluation ${year}`).toEqual(await csv(a));
    }
  });

  it('gives the same billing keys and issued statements', async () => {
    const list = await a.registry.call('billing.list');
    expect(await b.registry.call('billing.list')).toEqual(list);
    expect(list.some((v) => v.lockedOn !== null)).toBe(true);
    for (const v of list) expect(await b.registry.call('billing.get', { id: v.id })).toEqual(await a.registry.call('billing.get', { id: v.id }));
  });

  it('exports again to the same document', async () => {
    const again = docOf(Buffer.from((await b.registry.call('export.fullJson')).base64, 'base64'));
    expect({ ...again, exportedAt: null }).toEqual({ ...docOf(json), exportedAt: null });
  });

  it('restores into a corps started empty ("Start tomt"), keeping the document\'s name', async () => {
    const c = fresh();
    await c.registry.call('setup.startEmpty', { corpsName: 'Nyt korps' });
    expect(await c.registry.call('import.restoreState')).toEqual({ allowed: true, reason: null });
    const result = await c.registry.call('import.restoreFull', { uploadId: await upload(c, json) });
    expect(result).toMatchObject({ corpsName: 'Fælles Fynsk Mentorkorps (demo)', mentees: docOf(json).mentees.length });
    expect(dataTables(c)).toEqual(dataTables(a));
  });

  it('still restores a version 1 file (made before the finance fields), leaving them empty', async () => {
    const { billingPayments: _p, ...doc } = docOf(json);
    const v1 = {
      ...doc,
      version: 1,
      municipalities: doc.municipalities.map(({ financeReference: _f, orderNumber: _o, accountString: _a, paymentTermsDays: _t, ...m }) => m),
      billingVersions: doc.billingVersions.map(({ payeeCvr: _c, payeeAddress: _d, issued: _i, statementNumbers: _n, settlement, ...v }) => ({
        ...v,
        settlement: settlement && { actualCostOere: settlement.actualCostOere, note: settlement.note, enteredOn: settlement.enteredOn },
      })),
    };
    const c = fresh();
    await c.registry.call('import.restoreFull', { uploadId: await upload(c, bytesOf(v1)) });
    const is = dataTables(c);
    const was = dataTables(a);
    for (const table of ['mentees', 'courses', 'contacts', 'billing_participants', 'billing_cost_lines']) expect(is[table], table).toEqual(was[table]);
    for (const table of ['billing_issued', 'billing_statement_numbers', 'billing_payments']) expect(is[table], table).toEqual([]);
    expect(columnValues(c, 'municipalities', 'finance_reference')).toEqual([]);
    expect(columnValues(c, 'billing_versions', 'payee_cvr')).toEqual([]);
  });

  it('brings back persons anonymised by a retention run, each marked by that run', async () => {
    const old = fresh();
    await old.registry.call('setup.loadDemo');
    // Far in the future every closed person is due.
    old.ctx.today = () => '2060-06-30';
    const due = await old.registry.call('privacy.retentionDue');
    expect(due.total).toBeGreaterThan(1);
    await old.registry.call('privacy.runRetention', { confirm: true, expectedCount: due.total });
    const bytes = Buffer.from((await old.registry.call('export.fullJson')).base64, 'base64');
    const c = fresh();
    const started = performance.now();
    await c.registry.call('import.restoreFull', { uploadId: await upload(c, bytes) });
    console.log(`restore of ${(bytes.length / 1024 / 1024).toFixed(1)} MB: ${Math.round(performance.now() - started)} ms`);
    expect(dataTables(c)).toEqual(dataTables(old));
    const byRun = c.ctx.db.prepare("SELECT count(*) AS n FROM mentees me JOIN privacy_requests r ON r.id = me.anonymised_by WHERE r.kind = 'retention'").get() as { n: number };
    expect(byRun.n).toBe(due.total);
  });
});

describe('a file that cannot be restored', () => {
  let c: TestBackend;
  beforeAll(() => {
    c = fresh();
  });
  const refused = async (bytes: Buffer, pattern: RegExp, backend = c) => {
    const uploadId = await upload(backend, bytes);
    const error = await expectRefused(backend, 'import.restoreFull', { uploadId }, 'uploadId', backend === c ? 'VALIDATION' : 'CONFLICT');
    expect(error.message).toMatch(pattern);
    expect(await backend.registry.call('app.info')).toMatchObject({ setupDone: backend !== c });
  };

  it('is not JSON', async () => {
    await refused(Buffer.from('PK\u0003\u0004 not json'), /ikke gyldig JSON.*Intet er indlæst/);
  });

  it('is another format or a version this program does not know', async () => {
    await refused(bytesOf({ ...docOf(json), format: 'noget-andet' }), /ikke en fuld eksport fra Mentorkorps/);
    await refused(bytesOf({ ...docOf(json), version: 3 }), /version \(3\) kendes ikke/);
    await refused(bytesOf([1, 2, 3]), /ikke en fuld eksport/);
  });

  it('has a row of the wrong shape, named by part and row', async () => {
    const doc = docOf(json);
    doc.courses[4] = { ...doc.courses[4]!, referredBy: 'ukendt' as never };
    await refused(bytesOf(doc), new RegExp(`Forløb, række 5 \\(id ${doc.courses[4]!.id}\\), feltet referredBy har en ukendt værdi`));
    const missing = docOf(json) as unknown as Record<string, unknown>;
    delete missing.contacts;
    await refused(bytesOf(missing), /Samtaler mangler/);
  });

  it('names a mentor that is not in the file (a broken link)', async () => {
    const doc = docOf(json);
    doc.contacts[2] = { ...doc.contacts[2]!, mentorId: 99_999 };
    await refused(bytesOf(doc), /Samtaler, række 3, feltet mentorId nævner en mentor \(id 99999\), som ikke findes i filen/);
    const paid = docOf(json);
    paid.billingPayments[0] = { ...paid.billingPayments[0]!, municipalityId: 99_999 };
    await refused(bytesOf(paid), /Indbetalinger, række 1, feltet municipalityId nævner en kommune \(id 99999\), som ikke findes i filen/);
  });

  it('breaks a rule of the data file (a course closed before its referral)', async () => {
    const doc = docOf(json);
    const i = doc.courses.findIndex((k) => k.closedOn !== null);
    doc.courses[i] = { ...doc.courses[i]!, closedOn: '1990-01-01' };
    await refused(bytesOf(doc), new RegExp(`Forløb \\(id ${doc.courses[i]!.id}\\) overholder ikke datafilens regler`));
  });

  it('goes into a corps that is not empty', async () => {
    expect(await a.registry.call('import.restoreState')).toMatchObject({ allowed: false, reason: expect.stringMatching(/^Fuld indlæsning kræver et tomt korps/) });
    await refused(json, /^Fuld indlæsning kræver et tomt korps/, a);
  });
});
