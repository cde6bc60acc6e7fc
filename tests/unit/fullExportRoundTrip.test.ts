// The full export's round trip (#12): the demo corps exported to .xlsx imports back, sheet by sheet through the
// import API, into an empty corps (a fresh data file), and every row and every statistic of every year comes out
// the same. Ids differ between the two files, so rows are compared by content and statistics with ids left out.
// What the five import sheets cannot carry (the billing key's budget and payee, the survey) is entered through the
// ordinary API from the JSON export, and a key that was issued is issued again; referrals on, payer periods,
// follow-up checkpoints and mentor handovers are archive-only (no import kind), so their figures (`referrals`,
// `followUp`) are not compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiMethods } from '../../shared/api/index';
import type { ImportAnalysis } from '../../shared/api/import';
import type { ImportKind } from '../../shared/import/kinds';
import { IMPORT_SHEET_NAMES } from '../../electron/backend/export/importSheets';
import type { ExportDocument } from '../../electron/backend/export/types';
import type { YearStatistics } from '../../shared/statistics/types';
import { makeBackend, type TestBackend } from '../helpers/backend';

// Needs the import engine (branch impengine: import.begin/chunk/analyze/commit and the municipality, student
// count and mentor kinds) and the course and contact kinds (branch impkinds). Runs as soon as they are merged.
const engineMerged = 'import.begin' in apiMethods;

let a: TestBackend;
let b: TestBackend;
const call = (backend: TestBackend, method: string, input?: unknown) => backend.registry.invoke(method, input);

async function exportJson(backend: TestBackend): Promise<ExportDocument> {
  const file = (await call(backend, 'export.fullJson')) as { base64: string };
  return JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as ExportDocument;
}

/** Uploads the workbook in pieces, as the import page does; returns the upload's id. */
async function upload(backend: TestBackend, xlsx: Buffer): Promise<string> {
  const { uploadId } = (await call(backend, 'import.begin', { fileName: 'eksport.xlsx', size: xlsx.length })) as { uploadId: string };
  const piece = 3 * 1024 * 1024;
  for (let i = 0; i * piece < xlsx.length; i++) {
    await call(backend, 'import.chunk', { uploadId, index: i, base64: xlsx.subarray(i * piece, (i + 1) * piece).toString('base64') });
  }
  return uploadId;
}

/** Uploads the workbook, dry-runs one sheet and imports it; returns the dry run. */
async function importSheet(backend: TestBackend, xlsx: Buffer, kind: ImportKind, unmap: string[] = []): Promise<ImportAnalysis> {
  const uploadId = await upload(backend, xlsx);
  const sheet = IMPORT_SHEET_NAMES[kind];
  let analysis = (await call(backend, 'import.analyze', { uploadId, kind, sheet })) as ImportAnalysis;
  if (unmap.length) {
    const mapping = { ...analysis.mapping, ...Object.fromEntries(unmap.map((key) => [key, null])) };
    analysis = (await call(backend, 'import.analyze', { uploadId, kind, sheet, mapping })) as ImportAnalysis;
  }
  expect(analysis.problems, `${sheet}: ${JSON.stringify(analysis.problems.slice(0, 5))}`).toEqual([]);
  await call(backend, 'import.commit', { uploadId, kind, sheet, mapping: analysis.mapping, expected: { create: analysis.counts.create, update: analysis.counts.update } });
  return analysis;
}

/** A document's rows by content: ids replaced by what they name, lists sorted, archive-only fields left out. */
function content(doc: ExportDocument) {
  const muni = new Map(doc.municipalities.map((m) => [m.id, m.name]));
  const mentor = new Map(doc.mentors.map((m) => [m.id, m.name]));
  const theme = new Map(doc.themes.map((t) => [t.id, t.label]));
  const mentee = new Map(doc.mentees.map((m) => [m.id, m]));
  const course = new Map(doc.courses.map((c) => [c.id, c]));
  const person = (id: number) => `${mentee.get(id)!.name} (${mentee.get(id)!.birthYear})`;
  const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    municipalities: sorted(doc.municipalities.map(({ id: _id, ...m }) => m)),
    mentors: sorted(doc.mentors.map(({ id: _id, employerMunicipalityId, ...m }) => ({ ...m, employer: muni.get(employerMunicipalityId) }))),
    mentees: sorted(doc.mentees.map(({ id: _id, homeMunicipalityId, ...m }) => ({ ...m, home: muni.get(homeMunicipalityId) }))),
    courses: sorted(
      doc.courses.map((c) => ({
        person: person(c.menteeId),
        referralDate: c.referralDate,
        referredBy: c.referredBy,
        consentGivenOn: c.consentGivenOn,
        phaseAtStart: c.phaseAtStart,
        closedOn: c.closedOn,
        outcome: c.outcome,
        mentor: c.mentorId === null ? null : mentor.get(c.mentorId),
        themes: c.themeIds.map((t) => theme.get(t)).sort(),
      })),
    ),
    contacts: sorted(
      doc.contacts.map(({ id: _id, mentorId, courseIds, themeIds, ...k }) => ({
        ...k,
        mentor: mentor.get(mentorId),
        participants: courseIds.map((c) => `${person(course.get(c)!.menteeId)} ${course.get(c)!.referralDate}`).sort(),
        themes: themeIds.map((t) => theme.get(t)).sort(),
      })),
    ),
    studentCounts: sorted(
      doc.billingVersions.filter((v) => v.inForce).flatMap((v) => v.participants.map(({ municipalityId, phaseStudents: _p, ...p }) => ({ year: v.year, ...p, muni: muni.get(municipalityId) }))),
    ),
  };
}

/**
 * Statistics without the data file's ids (every row also carries its name) and without the archive-only figures.
 * A past year's caseload (open courses per mentor on its last day) depends on the mentor handovers since, which
 * the import cannot carry (one mentor per course row): it is compared for the current year only.
 */
function comparable(stats: YearStatistics, currentYear: number): unknown {
  const { referrals: _r, followUp: _f, ...rest } = stats;
  if (stats.year !== currentYear) rest.mentors = rest.mentors.map(({ openCourses: _o, ...m }) => ({ ...m, openCourses: 0 }));
  return JSON.parse(JSON.stringify(rest, (key, value: unknown) => (key === 'id' || /Id$/.test(key) ? undefined : value)));
}

describe.skipIf(!engineMerged)('full export round trip', () => {
  let before: ExportDocument;
  let after: ExportDocument;

  beforeAll(async () => {
    a = makeBackend();
    await call(a, 'setup.loadDemo');
    const xlsx = Buffer.from(((await call(a, 'export.fullXlsx')) as { base64: string }).base64, 'base64');
    before = await exportJson(a);

    b = makeBackend();
    await call(b, 'setup.startEmpty', { corpsName: before.corps.name });
    await importSheet(b, xlsx, 'municipalities');
    // The key's budget and payee are not in an import sheet: the draft is made from the JSON with one placeholder
    // count, and the Elevtal sheet then brings every municipality's count into it.
    const code = new Map(before.municipalities.map((m) => [m.id, m.code]));
    const idOfCode = new Map(((await call(b, 'municipalities.list')) as { id: number; code: number }[]).map((m) => [m.code, m.id]));
    for (const v of before.billingVersions.filter((x) => x.inForce)) {
      const first = v.participants[0];
      await call(b, 'billing.create', {
        year: v.year,
        participants: [{ municipalityId: idOfCode.get(code.get(first.municipalityId)!), students: 1, countDate: first.countDate, source: 'pladsholder' }],
        costLines: v.costLines.map(({ kind, description, amountOere }) => ({ kind, description, amountOere })),
        instalmentDueDates: v.instalments.map((i) => i.dueDate),
        paymentTermsDays: v.paymentTermsDays,
        payeeName: v.payeeName,
        payeeEan: v.payeeEan,
        payeeRegNo: v.payeeRegNo,
        payeeAccount: v.payeeAccount,
        payeeCvr: v.payeeCvr,
        payeeAddress: v.payeeAddress,
        statementText: v.statementText,
        contactName: v.contactName,
        contactEmail: v.contactEmail,
        contactPhone: v.contactPhone,
      });
    }
    await importSheet(b, xlsx, 'studentCounts');
    // A key that was issued (the demo's previous year, with its payments) is issued again, as the coordinator would.
    const made = (await call(b, 'billing.list')) as { id: number; year: number }[];
    for (const v of before.billingVersions.filter((x) => x.inForce && x.status === 'issued')) {
      await call(b, 'billing.issue', { id: made.find((m) => m.year === v.year)!.id, acceptWarnings: true });
    }
    await importSheet(b, xlsx, 'mentors');
    // Mentee-id is the old file's number: into another data file the column is left unmapped (as on the import
    // page), and each person is found by name + birth year + home municipality, so their courses join one mentee.
    await importSheet(b, xlsx, 'courses', ['menteeId']);
    await importSheet(b, xlsx, 'contacts');
    for (const s of before.surveys) {
      await call(b, 'survey.save', {
        year: s.year,
        invitations: s.invitations,
        respondents: s.respondents,
        note: s.note,
        questions: s.questions.map((q) => ({ text: q.text, counts: { enig: q.enig, delvis: q.delvis, uenig: q.uenig, ved_ikke: q.vedIkke } })),
      });
    }
    after = await exportJson(b);
  }, 300_000);
  afterAll(() => {
    a?.cleanup();
    b?.cleanup();
  });

  it('brings back every municipality, student count, mentor, mentee, course and contact', () => {
    const was = content(before);
    const is = content(after);
    expect(is.municipalities).toEqual(was.municipalities);
    expect(is.studentCounts).toEqual(was.studentCounts);
    expect(is.mentors).toEqual(was.mentors);
    expect(is.mentees).toEqual(was.mentees);
    expect(is.courses).toEqual(was.courses);
    expect(is.contacts).toEqual(was.contacts);
  });

  it('gives the same statistics for every year', async () => {
    const yearsA = (await call(a, 'statistics.years')) as { years: number[]; currentYear: number };
    const yearsB = (await call(b, 'statistics.years')) as { years: number[]; currentYear: number };
    expect(yearsB.years).toEqual(yearsA.years);
    expect(yearsA.years.length).toBeGreaterThan(1);
    for (const year of yearsA.years) {
      const statsA = (await call(a, 'statistics.get', { year })) as YearStatistics;
      const statsB = (await call(b, 'statistics.get', { year })) as YearStatistics;
      expect(comparable(statsB, yearsA.currentYear), `statistics ${year}`).toEqual(comparable(statsA, yearsA.currentYear));
    }
  });

  it('imports the same file again without changing anything', async () => {
    const xlsx = Buffer.from(((await call(a, 'export.fullXlsx')) as { base64: string }).base64, 'base64');
    for (const kind of ['municipalities', 'mentors', 'courses', 'contacts'] as const) {
      const uploadId = await upload(b, xlsx);
      const again = (await call(b, 'import.analyze', { uploadId, kind, sheet: IMPORT_SHEET_NAMES[kind] })) as ImportAnalysis;
      expect(again.counts, kind).toMatchObject({ create: 0, update: 0 });
    }
  });
});
